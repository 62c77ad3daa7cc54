package org.coregroup.monitoring;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.coregroup.membership.Grants;
import org.coregroup.identity.Roles;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every practitioner may start "Record a visit" (R26) from Tasklist or REST; whether they belong
 * to the case is checked when they do.
 */
@Component
class MonitoringAccess {

  private final Grants grants;

  MonitoringAccess(Grants grants) {
    this.grants = grants;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(5)
  void apply() {
    for (String group : Roles.PRACTITIONERS) {
      grants.toGroup(group, PROCESS_DEFINITION, RecordVisitProcess.KEY, READ, CREATE_INSTANCE);
      grants.toGroup(group, PROCESS_INSTANCE, "*", CREATE);
    }
  }
}
