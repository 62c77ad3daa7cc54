package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_HoldReviewConference}: the outcome of the review (R32, R35) and, where
 * the profile says so (brent [004 3.9]), the date the chair set for the next core group, counted
 * in calendar days from the day the review was held.
 */
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
    LocalDate nextCoreGroup = postReviewMeeting(in, vars, heldOn, Boolean.TRUE.equals(continues));
    in.verify();
    task.setVariable(CONFERENCE_SET_MEETING_DATE, nextCoreGroup != null);
    if (nextCoreGroup != null) {
      task.setVariable(POST_REVIEW_MEETING_DATE, nextCoreGroup.toString());
    }
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

  /**
   * brent [004 3.9] "The Child Protection Conference Chair will set a date for the Core Group to
   * meet within 10 days of each RCPC": required when the plan continues, on or after the day held
   * (and not in the past), at most the profile's days after it. Elsewhere the core group agrees its
   * own dates and a date sent here is refused.
   */
  private static LocalDate postReviewMeeting(FormInput in, PlanVariables vars, LocalDate heldOn, boolean continues) {
    boolean sent = in.isPresent(POST_REVIEW_MEETING_DATE) || in.isPresent(POST_REVIEW_MEETING_TIME)
        || in.isPresent(POST_REVIEW_MEETING_VENUE);
    if (!continues) {
      return null;
    }
    LocalPolicy policy = vars.policy();
    if (!policy.chairSetsPostReviewMeetingDate()) {
      if (sent) {
        in.reject(POST_REVIEW_MEETING_DATE, "in this area the core group agrees the date of its next meeting, not the "
            + "review conference: leave it empty");
      }
      return null;
    }
    LocalDate date = in.date(POST_REVIEW_MEETING_DATE, "The date of the next core group meeting");
    in.optionalTime(POST_REVIEW_MEETING_TIME, "The start time of the next core group meeting");
    in.optionalShortText(POST_REVIEW_MEETING_VENUE, "The venue of the next core group meeting");
    if (date == null || heldOn == null) {
      return date;
    }
    Integer days = policy.postReviewCoreGroupDays();
    LocalDate latest = days == null ? null : heldOn.plusDays(days);
    if (date.isBefore(heldOn)) {
      in.reject(POST_REVIEW_MEETING_DATE, "the next core group meets after the review conference: "
          + UkDates.day(date) + " is before the conference on " + UkDates.day(heldOn));
    } else if (date.isBefore(EngineClock.today())) {
      in.reject(POST_REVIEW_MEETING_DATE, UkDates.day(date) + " has passed: give the date the meeting will be held");
    } else if (latest != null && date.isAfter(latest)) {
      in.reject(POST_REVIEW_MEETING_DATE, "the core group meets within " + days + " days of the review conference: by "
          + UkDates.day(latest) + " for a conference held on " + UkDates.day(heldOn) + ", not " + UkDates.day(date));
    }
    return date;
  }
}
