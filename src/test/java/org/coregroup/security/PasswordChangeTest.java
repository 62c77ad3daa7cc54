package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A practitioner changes her own password (Welcome's "my profile" calls
 * {@code PUT /camunda/api/engine/engine/default/user/{id}/credentials}) with her current password
 * and a new one that meets the policy; nobody but an administrator changes anyone else's.
 */
@CoreGroupTest
class PasswordChangeTest extends SecuritySuite {

  static final String PAT = "pat.password";
  static final String SAM = "sam.second";
  static final String NEW_PASSWORD = "Fresh-start-42";

  @Autowired IdentityService identity;

  @BeforeEach
  void twoPractitioners() {
    for (String id : new String[] {PAT, SAM}) {
      User user = identity.newUser(id);
      user.setFirstName(id.substring(0, 1).toUpperCase() + id.substring(1, id.indexOf('.')));
      user.setLastName("Tester");
      user.setPassword(TasklistBrowser.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, "health");
    }
  }

  @AfterEach
  void cleanUp() {
    identity.deleteUser(PAT);
    identity.deleteUser(SAM);
  }

  @Test
  @DisplayName("A practitioner changes her own password with her current one, and logs in with the new one only")
  void ownPassword() throws Exception {
    HttpResponse<String> changed = login(PAT).call("PUT", "/user/" + PAT + "/credentials",
        credentials(NEW_PASSWORD, TasklistBrowser.DEMO_PASSWORD));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(identity.checkPassword(PAT, NEW_PASSWORD)).isTrue();
    assertThat(identity.checkPassword(PAT, TasklistBrowser.DEMO_PASSWORD)).isFalse();
  }

  @Test
  @DisplayName("Without the right current password, nothing changes")
  void wrongCurrentPassword() throws Exception {
    HttpResponse<String> refused = login(PAT).call("PUT", "/user/" + PAT + "/credentials",
        credentials(NEW_PASSWORD, "Not-my-pass-1"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("message").asText()).contains("password");
    identity.unlockUser(PAT); // the wrong password delayed her next login
    assertThat(identity.checkPassword(PAT, TasklistBrowser.DEMO_PASSWORD)).isTrue();
    assertThat(identity.checkPassword(PAT, NEW_PASSWORD)).isFalse();
  }

  @Test
  @DisplayName("A weak new password is refused naming the field, and nothing changes")
  void weakNewPassword() throws Exception {
    HttpResponse<String> refused = rest("PUT", "/user/" + PAT + "/credentials", PAT,
        credentials("pat12345", TasklistBrowser.DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("problems").get(0).get("field").asText()).isEqualTo("password");
    assertThat(identity.checkPassword(PAT, TasklistBrowser.DEMO_PASSWORD)).isTrue();
  }

  @Test
  @DisplayName("Nobody changes another's password, with whatever current password, through either API")
  void anotherOnesPassword() throws Exception {
    HttpResponse<String> webapp = login(PAT).call("PUT", "/user/" + SAM + "/credentials",
        credentials(NEW_PASSWORD, TasklistBrowser.DEMO_PASSWORD));
    assertThat(webapp.statusCode()).isEqualTo(403);
    assertThat(json(webapp).get("message").asText()).isEqualTo(EngineApiPolicy.FORBIDDEN);
    HttpResponse<String> rest = rest("PUT", "/user/" + SAM + "/credentials", PAT,
        credentials(NEW_PASSWORD, TasklistBrowser.DEMO_PASSWORD));
    assertThat(rest.statusCode()).isEqualTo(403);
    // not the administrator's either: her account stays hers
    assertThat(rest("PUT", "/user/admin/credentials", PAT, credentials(NEW_PASSWORD, TasklistBrowser.DEMO_PASSWORD))
        .statusCode()).isEqualTo(403);
    assertThat(identity.checkPassword(SAM, TasklistBrowser.DEMO_PASSWORD)).isTrue();
    assertThat(identity.checkPassword("admin", TasklistBrowser.DEMO_PASSWORD)).isTrue();
  }

  @Test
  @DisplayName("Her name and email stay as the administrator set them")
  void ownProfileNotChanged() throws Exception {
    HttpResponse<String> refused = login(PAT).call("PUT", "/user/" + PAT + "/profile",
        "{\"id\": \"" + PAT + "\", \"firstName\": \"Someone\", \"lastName\": \"Else\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(PAT).singleResult().getFirstName()).isEqualTo("Pat");
  }

  @Test
  @DisplayName("The password rules can be read while typing, as Camunda's page does")
  void passwordPolicyReadable() throws Exception {
    HttpResponse<String> policy = login(PAT).call("GET", "/identity/password-policy", null);
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(policy.body()).contains("LENGTH");
    HttpResponse<String> check = login(PAT).call("POST", "/identity/password-policy",
        "{\"password\": \"pat12345\", \"profile\": {\"id\": \"" + PAT + "\"}}");
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(json(check).get("valid").asBoolean()).isFalse();
  }

  static String credentials(String password, String current) {
    return "{\"password\": \"" + password + "\", \"authenticatedUserPassword\": \"" + current + "\"}";
  }
}
