package org.coregroup.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.policy.LocalPolicy;

/** The plan's deadlines, from the local policy's timescales and the UK working-day calendar. */
class PlanSchedule {

  private final WorkingDayCalendar calendar;

  PlanSchedule(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** R4: the first core group within N working days of the ICPC. */
  WorkingDayDeadline firstCoreGroup(LocalDate icpcDate, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(icpcDate, policy.firstCoreGroupWorkingDays(), jurisdiction);
  }

  /**
   * R4: the first core group's deadline: N working days after the ICPC and, where the profile
   * also counts calendar days (south-west [002]: "within 10 days"), no later than the last
   * working day on or before that day.
   */
  LocalDate firstCoreGroupDue(LocalDate icpcDate, LocalPolicy policy, Jurisdiction jurisdiction) {
    LocalDate due = due(firstCoreGroup(icpcDate, policy, jurisdiction));
    Integer days = policy.firstCoreGroupDays();
    if (days != null) {
      LocalDate byCalendar = calendar.addDays(icpcDate, days);
      while (!calendar.isWorkingDay(byCalendar, jurisdiction) && byCalendar.isAfter(icpcDate)) {
        byCalendar = byCalendar.minusDays(1);
      }
      due = min(due, byCalendar);
    }
    return due;
  }

  /** True when the first core group's deadline is the calendar-day one, not the working-day rule. */
  boolean firstCoreGroupByCalendarDays(LocalDate icpcDate, LocalPolicy policy, Jurisdiction jurisdiction) {
    return firstCoreGroupDue(icpcDate, policy, jurisdiction).isBefore(due(firstCoreGroup(icpcDate, policy, jurisdiction)));
  }

  LocalDate due(WorkingDayDeadline deadline) {
    return deadline.due(calendar);
  }


  /** R32: the first review conference within 3 months of the ICPC. */
  LocalDate firstReviewDue(LocalDate icpcDate, LocalPolicy policy) {
    return calendar.addMonths(icpcDate, policy.firstReviewMonths());
  }

  /** R32: later review conferences at most 6 months apart. */
  LocalDate nextReviewDue(LocalDate reviewHeldOn, LocalPolicy policy) {
    return calendar.addMonths(reviewHeldOn, policy.reviewIntervalMonths());
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

  /** R8: the team manager decides on a later meeting within N working days. */
  WorkingDayDeadline approval(LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(today, policy.laterMeetingApprovalWorkingDays(), jurisdiction);
  }

  /** R16: the last day a meeting that did not go ahead on {@code heldOn} may be re-arranged for. */
  LocalDate rearrangeBy(LocalDate heldOn, LocalPolicy policy, Jurisdiction jurisdiction) {
    return calendar.addWorkingDays(heldOn, policy.notQuorateRescheduleWorkingDays(), jurisdiction);
  }

  /** bedfordshire [000]: the team manager re-arranges a meeting that did not go ahead within N working days. */
  WorkingDayDeadline rearrangement(LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(today, policy.rearrangeByManagerWorkingDays(), jurisdiction);
  }

  /** R35: a child who moved permanently: the key worker tells the receiving authority within N working days of the conference (product default 1). */
  WorkingDayDeadline transferNotice(LocalDate conference, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(conference, policy.transferNoticeWorkingDays(), jurisdiction);
  }

  /** R35 [WT]: the receiving authority holds its transfer-in conference within 15 working days of being told. */
  WorkingDayDeadline transferInConference(LocalDate told, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(told, policy.transferInConferenceWorkingDays(), jurisdiction);
  }

  /** R35: the exit plan within N working days of the end of the plan. */
  WorkingDayDeadline exitPlan(LocalDate planEnd, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(planEnd, policy.exitPlanWorkingDays(), jurisdiction);
  }

  /** R35: a Team Around the Child or Child in Need meeting within 10 days of the end. */
  LocalDate stepDownDue(LocalDate planEnd, LocalPolicy policy) {
    return calendar.addDays(planEnd, policy.stepDownMeetingDays());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
