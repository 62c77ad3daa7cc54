package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.MEETING_HELD_ON;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.ProcessVariables;
import org.springframework.stereotype.Component;

/** {@code Task_RemindMinuteTaker}: the minutes are late; whoever circulates them is reminded (R21). */
@Component("remindMinuteTaker")
class RemindMinuteTaker implements JavaDelegate {

  private final FollowUpLetters letters;

  RemindMinuteTaker(FollowUpLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariables vars = new ProcessVariables(execution);
    letters.tell(execution, List.of(letters.user(vars.text(MINUTES_CIRCULATOR))), "minutes overdue",
        "The minutes of the core group meeting of " + UkDates.day(vars.date(MEETING_HELD_ON)) + " were due by the end of "
            + UkDates.day(vars.date(MINUTES_DUE)) + ". Please circulate them now: the team manager is told in "
            + vars.text(MINUTES_CHASE_WORKING_DAYS) + " working days.");
  }
}
