package org.coregroup.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Service;

/**
 * The follow-up's timescales and who does what, worked out once when a meeting's follow-up
 * starts ({@code Task_SetFollowUpDeadlines}), from the case's local policy and the working-day
 * calendar.
 */
@Service
class FollowUpSchedule {

  /** What the follow-up's tasks and timers run on. */
  record Plan(WorkingDayDeadline minutes, LocalDate minutesChaseFrom, LocalDate minutesChaseTaskDue,
      LocalDate escalationDue, int minutesChaseWorkingDays, String minutesCirculator, List<String> actionNumbers) {
  }

  private final WorkingDayCalendar calendar;

  FollowUpSchedule(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * R21: the minutes within N working days of the meeting held on {@code heldOn}; a reminder M
   * working days after that deadline, the team manager's task M working days later. R31: an
   * agency's repeated absence escalated within K working days of {@code today}. R21: the minutes
   * circulated by the key worker where the profile says so (brent [004 4.2]: "The social worker
   * will take responsibility for distributing these minutes"), else by the minute-taker. One
   * follow-up of an action per agreed action, numbered from 1.
   */
  Plan plan(LocalDate heldOn, LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction, String keyWorker,
      String minuteTaker, int actions) {
    WorkingDayDeadline minutes = new WorkingDayDeadline(heldOn, policy.minutesWorkingDays(), jurisdiction);
    int chase = policy.minutesChaseWorkingDays();
    LocalDate chaseFrom = calendar.addWorkingDays(minutes.due(calendar), chase, jurisdiction);
    String circulator = LocalPolicy.KEY_WORKER_CIRCULATES.equals(policy.minutesCirculatedBy()) || minuteTaker == null
        ? keyWorker : minuteTaker;
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= actions; i++) {
      numbers.add(Integer.toString(i));
    }
    return new Plan(minutes, chaseFrom, calendar.addWorkingDays(chaseFrom, chase, jurisdiction),
        calendar.addWorkingDays(today, policy.absenceEscalationWorkingDays(), jurisdiction), chase, circulator, numbers);
  }
}
