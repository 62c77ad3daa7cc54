package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.springframework.stereotype.Component;

/** {@code Task_RestartChildSeenClock}: the child was seen; the next visit is due N working days after it (R24). */
@Component("restartChildSeenClock")
class RestartChildSeenClock implements JavaDelegate {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;

  RestartChildSeenClock(MonitoringClocks clocks, DeadlineVariables deadlines) {
    this.clocks = clocks;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    execution.setVariable(CHILD_SEEN_RESTART, false);
    deadlines.set(execution, CHILD_SEEN_DUE, clocks.childSeen(vars.date(CHILD_SEEN_FROM), vars.number(CHILD_SEEN_WORKING_DAYS),
        vars.jurisdiction()));
  }
}
