package org.coregroup.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * Who is logged in to the webapps (Tasklist, Cockpit, Admin) on this request's session. The
 * webapps keep their login in the HTTP session under their own classes and offer no public API
 * for it; their filters run after ours, so the engine does not know the user yet when our filter
 * starts (ADR 0013 says why this one place reads Camunda's {@code webapp.impl}).
 */
final class WebappSession {

  private WebappSession() {
  }

  /** The user logged in to {@code engine} on this session, or null. */
  static String userId(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      Authentication login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine);
      return login == null ? null : login.getIdentityId();
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
