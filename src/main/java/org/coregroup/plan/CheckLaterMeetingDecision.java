package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ApproveLaterMeeting} (R8): the team manager either lets the later
 * date stand with a recorded reason, or sets a date within the rules.
 */
@Component("checkLaterMeetingDecision")
class CheckLaterMeetingDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    PlanVariables vars = new PlanVariables(task);
    Boolean approved = in.yesNo(LATER_MEETING_APPROVED, "Whether the later meeting is approved");
    LocalDate latest = vars.date(LATEST_NEXT_MEETING);
    LocalDate earlier = null;
    String reason = null;
    if (Boolean.TRUE.equals(approved)) {
      reason = in.text(LATER_MEETING_REASON, "The reason for the later meeting");
    } else if (Boolean.FALSE.equals(approved)) {
      earlier = in.date(EARLIER_MEETING_DATE, "The date of the next meeting");
      if (earlier != null && (earlier.isAfter(latest) || earlier.isBefore(EngineClock.today()))) {
        in.reject(EARLIER_MEETING_DATE, "the next meeting must be between today and " + UkDates.day(latest) + ", not " + UkDates.day(earlier));
      }
    }
    in.verify();
    task.setVariable(LATER_MEETING_APPROVED, approved);
    if (reason != null) {
      MeetingHistory history = vars.history();
      history.laterMeetingApproved(reason);
      vars.setHistory(history);
    } else {
      task.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(earlier));
    }
  }
}
