package org.coregroup.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to Tasklist in this browser: the product's own pages (oversight, the census)
 * use the same login (no second one). Camunda keeps the webapps' login in the HTTP session and offers no public API to read it,
 * so this is the one place that reads {@code AuthenticationUtil.getAuthsFromSession} (ADR 0021).
 * Only the user id is taken from there; the groups are read afresh from the engine.
 */
@Component
public class SignedInUser {

  static final String ENGINE = "default";

  public record User(String id, List<String> groupIds) {
  }

  private final IdentityService identity;

  public SignedInUser(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<User> of(HttpServletRequest request) {
    String id = userId(request, ENGINE);
    if (id == null || identity.createUserQuery().userId(id).count() == 0) {
      return Optional.empty();
    }
    List<String> groups = identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
    return Optional.of(new User(id, groups));
  }

  /**
   * The login of whoever is signed in to the webapps of {@code engine} on this request's session,
   * or null; the audit trail reads it before the webapps' own filters run (ADR 0013).
   */
  public static String userId(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
      return auths != null && auths.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
          ? user.getName() : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
