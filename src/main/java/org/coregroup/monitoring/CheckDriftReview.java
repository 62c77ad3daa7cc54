package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviewPlanDrift} (R31): what the team manager found; at 18 months
 * also whether a legal planning meeting is needed, which then gets its own deadline.
 */
@Component("checkDriftReview")
class CheckDriftReview implements TaskListener {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;
  private final LocalPolicies policies;

  CheckDriftReview(MonitoringClocks clocks, DeadlineVariables deadlines, LocalPolicies policies) {
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.policies = policies;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.text(DRIFT_REVIEW_NOTES, "What the review found");
    Object months = task.getVariable(MONTHS_OPEN);
    LocalPolicy policy = policies.inForce(task);
    // the last drift review (18 months by default) also asks about a legal planning meeting
    boolean asked = months instanceof Number n && n.intValue() >= policy.driftReviewThirdMonths();
    Boolean needed = asked ? in.yesNo(LEGAL_PLANNING_MEETING_NEEDED, "Is a legal planning meeting needed") : Boolean.FALSE;
    in.verify();
    task.setVariable(LEGAL_PLANNING_MEETING_NEEDED, needed);
    if (needed) {
      deadlines.set(task.getExecution(), LEGAL_PLANNING_MEETING_DUE,
          clocks.legalPlanningMeeting(EngineClock.today(), policy, new MonitoringVariables(task).jurisdiction()));
    }
  }
}
