package org.coregroup.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Service;

/** The meeting's timescales and times, from the local policy and the UK working-day calendar. */
@Service
class MeetingRules {

  private final WorkingDayCalendar calendar;

  MeetingRules(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The meeting as agreed (R9), or as the ICPC set the first one (R3); on the deadline day when
   * nothing was agreed or the agreed day is later than the deadline the plan set.
   */
  Schedule schedule(LocalDate due, LocalDate agreedDate, LocalTime agreedTime, LocalTime agreedEnd, String venue,
      boolean secure) {
    LocalDate date = agreedDate == null || agreedDate.isAfter(due) ? due : agreedDate;
    LocalTime start = agreedTime == null ? Schedule.DEFAULT_START : agreedTime;
    LocalTime end = agreedEnd == null || !agreedEnd.isAfter(start) ? start.plusMinutes(Schedule.DEFAULT_MINUTES) : agreedEnd;
    return new Schedule(date, start, end, venue == null || venue.isBlank() ? Schedule.VENUE_TO_BE_CONFIRMED : venue, secure);
  }

  /** R16: a meeting that did not go ahead is re-arranged within N working days. */
  LocalDate rearrangeBy(LocalDate heldOn, LocalPolicy policy, Jurisdiction jurisdiction) {
    return calendar.addWorkingDays(heldOn, policy.notQuorateRescheduleWorkingDays(), jurisdiction);
  }

  LocalDate workingDaysAfter(LocalDate from, int days, Jurisdiction jurisdiction) {
    return calendar.addWorkingDays(from, days, jurisdiction);
  }

  /**
   * R17: a move by the social worker needs N working days' notice where the profile sets it: the
   * earlier of the old and the new date is at least N working days away.
   */
  boolean enoughNotice(LocalDate today, LocalDate oldDate, LocalDate newDate, LocalPolicy policy,
      Jurisdiction jurisdiction) {
    Integer notice = policy.rescheduleNoticeWorkingDays();
    if (notice == null) {
      return true;
    }
    LocalDate earliest = oldDate.isBefore(newDate) ? oldDate : newDate;
    return !earliest.isBefore(noticeFrom(today, policy, jurisdiction));
  }

  /** R17: the earliest day a meeting may be moved from or to with the profile's notice. */
  LocalDate noticeFrom(LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction) {
    return calendar.addWorkingDays(today, policy.rescheduleNoticeWorkingDays(), jurisdiction);
  }

  /** R11: reads a start and an end time; the end after the start, and 1 to 2 hours when {@code planned}. */
  static void checkTimes(FormInput in, String startField, String endField, boolean planned) {
    LocalTime start = in.optionalTime(startField, "The start time");
    LocalTime end = in.optionalTime(endField, "The end time");
    if (start == null || end == null) {
      return;
    }
    if (!end.isAfter(start)) {
      in.reject(endField, "the end time " + end + " is not after the start time " + start);
      return;
    }
    long minutes = Duration.between(start, end).toMinutes();
    if (planned && (minutes < 60 || minutes > 120)) {
      in.reject(endField, "a core group meeting lasts 1 to 2 hours, not " + minutes
          + " minutes; more business means a further meeting");
    }
  }

}
