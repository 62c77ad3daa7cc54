package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareDriftReview}: the plan has been open 9, 12 or 18 months (R31). Sets the
 * review the team manager does now and the moment of the next one (none after 18 months).
 */
@Component("prepareDriftReview")
class PrepareDriftReview implements JavaDelegate {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;

  PrepareDriftReview(MonitoringClocks clocks, DeadlineVariables deadlines) {
    this.clocks = clocks;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    int months = vars.number(DRIFT_REVIEW_MONTHS);
    execution.setVariable(DRIFT_MONTHS_OPEN, months);
    // asked afresh at each review: an earlier review's answer must not stand in for this one's
    execution.setVariable(LEGAL_PLANNING_MEETING_NEEDED, null);
    deadlines.set(execution, DRIFT_REVIEW_DUE, clocks.driftReview(EngineClock.today(), vars.jurisdiction()));
    Integer next = MonitoringClocks.nextDriftMonths(months);
    execution.setVariable(DRIFT_REVIEW_MONTHS, next);
    execution.setVariable(DRIFT_REVIEW_AT,
        next == null ? null : EngineClock.startOfDay(clocks.driftReviewOn(vars.date(ICPC_DATE), next)));
  }
}
