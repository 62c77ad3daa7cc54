package org.coregroup.escalation;

import org.coregroup.calendar.UkDates;
import static org.coregroup.escalation.ContingencyReviewProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RecordContingencyReview} (R29): why the plan is not progressing (at
 * least one reason), the alternatives and firmer measures chosen, and whether the change deviates
 * significantly from the plan; a significant amendment always does, and needs the chair (R29 [004 5.1]).
 */
@Component("checkContingencyReview")
class CheckContingencyReview implements TaskListener {

  private final EscalationDeadlines deadlines;

  CheckContingencyReview(EscalationDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    List<String> reasons = EscalationDeadlines.choices(in, CONTINGENCY_REASONS, "Reasons", REASONS);
    if (reasons.isEmpty() && !in.hasProblems()) {
      in.reject(CONTINGENCY_REASONS, "say why the plan is not progressing: tick at least one reason");
    }
    if (reasons.contains("other")) {
      in.text(CONTINGENCY_REASON_DETAILS, "The other reason");
    }
    List<String> alternatives = EscalationDeadlines.choices(in, ALTERNATIVES, "Alternatives", ALTERNATIVE_OPTIONS);
    List<String> measures = EscalationDeadlines.choices(in, FIRMER_MEASURES, "Firmer measures", FIRMER_MEASURE_OPTIONS);
    Boolean significant = in.yesNo(SIGNIFICANT_DEVIATION, "Does the change deviate significantly from the plan");
    boolean bringForward = measures.contains(MEASURE_BRING_REVIEW_FORWARD);
    if (bringForward) {
      LocalDate date = in.date(NEW_REVIEW_DATE, "The new date of the review conference");
      if (date != null && date.isBefore(EngineClock.today())) {
        in.reject(NEW_REVIEW_DATE, "the review conference cannot be brought forward to " + UkDates.day(date) + ", a day in the past");
      }
    }
    in.verify();
    boolean needsChair = significant || measures.contains(MEASURE_SIGNIFICANT_AMENDMENT);
    boolean legalPlanning = measures.contains(MEASURE_LEGAL_PLANNING_MEETING);
    task.setVariable(CONTINGENCY_REASONS, EscalationDeadlines.json(reasons));
    task.setVariable(ALTERNATIVES, EscalationDeadlines.json(alternatives));
    task.setVariable(FIRMER_MEASURES, EscalationDeadlines.json(measures));
    task.setVariable(SIGNIFICANT_DEVIATION, needsChair);
    task.setVariable(BRING_REVIEW_FORWARD, bringForward);
    task.setVariable(LEGAL_PLANNING_MEETING, legalPlanning);
    if (needsChair) {
      deadlines.setFromToday(task.getExecution(), CHAIR_DECISION_DUE,
          deadlines.policy(task).chairDecisionWorkingDays());
    }
    if (legalPlanning) {
      deadlines.setFromToday(task.getExecution(), LEGAL_PLANNING_MEETING_DUE,
          deadlines.policy(task).legalPlanningMeetingWorkingDays());
    }
  }
}
