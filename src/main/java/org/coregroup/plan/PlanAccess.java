package org.coregroup.plan;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.coregroup.identity.Roles;
import org.coregroup.membership.Grants;

/**
 * Children's social care (key workers) start plans from Tasklist or REST (R1); key workers and
 * team managers change a case's Core Group (whether they are that case's is checked when they do);
 * every practitioner may start the processes that tell a case something (ADR 0025).
 */
@Component
class PlanAccess {

  private final Grants grants;

  PlanAccess(Grants grants) {
    this.grants = grants;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(5)
  void apply() {
    grants.toGroup(Roles.CHILDRENS_SOCIAL_CARE, PROCESS_DEFINITION, ChildProtectionPlanProcess.KEY, READ, CREATE_INSTANCE);
    grants.toGroup(Roles.CHILDRENS_SOCIAL_CARE, PROCESS_INSTANCE, "*", CREATE);
    // "Record the birth", "Record the child looked after", "Bring the review forward": every
    // practitioner may start them, so that anyone else is refused in words (an outsider as if the
    // case did not exist); only the case's key worker or team manager (the chair for a review)
    // gets through (CaseNews).
    for (String group : Roles.PRACTITIONERS) {
      grants.toGroup(group, PROCESS_DEFINITION, RecordBirthProcess.KEY, READ, CREATE_INSTANCE);
      grants.toGroup(group, PROCESS_DEFINITION, ChildLookedAfterProcess.KEY, READ, CREATE_INSTANCE);
      grants.toGroup(group, PROCESS_DEFINITION, BringReviewForwardProcess.KEY, READ, CREATE_INSTANCE);
      grants.toGroup(group, PROCESS_INSTANCE, "*", CREATE);
    }
    for (String group : java.util.List.of(Roles.CHILDRENS_SOCIAL_CARE, Roles.TEAM_MANAGERS)) {
      grants.toGroup(group, PROCESS_DEFINITION, ChangeCoreGroupProcess.KEY, READ, CREATE_INSTANCE);
      grants.toGroup(group, PROCESS_INSTANCE, "*", CREATE);
    }
  }
}
