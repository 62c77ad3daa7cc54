package org.coregroup.escalation;

import org.coregroup.calendar.UkDates;
import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ResolveDifference} (R30): resolved or escalated, with what was agreed
 * or why not; multi-agency supervision at the last stage; and, because the child's safety comes
 * first, the review conference brought forward at any stage.
 */
@Component("checkStageOutcome")
class CheckStageOutcome implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    String outcome = in.oneOf(STAGE_OUTCOME, "Outcome of this stage", STAGE_OUTCOMES);
    String resolution = in.text(STAGE_RESOLUTION, "What was agreed, or why it is escalated");
    Boolean supervision = in.isPresent(MULTI_AGENCY_SUPERVISION)
        ? in.yesNo(MULTI_AGENCY_SUPERVISION, "Multi-agency supervision") : Boolean.FALSE;
    Boolean bringForward = in.isPresent(BRING_REVIEW_FORWARD)
        ? in.yesNo(BRING_REVIEW_FORWARD, "Bring the review conference forward") : Boolean.FALSE;
    if (Boolean.TRUE.equals(bringForward)) {
      LocalDate date = in.date(NEW_REVIEW_DATE, "The new date of the review conference");
      if (date != null && date.isBefore(EngineClock.today())) {
        in.reject(NEW_REVIEW_DATE, "the review conference cannot be brought forward to " + UkDates.day(date) + ", a day in the past");
      }
    }
    in.verify();
    task.setVariable(BRING_REVIEW_FORWARD, bringForward);
    task.setVariable(MULTI_AGENCY_SUPERVISION, supervision);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("stage", task.getVariable(DIFFERENCE_STAGE));
    entry.put("owner", task.getAssignee());
    entry.put("outcome", outcome);
    entry.put("resolution", resolution);
    entry.put("multiAgencySupervision", supervision);
    entry.put("on", EngineClock.today().toString());
    task.setVariable(STAGE_HISTORY, EscalationDeadlines.append(task.getVariable(STAGE_HISTORY), entry));
  }
}
