package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviewPlanDrift} (R31): what the team manager found; at 18 months
 * also whether a legal planning meeting is needed, which then gets its own deadline.
 */
@Component("checkDriftReview")
class CheckDriftReview implements TaskListener {

  static final int LEGAL_PLANNING_QUESTION_FROM_MONTHS = 18;

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;

  CheckDriftReview(MonitoringClocks clocks, DeadlineVariables deadlines) {
    this.clocks = clocks;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.text(DRIFT_REVIEW_NOTES, "What the review found");
    Object months = task.getVariable(MONTHS_OPEN);
    boolean asked = months instanceof Number n && n.intValue() >= LEGAL_PLANNING_QUESTION_FROM_MONTHS;
    Boolean needed = asked ? in.yesNo(LEGAL_PLANNING_MEETING_NEEDED, "Is a legal planning meeting needed") : Boolean.FALSE;
    in.verify();
    task.setVariable(LEGAL_PLANNING_MEETING_NEEDED, needed);
    if (needed) {
      deadlines.set(task.getExecution(), LEGAL_PLANNING_MEETING_DUE,
          clocks.legalPlanningMeeting(EngineClock.today(), new MonitoringVariables(task).jurisdiction()));
    }
  }
}
