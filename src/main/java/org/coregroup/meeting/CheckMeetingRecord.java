package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_RecordMeeting}: when it met, and the next meeting agreed there (R9). */
@Component("checkMeetingRecord")
class CheckMeetingRecord implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    LocalDate today = EngineClock.today();
    LocalDate heldOn = in.date(MEETING_HELD_ON, "The date of the meeting");
    if (heldOn != null && heldOn.isAfter(today)) {
      in.reject(MEETING_HELD_ON, "the meeting date " + heldOn + " is in the future: record a meeting once it has met");
    }
    LocalDate next = in.date(NEXT_MEETING_DATE, "The date of the next meeting");
    if (next != null && heldOn != null && !next.isAfter(heldOn)) {
      in.reject(NEXT_MEETING_DATE, "the next meeting (" + next + ") must be after this one (" + heldOn + ")");
    }
    in.optionalTime(NEXT_MEETING_TIME, "The time of the next meeting");
    in.text(NEXT_MEETING_VENUE, "The venue of the next meeting");
    in.verify();
    task.setVariable(MEETING_HELD_ON, heldOn.toString());
    task.setVariable(NEXT_MEETING_DATE, next.toString());
  }
}
