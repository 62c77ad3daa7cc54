package org.coregroup.membership;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every task of a case, whoever it is assigned to, can be read by the case's team manager: their
 * Tasklist filters "My team's overdue work" and "My team's cases due this week" list them (R23
 * still holds: only the case's own team manager gets the grant). Runs for each new task through
 * the Camunda Spring Boot starter's task events, inside the engine's transaction.
 */
@Component
class SupervisorsSeeCaseTasks {

  private final CaseAccess access;

  SupervisorsSeeCaseTasks(CaseAccess access) {
    this.access = access;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    Object teamManager = task.getVariable(CaseVariables.TEAM_MANAGER);
    if (teamManager instanceof String userId && !userId.isBlank() && !userId.equals(task.getAssignee())) {
      access.grantTaskReadOnCreate(task.getId(), userId);
    }
  }
}
