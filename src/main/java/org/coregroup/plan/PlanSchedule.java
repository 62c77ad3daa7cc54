package org.coregroup.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.policy.LocalPolicy;

/** The plan's deadlines, from the local policy's timescales and the UK working-day calendar. */
class PlanSchedule {

  /** Used where a profile's table row leaves a timescale empty but the plan needs one. */
  static final int DEFAULT_FIRST_CORE_GROUP_WORKING_DAYS = 10;
  static final int DEFAULT_MEETING_INTERVAL_WEEKS = 6;
  static final int DEFAULT_FIRST_REVIEW_MONTHS = 3;
  static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 6;
  static final int DEFAULT_STEP_DOWN_DAYS = 10;
  /** Product choice: the exit plan is recorded within 5 working days of the end of the plan. */
  static final int EXIT_PLAN_WORKING_DAYS = 5;
  /** Product choice: the team manager decides on a later meeting within 2 working days. */
  static final int APPROVAL_WORKING_DAYS = 2;

  private final WorkingDayCalendar calendar;

  PlanSchedule(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** R4: the first core group within N working days of the ICPC. */
  WorkingDayDeadline firstCoreGroup(LocalDate icpcDate, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(icpcDate,
        orDefault(policy.firstCoreGroupWorkingDays(), DEFAULT_FIRST_CORE_GROUP_WORKING_DAYS), jurisdiction);
  }

  LocalDate firstCoreGroupDue(LocalDate icpcDate, LocalPolicy policy, Jurisdiction jurisdiction) {
    return due(firstCoreGroup(icpcDate, policy, jurisdiction));
  }

  LocalDate due(WorkingDayDeadline deadline) {
    return deadline.due(calendar);
  }


  /** R32: the first review conference within 3 months of the ICPC. */
  LocalDate firstReviewDue(LocalDate icpcDate, LocalPolicy policy) {
    return calendar.addMonths(icpcDate, orDefault(policy.firstReviewMonths(), DEFAULT_FIRST_REVIEW_MONTHS));
  }

  /** R32: later review conferences at most 6 months apart. */
  LocalDate nextReviewDue(LocalDate reviewHeldOn, LocalPolicy policy) {
    return calendar.addMonths(reviewHeldOn, orDefault(policy.reviewIntervalMonths(), DEFAULT_REVIEW_INTERVAL_MONTHS));
  }

  /**
   * The latest date the next core group may be agreed for without the team manager's approval
   * (R7, R8, R10): the interval after the last meeting; for a profile with a pre-review core
   * group, no later than that many weeks before the review, and after it within the post-review
   * days; for a profile with a minimum number of meetings between conferences, early enough to
   * fit the meetings still needed before the review.
   */
  LocalDate latestNextMeeting(LocalDate lastMeeting, int intervalWeeks, LocalDate nextReview,
      int meetingsSinceConference, LocalPolicy policy) {
    LocalDate latest = calendar.addWeeks(lastMeeting, intervalWeeks);
    if (policy.preReviewCoreGroupWeeks() != null) {
      LocalDate preReview = nextReview.minusWeeks(policy.preReviewCoreGroupWeeks());
      if (lastMeeting.isBefore(preReview)) {
        latest = min(latest, preReview);
      } else if (policy.postReviewCoreGroupDays() != null) {
        latest = min(latest, calendar.addDays(nextReview, policy.postReviewCoreGroupDays()));
      }
    }
    Integer minMeetings = policy.minMeetingsBetweenConferences();
    if (minMeetings != null && meetingsSinceConference < minMeetings && lastMeeting.isBefore(nextReview)) {
      long daysLeft = ChronoUnit.DAYS.between(lastMeeting, nextReview) - 1;
      latest = min(latest, lastMeeting.plusDays(Math.max(0, daysLeft / (minMeetings - meetingsSinceConference))));
    }
    return latest;
  }

  WorkingDayDeadline approval(LocalDate today, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(today, APPROVAL_WORKING_DAYS, jurisdiction);
  }

  WorkingDayDeadline exitPlan(LocalDate planEnd, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(planEnd, EXIT_PLAN_WORKING_DAYS, jurisdiction);
  }

  /** R35: a Team Around the Child or Child in Need meeting within 10 days of the end. */
  LocalDate stepDownDue(LocalDate planEnd, LocalPolicy policy) {
    return calendar.addDays(planEnd, orDefault(policy.stepDownMeetingDays(), DEFAULT_STEP_DOWN_DAYS));
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
