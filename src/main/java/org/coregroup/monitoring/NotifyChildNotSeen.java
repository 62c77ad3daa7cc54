package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyChildNotSeen}: the team manager hears that the child has not been seen in time (R24). */
@Component("notifyChildNotSeen")
class NotifyChildNotSeen implements JavaDelegate {

  private final Notifier notifier;
  private final People people;

  NotifyChildNotSeen(Notifier notifier, People people) {
    this.notifier = notifier;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    String subject = "Child not seen in time: " + vars.text(CHILD_NAME) + " (" + execution.getProcessBusinessKey() + ")";
    String text = "No professional has recorded seeing the child since " + vars.text(CHILD_SEEN_FROM)
        + "; the case asks for a visit at least every " + vars.number(CHILD_SEEN_WORKING_DAYS)
        + " working days. The key worker " + vars.text(KEY_WORKER) + " has a task to see the child.";
    notifier.tell(execution, List.of(people.user(vars.text(TEAM_MANAGER))), subject, text);
  }
}
