package org.coregroup.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendInvitations}: every member gets an email with the .ics invitation where possible, and a log entry. */
@Component("sendInvitations")
class SendInvitations implements JavaDelegate {

  private final MeetingNotices notices;

  SendInvitations(MeetingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.invite(new MeetingVariables(execution), execution, "invitation:");
  }
}
