package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.notification.Notifications;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyChildNotSeen}: the team manager hears that the child has not been seen in time (R24). */
@Component("notifyChildNotSeen")
class NotifyChildNotSeen implements JavaDelegate {

  private final Notifications notifications;

  NotifyChildNotSeen(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    String subject = "Child not seen in time: " + vars.text(CHILD_NAME) + " (" + execution.getProcessBusinessKey() + ")";
    String text = "No professional has recorded seeing the child since " + vars.text(CHILD_SEEN_FROM)
        + "; the case asks for a visit at least every " + vars.number(CHILD_SEEN_WORKING_DAYS)
        + " working days. The key worker " + vars.text(KEY_WORKER) + " has a task to see the child.";
    vars.keep(notifications.send(vars.text(TEAM_MANAGER), subject, text, EngineClock.now()));
  }
}
