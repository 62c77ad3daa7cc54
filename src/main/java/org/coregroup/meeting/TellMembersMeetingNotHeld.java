package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TellMembersMeetingNotHeld} (R15, R16): every member is told in writing at once
 * (well within 24 hours) why the meeting did not go ahead and when it is re-arranged; their
 * calendars get METHOD:CANCEL for the meeting.
 */
@Component("tellMembersMeetingNotHeld")
class TellMembersMeetingNotHeld implements JavaDelegate {

  private final MeetingNotices notices;
  private final LocalPolicies policies;

  TellMembersMeetingNotHeld(MeetingNotices notices, LocalPolicies policies) {
    this.notices = notices;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    notices.cancel(vars, execution, vars.text(NOT_HELD_REASON), vars.policy(policies).notHeldRearrangedByManager());
  }
}
