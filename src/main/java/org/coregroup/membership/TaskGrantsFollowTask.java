package org.coregroup.membership;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whenever a task changes hands (claimed, assigned, delegated, handed back), the engine grants
 * the new assignee the task but leaves the previous one's grant in place; this withdraws it, in
 * the same transaction. A task left with nobody (unclaimed) goes back to the case's key worker.
 * Listens to the task events the Camunda Spring Boot starter publishes.
 */
@Component
class TaskGrantsFollowTask {

  private final CaseAccess access;

  TaskGrantsFollowTask(CaseAccess access) {
    this.access = access;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "' or #task.eventName == '"
      + TaskListener.EVENTNAME_UPDATE + "'")
  public void onTaskChanged(DelegateTask task) {
    if (task.getAssignee() == null && task.getVariable(CaseVariables.KEY_WORKER) instanceof String keyWorker) {
      // Unclaimed (Tasklist's "x"): the key worker takes it back, so the case's work is never nobody's.
      task.setAssignee(keyWorker);
    }
    access.taskHandedTo(task.getId(), task.getAssignee(), task.getOwner());
  }
}
