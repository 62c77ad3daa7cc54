package org.coregroup.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo logins of the README, all with password "Demo-pass-1" (it meets Camunda's password
 * policy, which every new password must). Only in the demo (the default
 * profile and postgres without prod): the prod profile switches {@code coregroup.demo} off.
 */
@Component
@ConditionalOnProperty(name = "coregroup.demo", havingValue = "true")
class DemoUsers {

  static final String PASSWORD = "Demo-pass-1";

  record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Ada", "Admin", "admin@coregroup.example", List.of("camunda-admin")),
      new DemoUser("sarah.social", "Sarah", "Social", "sarah.social@coregroup.example",
          List.of("childrens-social-care")),
      new DemoUser("tom.manager", "Tom", "Manager", "tom.manager@coregroup.example",
          List.of("childrens-social-care", "team-managers")),
      new DemoUser("carol.chair", "Carol", "Chair", "carol.chair@coregroup.example",
          List.of("conference-chairs")),
      new DemoUser("helen.health", "Helen", "Health", "helen.health@coregroup.example", List.of("health")),
      new DemoUser("eddie.school", "Eddie", "School", "eddie.school@coregroup.example", List.of("education")),
      new DemoUser("paul.police", "Paul", "Police", "paul.police@coregroup.example", List.of("police")),
      new DemoUser("olivia.outsider", "Olivia", "Outsider", "olivia.outsider@coregroup.example",
          List.of("health")));

  private final IdentityService identity;

  DemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  /** Runs after the access rules have created the groups. */
  @EventListener(ContextRefreshedEvent.class)
  @Order(10)
  void create() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (String group : demo.groups()) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
  }
}
