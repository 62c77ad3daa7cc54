package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.input.JsonLists;
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
    List<SiblingGroup.Child> children = task.getVariable(CHILDREN) == null ? List.of()
        : SiblingGroup.of(task.getVariable(CHILDREN));
    if (children.size() > 1) {
      siblingsReview(task, in, vars, heldOn, children);
      return;
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
    conferenceHeld(task, vars, heldOn, nextCoreGroup);
    task.setVariable(PLAN_CONTINUES, continues);
    task.setVariable(CHILD_PLANS_ENDED, false);
    task.setVariable(CHILDREN_MOVING, false);
    if (category != null && !category.equals(vars.text(LATEST_CATEGORY_OF_ABUSE))) {
      task.setVariable(LATEST_CATEGORY_OF_ABUSE, category);
      task.setVariable(CATEGORY_HISTORY, SpinValues.jsonValue(
          CategoryHistory.add(task.getVariable(CATEGORY_HISTORY), category, heldOn)).create());
    }
    // the plan's one child keeps the same in the list of children (ADR 0033)
    for (SiblingGroup.Child child : SiblingGroup.onPlan(children)) {
      child.newCategory(category, heldOn);
      if (reason != null && reason != EndReason.MOVED_AREA) {
        child.end(reason, heldOn);
      }
    }
    if (!children.isEmpty()) {
      task.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    }
    if (reason == EndReason.MOVED_AREA) {
      // R35 [WT]: the plan stays active until the receiving authority's transfer-in conference
      transfer.begin(task, heldOn);
    } else if (reason != null) {
      ending.end(task, reason, heldOn);
    }
  }

  private void conferenceHeld(DelegateTask task, PlanVariables vars, LocalDate heldOn, LocalDate nextCoreGroup) {
    task.setVariable(CONFERENCE_SET_MEETING_DATE, nextCoreGroup != null);
    if (nextCoreGroup != null) {
      task.setVariable(POST_REVIEW_MEETING_DATE, nextCoreGroup.toString());
    }
    MeetingHistory history = vars.history();
    history.conferenceHeld(heldOn, vars.date(NEXT_REVIEW_DUE));
    vars.setHistory(history);
    task.setVariable(REVIEW_HELD_ON, heldOn.toString());
  }

  /**
   * ADR 0033: the review of brothers and sisters on one plan decides for each child still on it
   * ({@code childOutcomes}, one row each): the plan continues, with a new category if the
   * conference set one, or ends for a reason. The plan goes on while one child's continues; when
   * every child's ends it ends as a single child's would. A child who moved to another area while
   * others stay (or whose plans end otherwise) has their own transfer and stays on the plan until
   * it; every child on the plan moving at once is the plan's transfer. A child already moving is
   * no longer decided for.
   */
  private void siblingsReview(DelegateTask task, FormInput in, PlanVariables vars, LocalDate heldOn,
      List<SiblingGroup.Child> children) {
    List<SiblingGroup.Child> onPlan = SiblingGroup.reviewed(children);
    List<SiblingGroup.Child> alreadyMoving = SiblingGroup.moving(children);
    List<Map<String, Object>> rows = JsonLists.read(in.raw(CHILD_OUTCOMES));
    Map<Integer, Boolean> continues = new LinkedHashMap<>();
    Map<Integer, String> categories = new HashMap<>();
    Map<Integer, EndReason> reasons = new HashMap<>();
    if ((rows == null || rows.isEmpty()) && onPlan.isEmpty()) {
      // every child on the plan is moving to another area: nothing to decide, the plan waits for their transfers
      rows = List.of();
    } else if (rows == null || rows.isEmpty()) {
      in.reject(CHILD_OUTCOMES, "say for each child whether their plan continues: "
          + SiblingGroup.names(onPlan.stream().map(SiblingGroup.Child::name).toList()));
      rows = List.of();
    }
    for (int i = 0; i < rows.size(); i++) {
      String prefix = CHILD_OUTCOMES + "[" + (i + 1) + "].";
      FormInput row = new FormInput(new HashMap<>(rows.get(i)));
      // the row names its child by number (REST), or by name (the form shows the name)
      SiblingGroup.Child child;
      if (row.isPresent(CHILD_NUMBER) || !row.isPresent(CHILD_NAME)) {
        Integer given = row.wholeNumber(CHILD_NUMBER, "The child", 1, SiblingGroup.MOST_CHILDREN);
        child = given == null ? null : onPlan.stream().filter(c -> c.number() == given).findFirst().orElse(null);
        if (given != null && child == null) {
          row.reject(CHILD_NUMBER, alreadyMoving.stream().filter(c -> c.number() == given).findFirst()
              .map(c -> c.name() + "'s plan is being transferred to another area: decide only for " + childrenNamed(onPlan))
              .orElse("there is no child " + given + " on this plan now"));
        }
      } else {
        child = SiblingGroup.named(onPlan, row.optionalText(CHILD_NAME)).orElse(null);
        if (child == null) {
          String given = row.optionalText(CHILD_NAME);
          row.reject(CHILD_NAME, SiblingGroup.named(alreadyMoving, given)
              .map(c -> c.name() + "'s plan is being transferred to another area: decide only for " + childrenNamed(onPlan))
              .orElse("'" + FormInput.shown(given) + "' is not a child on this plan now"));
        }
      }
      Integer number = child == null ? null : child.number();
      if (child != null && continues.containsKey(number)) {
        row.reject(CHILD_NUMBER, child.name() + " is in the list twice: decide once for each child");
      }
      String name = child == null ? "the child" : child.name();
      Boolean goesOn = row.yesNo(PLAN_CONTINUES, "Whether the plan continues for " + name);
      if (Boolean.TRUE.equals(goesOn) && row.isPresent(NEW_CATEGORY_OF_ABUSE)) {
        categories.put(number, row.oneOf(NEW_CATEGORY_OF_ABUSE, "Category of abuse", CATEGORIES_OF_ABUSE));
      } else if (Boolean.FALSE.equals(goesOn)) {
        String code = row.oneOf(END_REASON, "Reason the plan ends for " + name, EndReason.reviewCodes());
        if (code != null) {
          reasons.put(number, EndReason.fromCode(code));
        }
      }
      try {
        row.verify();
      } catch (InputRejected rejected) {
        rejected.problems().forEach(p -> in.reject(prefix + p.field(), p.message()));
        continue;
      }
      continues.put(number, goesOn);
    }
    List<String> missing = onPlan.stream().filter(c -> !continues.containsKey(c.number()))
        .map(SiblingGroup.Child::name).toList();
    if (!rows.isEmpty() && !missing.isEmpty() && !in.hasProblems()) {
      in.reject(CHILD_OUTCOMES, "say whether the plan continues for " + SiblingGroup.names(missing) + " too");
    }
    boolean anyContinues = continues.containsValue(Boolean.TRUE);
    boolean anyEnds = !reasons.isEmpty();
    long movedNow = reasons.values().stream().filter(r -> r == EndReason.MOVED_AREA).count();
    // every child on the plan moved together: the plan's own transfer; else each child who moved has their own
    boolean wholePlanMoves = movedNow > 0 && movedNow == onPlan.size() && alreadyMoving.isEmpty();
    boolean planContinues = anyContinues || !alreadyMoving.isEmpty() || (movedNow > 0 && !wholePlanMoves);
    // R35 sandwell [001]: the end of a plan must be a multi-agency decision: who agreed is recorded
    if (anyEnds && vars.policy().endAgreedByAgencies()) {
      in.text(END_AGREED_BY, "Who agreed to end the plan");
    }
    LocalDate nextCoreGroup = postReviewMeeting(in, vars, heldOn, planContinues);
    in.verify();
    conferenceHeld(task, vars, heldOn, nextCoreGroup);
    List<Integer> ended = new ArrayList<>();
    List<Integer> moving = new ArrayList<>();
    for (SiblingGroup.Child child : onPlan) {
      child.newCategory(categories.get(child.number()), heldOn);
      EndReason reason = reasons.get(child.number());
      if (reason == EndReason.MOVED_AREA && !wholePlanMoves) {
        child.movedArea(heldOn);
        moving.add(child.number());
      } else if (reason != null && reason != EndReason.MOVED_AREA) {
        child.end(reason, heldOn);
        ended.add(child.number());
      }
    }
    task.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    task.setVariable(PLAN_CONTINUES, planContinues);
    task.setVariable(CHILD_PLANS_ENDED, planContinues && !ended.isEmpty());
    task.setVariable(ENDED_CHILD_NUMBERS, SiblingGroup.numbers(ended));
    task.setVariable(CHILDREN_MOVING, planContinues && !moving.isEmpty());
    task.setVariable(MOVING_CHILD_NUMBERS, SiblingGroup.numbers(moving));
    if (planContinues) {
      task.setVariable(EIGHTEENTH_BIRTHDAY, SiblingGroup.nextToTurn18(children)
          .map(c -> EngineClock.startOfDay(c.eighteenthBirthday())).orElse(null));
      return;
    }
    // every child's plan ends: the plan ends; a step-down meeting when any child stays here with needs
    EndReason planReason = reasons.containsValue(EndReason.NO_LONGER_AT_RISK) ? EndReason.NO_LONGER_AT_RISK
        : reasons.get(onPlan.get(0).number());
    if (wholePlanMoves) {
      task.setVariable(END_REASON, EndReason.MOVED_AREA.code());
      transfer.begin(task, heldOn);
    } else {
      ending.end(task, planReason, heldOn);
    }
  }

  private static String childrenNamed(List<SiblingGroup.Child> children) {
    return children.isEmpty() ? "nobody: leave the list empty" : SiblingGroup.names(children.stream().map(SiblingGroup.Child::name).toList());
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
