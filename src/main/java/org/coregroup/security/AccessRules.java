package org.coregroup.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import org.camunda.bpm.engine.IdentityService;
import org.coregroup.membership.Grants;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.coregroup.identity.Roles;

/**
 * What each role may do, in every profile: administrators everything; practitioners Tasklist;
 * team managers and conference chairs Cockpit, where they see the models but only the cases
 * they belong to (case records are granted per case, see the membership package); process
 * managers deploy models, tables and forms and read definitions, but see no case.
 */
@Component
class AccessRules {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityService identity;
  private final Grants grants;

  AccessRules(IdentityService identity, Grants grants) {
    this.identity = identity;
    this.grants = grants;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(1)
  void apply() {
    ensureGroup(Roles.ADMINISTRATORS, "Administrators", "SYSTEM");
    for (Resources resource : Resources.values()) {
      grants.toGroup(Roles.ADMINISTRATORS, resource, "*", ALL);
    }
    for (String group : Roles.PRACTITIONERS) {
      ensureGroup(group, displayName(group), "WORKFLOW");
      grants.toGroup(group, APPLICATION, TASKLIST, ACCESS);
    }
    for (String group : Roles.SUPERVISORS) {
      grants.toGroup(group, APPLICATION, COCKPIT, ACCESS);
      grants.toGroup(group, PROCESS_DEFINITION, "*", READ);
      grants.toGroup(group, DECISION_DEFINITION, "*", READ);
      grants.toGroup(group, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    }
    // Process managers deploy from Camunda Modeler and read what is deployed, never a case:
    // no READ_INSTANCE, no process instance, no task (the REST allow-list also keeps them out).
    ensureGroup(Roles.PROCESS_MANAGERS, "Process managers", "WORKFLOW");
    grants.toGroup(Roles.PROCESS_MANAGERS, DEPLOYMENT, "*", CREATE, READ);
    grants.toGroup(Roles.PROCESS_MANAGERS, PROCESS_DEFINITION, "*", READ);
    grants.toGroup(Roles.PROCESS_MANAGERS, DECISION_DEFINITION, "*", READ);
    grants.toGroup(Roles.PROCESS_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private static String displayName(String groupId) {
    String spaced = groupId.replace('-', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
