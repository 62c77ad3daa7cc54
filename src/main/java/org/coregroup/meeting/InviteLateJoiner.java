package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDEE;
import static org.coregroup.meeting.CoreGroupMeetingProcess.JOINED_AFTER_INVITATIONS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmAttendance} (create): someone who joined the Core Group after this meeting's
 * invitations went out gets the invitation, with its calendar event, when their "Confirm
 * attendance" is created; everyone else already has it.
 */
@Component("inviteLateJoiner")
class InviteLateJoiner implements TaskListener {

  private final MeetingNotices notices;

  InviteLateJoiner(MeetingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getExecution().getVariableLocal(JOINED_AFTER_INVITATIONS))) {
      notices.inviteOne(new MeetingVariables(task.getExecution()), task.getExecution(), (String) task.getVariable(ATTENDEE));
    }
  }
}
