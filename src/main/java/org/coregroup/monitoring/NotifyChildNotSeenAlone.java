package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyChildNotSeenAlone}: the team manager hears that the key worker has not seen the child alone in time (R25). */
@Component("notifyChildNotSeenAlone")
class NotifyChildNotSeenAlone implements JavaDelegate {

  private final Notifier notifier;
  private final People people;

  NotifyChildNotSeenAlone(Notifier notifier, People people) {
    this.notifier = notifier;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    String subject = "Child not seen alone in time: " + vars.text(CHILD_NAME) + " (" + execution.getProcessBusinessKey() + ")";
    String text = "The key worker " + vars.text(KEY_WORKER) + " has not recorded seeing the child alone since "
        + vars.text(SEEN_ALONE_FROM) + "; the case asks for it at least every "
        + vars.number(KEY_WORKER_SEES_CHILD_ALONE_WEEKS) + " weeks.";
    notifier.tell(execution, List.of(people.user(vars.text(TEAM_MANAGER))), subject, text);
  }
}
