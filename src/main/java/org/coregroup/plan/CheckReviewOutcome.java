package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_HoldReviewConference}: the outcome of the review (R32, R35). */
@Component("checkReviewOutcome")
class CheckReviewOutcome implements TaskListener {

  private final PlanEnding ending;
  private final PlanTransfer transfer;

  CheckReviewOutcome(PlanEnding ending, PlanTransfer transfer) {
    this.ending = ending;
    this.transfer = transfer;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    PlanVariables vars = new PlanVariables(task);
    LocalDate heldOn = in.date(REVIEW_HELD_ON, "The date of the review conference");
    LocalDate lastConference = vars.date(LAST_CONFERENCE_ON);
    if (heldOn != null && (heldOn.isAfter(EngineClock.today()) || heldOn.isBefore(lastConference))) {
      in.reject(REVIEW_HELD_ON, "the review must have been held between the last conference (" + UkDates.day(lastConference)
          + ") and today, not on " + UkDates.day(heldOn));
    }
    Boolean continues = in.yesNo(PLAN_CONTINUES, "Whether the plan continues");
    String category = null;
    EndReason reason = null;
    if (Boolean.TRUE.equals(continues)) {
      if (in.isPresent(NEW_CATEGORY_OF_ABUSE)) {
        category = in.oneOf(NEW_CATEGORY_OF_ABUSE, "Category of abuse", CATEGORIES_OF_ABUSE);
      }
    } else if (Boolean.FALSE.equals(continues)) {
      String code = in.oneOf(END_REASON, "Reason the plan ends", EndReason.reviewCodes());
      reason = code == null ? null : EndReason.fromCode(code);
      // R35 sandwell [001]: the end of the plan must be a multi-agency decision: who agreed is recorded
      if (vars.policy().endAgreedByAgencies()) {
        in.text(END_AGREED_BY, "Who agreed to end the plan");
      }
    }
    in.verify();
    MeetingHistory history = vars.history();
    history.conferenceHeld(heldOn, vars.date(NEXT_REVIEW_DUE));
    vars.setHistory(history);
    task.setVariable(REVIEW_HELD_ON, heldOn.toString());
    task.setVariable(PLAN_CONTINUES, continues);
    if (category != null && !category.equals(vars.text(LATEST_CATEGORY_OF_ABUSE))) {
      task.setVariable(LATEST_CATEGORY_OF_ABUSE, category);
      task.setVariable(CATEGORY_HISTORY, SpinValues.jsonValue(
          CategoryHistory.add(task.getVariable(CATEGORY_HISTORY), category, heldOn)).create());
    }
    if (reason == EndReason.MOVED_AREA) {
      // R35 [WT]: the plan stays active until the receiving authority's transfer-in conference
      transfer.begin(task, heldOn);
    } else if (reason != null) {
      ending.end(task, reason, heldOn);
    }
  }
}
