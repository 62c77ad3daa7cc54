package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RearrangeMeeting} (bedfordshire [000]: "Ensure re-arrangement of a
 * Core Group via their manager"): the team manager confirms or changes the date, times and venue
 * the chair proposed, within the profile's working days of the meeting that did not go ahead
 * (R16); the next meeting is called for that date.
 */
@Component("checkRearrangement")
class CheckRearrangement implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    PlanVariables vars = new PlanVariables(task);
    LocalDate today = EngineClock.today();
    LocalDate by = vars.date(REARRANGE_BY);
    LocalDate date = in.date(NEXT_MEETING_DATE, "The date of the re-arranged meeting");
    if (date != null && (date.isBefore(today) || date.isAfter(by))) {
      in.reject(NEXT_MEETING_DATE, "the re-arranged meeting is between today and " + UkDates.day(by)
          + " (within the local policy's working days of the meeting that did not go ahead), not on " + UkDates.day(date));
    }
    LocalTime start = in.optionalTime(NEXT_MEETING_TIME, "The start time");
    LocalTime end = in.optionalTime(NEXT_MEETING_END_TIME, "The end time");
    if (start != null && end != null) {
      long minutes = Duration.between(start, end).toMinutes();
      if (minutes < 60 || minutes > 120) {
        // R11 [000]: "no more than 1 to 2 hours"
        in.reject(NEXT_MEETING_END_TIME, "a core group meeting lasts 1 to 2 hours, not " + minutes + " minutes");
      }
    }
    in.shortText(NEXT_MEETING_VENUE, "The venue of the re-arranged meeting");
    in.narratives(REARRANGE_NOTE);
    in.verify();
    task.setVariable(NEXT_MEETING_DATE, date.toString());
    task.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(date));
  }
}
