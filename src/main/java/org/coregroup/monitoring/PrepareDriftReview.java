package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareDriftReview}: the plan has been open as long as a drift review column of the local policy says (9, 12, 18 months by default; R31). Sets the
 * review the team manager does now and the moment of the next one (none after the last).
 */
@Component("prepareDriftReview")
class PrepareDriftReview implements JavaDelegate {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;
  private final LocalPolicies policies;

  PrepareDriftReview(MonitoringClocks clocks, DeadlineVariables deadlines, LocalPolicies policies) {
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    int months = vars.number(DRIFT_REVIEW_MONTHS);
    execution.setVariable(DRIFT_MONTHS_OPEN, months);
    // asked afresh at each review: an earlier review's answer must not stand in for this one's
    execution.setVariable(LEGAL_PLANNING_MEETING_NEEDED, null);
    LocalPolicy policy = policies.inForce(execution);
    deadlines.set(execution, DRIFT_REVIEW_DUE, clocks.driftReview(EngineClock.today(), policy, vars.jurisdiction()));
    Integer next = MonitoringClocks.nextDriftMonths(months, policy);
    execution.setVariable(DRIFT_REVIEW_MONTHS, next);
    execution.setVariable(DRIFT_REVIEW_AT,
        next == null ? null : EngineClock.startOfDay(clocks.driftReviewOn(vars.date(ICPC_DATE), next)));
  }
}
