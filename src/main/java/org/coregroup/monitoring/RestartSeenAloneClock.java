package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** {@code Task_RestartSeenAloneClock}: the key worker saw the child alone; the next time is due N weeks after it (R25). */
@Component("restartSeenAloneClock")
class RestartSeenAloneClock implements JavaDelegate {

  private final MonitoringClocks clocks;

  RestartSeenAloneClock(MonitoringClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    execution.setVariable(SEEN_ALONE_RESTART, false);
    execution.setVariable(SEEN_ALONE_DUE, EngineClock.endOfDay(
        clocks.seenAloneDue(vars.date(SEEN_ALONE_FROM), vars.number(KEY_WORKER_SEES_CHILD_ALONE_WEEKS))));
  }
}
