package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/** Each demo user reaches exactly the webapps their work needs. */
@CoreGroupTest
class AccessRulesTest {

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  @ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
  @DisplayName("Tasklist for practitioners, Cockpit for team managers and chairs, Admin only for administrators")
  @CsvSource({
      "admin,           true, true,  true",
      "sarah.social,    true, false, false",
      "tom.manager,     true, true,  false",
      "carol.chair,     true, true,  false",
      "helen.health,    true, false, false",
      "eddie.school,    true, false, false",
      "paul.police,     true, false, false",
      "olivia.outsider, true, false, false"})
  void applications(String user, boolean tasklist, boolean cockpit, boolean admin) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    assertThat(authorizations.isUserAuthorized(user, groups, ACCESS, APPLICATION, "tasklist")).isEqualTo(tasklist);
    assertThat(authorizations.isUserAuthorized(user, groups, ACCESS, APPLICATION, "cockpit")).isEqualTo(cockpit);
    assertThat(authorizations.isUserAuthorized(user, groups, ACCESS, APPLICATION, "admin")).isEqualTo(admin);
  }
}
