package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RecordMeeting} (R9, R11, R15, R19, R20, R22): reads the case, lets
 * {@link MeetingRecordCheck} check the record, and keeps what it says, with the inputs of
 * {@code Task_DecideQuorum} that comes next (the other agencies involved, their professionals
 * present). A refused record keeps nothing.
 */
@Component("checkMeetingRecord")
class CheckMeetingRecord implements TaskListener {

  private final MeetingRecordCheck check;
  private final LocalPolicies policies;

  CheckMeetingRecord(MeetingRecordCheck check, LocalPolicies policies) {
    this.check = check;
    this.policies = policies;
  }

  @Override
  public void notify(DelegateTask task) {
    MeetingVariables vars = new MeetingVariables(task.getExecution());
    MeetingRecordCheck.Case meetingCase = new MeetingRecordCheck.Case(vars.group(), vars.date(ICPC_DATE),
        vars.date(EIGHTEENTH_BIRTHDAY), vars.text(KEY_WORKER), vars.text(CONFERENCE_CHAIR), vars.named(),
        vars.text(LOCAL_POLICY), () -> vars.policy(policies), vars.jurisdiction(), vars.text(TEAM_MANAGER),
        vars.number(MEETING_NUMBER) == null ? 1 : vars.number(MEETING_NUMBER), vars.date(NEXT_REVIEW_DUE));
    MeetingRecordCheck.Outcome record = check.check(new FormInput(task.getVariables()), meetingCase, EngineClock.today());

    task.setVariable(MEETING_HELD_ON, record.heldOn().toString());
    task.setVariable(NEXT_MEETING_DATE, record.next().toString());
    task.setVariable(OTHER_AGENCIES_INVOLVED, record.involved());
    task.setVariable(OTHER_PROFESSIONALS_PRESENT, record.present());
    vars.setJson(ATTENDANCE, record.attendance());
    vars.setJson(ACTIONS, record.actions());
    record.emptied().forEach(name -> task.setVariable(name, null));
    task.setVariable(NEXT_MEETING_SECURE_VENUE, record.secureVenue());
    if (task.getVariable(ROTA) == null && task.getVariable(AGREED_ROTA) != null) {
      // sandwell [001]: the rota agreed at the first meeting goes on to the plan unless this meeting agreed another
      task.setVariable(ROTA, task.getVariable(AGREED_ROTA));
    }
  }
}
