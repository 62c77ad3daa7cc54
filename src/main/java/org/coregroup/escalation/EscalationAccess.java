package org.coregroup.escalation;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;

import org.coregroup.membership.Grants;
import org.coregroup.identity.Roles;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every practitioner may raise a concern (R27), start a contingency review (R28) or raise a
 * professional difference (R30); whether they belong to the case is checked when they do.
 */
@Component
class EscalationAccess {

  static final List<String> STARTABLE = List.of(RaiseConcernProcess.KEY, ContingencyReviewProcess.KEY,
      ProfessionalDifferencesProcess.KEY);

  private final Grants grants;

  EscalationAccess(Grants grants) {
    this.grants = grants;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(5)
  void apply() {
    for (String group : Roles.PRACTITIONERS) {
      for (String key : STARTABLE) {
        grants.toGroup(group, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE);
      }
      grants.toGroup(group, PROCESS_INSTANCE, "*", CREATE);
    }
  }
}
