package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.springframework.stereotype.Component;

/**
 * Second completion listener of {@code Task_RecordMeeting}: who recorded the meeting is the
 * logged-in user, kept in {@code recordedBy} and in the record; a payload naming anyone else is
 * refused (issue "Trust", finding 4).
 */
@Component("recordMeetingRecorder")
class RecordMeetingRecorder implements TaskListener {

  private final IdentityService identity;

  RecordMeetingRecorder(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    String recordedBy = Submitter.self(in, identity, RECORDED_BY, "Recorded by");
    in.verify();
    task.setVariable(RECORDED_BY, recordedBy);
  }
}
