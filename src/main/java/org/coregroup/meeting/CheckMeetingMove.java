package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckMeetingMove}: the new date, times and venue make sense; whether the
 * profile's notice is given (otherwise the team manager decides). A refused move changes nothing.
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
    execution.setVariable(ENOUGH_NOTICE, rules.enoughNotice(today, vars.date(MEETING_DATE), date,
        vars.policy(policies), vars.jurisdiction()));
    execution.setVariable(APPROVAL_DUE, EngineClock.endOfDay(
        rules.workingDaysAfter(today, vars.policy(policies).moveApprovalWorkingDays(), vars.jurisdiction())));
  }
}
