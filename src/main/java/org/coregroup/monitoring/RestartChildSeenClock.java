package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RestartChildSeenClock}: the child was seen; the next visit is due N working days after it (R24). */
@Component("restartChildSeenClock")
class RestartChildSeenClock implements JavaDelegate {

  private final MonitoringClocks clocks;

  RestartChildSeenClock(MonitoringClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    execution.setVariable(CHILD_SEEN_RESTART, false);
    vars.setDeadline(CHILD_SEEN_DUE, clocks.childSeen(vars.date(CHILD_SEEN_FROM), vars.number(CHILD_SEEN_WORKING_DAYS),
        vars.jurisdiction()), clocks);
  }
}
