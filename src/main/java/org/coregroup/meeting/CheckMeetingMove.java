package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.calendar.UkDates;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckMeetingMove}: the new date, times and venue make sense; whether the
 * profile's notice is given (otherwise the team manager decides, or, where the profile says so,
 * the move is refused). A refused move changes nothing.
 */
@Component("checkMeetingMove")
class CheckMeetingMove implements JavaDelegate {
  private final MeetingRules rules;
  private final LocalPolicies policies;

  CheckMeetingMove(MeetingRules rules, LocalPolicies policies) {
    this.rules = rules;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    MeetingVariables vars = new MeetingVariables(execution);
    LocalDate today = EngineClock.today();
    LocalDate date = in.date(NEW_MEETING_DATE, "The new date");
    if (date != null && date.isBefore(today)) {
      in.reject(NEW_MEETING_DATE, "the new date " + date + " is in the past");
    }
    in.text(NEW_MEETING_TIME, "The new start time");
    in.text(NEW_MEETING_END_TIME, "The new end time");
    MeetingRules.checkTimes(in, NEW_MEETING_TIME, NEW_MEETING_END_TIME, true);
    in.text(MOVE_REASON, "Why the meeting must move");
    in.verify();
    LocalPolicy policy = vars.policy(policies);
    LocalDate current = vars.date(MEETING_DATE);
    boolean enough = rules.enoughNotice(today, current, date, policy, vars.jurisdiction());
    if (!enough && policy.shortNoticeMoveRefused()) {
      // R17 brent [004 4.7]: "they must give 3 working days notice": a shorter notice is refused, not put to the manager
      String sooner = date.isBefore(current) ? "the new date, " + UkDates.day(date) + ","
          : "the meeting on " + UkDates.day(current);
      in.reject(NEW_MEETING_DATE, "a meeting is moved only with " + policy.rescheduleNoticeWorkingDays()
          + " working days' notice, and " + sooner + " is sooner than that (" + UkDates.day(rules.noticeFrom(today, policy,
          vars.jurisdiction())) + " at the earliest). If the meeting cannot go ahead, record it as not held, with the"
          + " reason, and re-arrange it");
      in.verify();
    }
    execution.setVariable(ENOUGH_NOTICE, enough);
    execution.setVariable(APPROVAL_DUE, EngineClock.endOfDay(
        rules.workingDaysAfter(today, policy.moveApprovalWorkingDays(), vars.jurisdiction())));
  }
}
