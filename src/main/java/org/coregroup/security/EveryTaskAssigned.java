package org.coregroup.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R23: every user task of every process goes to a named person. A task whose assignee works out
 * empty would sit in nobody's Tasklist and hold the case up, so its creation is refused and the
 * step that led to it rolls back whole. Runs for every user task through Camunda's Spring event
 * bridge ({@code camunda.bpm.eventing.task}), so no model can forget it.
 */
@Component
class EveryTaskAssigned {

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null || assignee.isBlank()) {
      throw new ProcessEngineException("The task \"" + task.getName() + "\" (" + task.getTaskDefinitionKey()
          + ") would have no one to do it: every task goes to a named person. Nothing was saved.");
    }
  }
}
