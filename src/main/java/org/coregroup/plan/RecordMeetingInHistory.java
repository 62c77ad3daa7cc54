package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordMeetingInHistory}: adds the meeting to the case's history and checks the
 * next meeting agreed there (R9) against the latest date the rules allow (R7, R8, R10). A
 * meeting that did not go ahead (R15, R16) is not counted: its re-arranged date is the next due,
 * or, where the profile says so (bedfordshire [000]), the team manager re-arranges it.
 */
@Component("recordMeetingInHistory")
class RecordMeetingInHistory implements JavaDelegate {

  private final PlanSchedule schedule;
  private final DeadlineVariables deadlines;

  RecordMeetingInHistory(PlanSchedule schedule, DeadlineVariables deadlines) {
    this.schedule = schedule;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    LocalDate heldOn = vars.date(MEETING_HELD_ON);
    LocalDate next = vars.date(NEXT_MEETING_DATE);
    if (Boolean.FALSE.equals(execution.getVariable(CoreGroupMeetingProcess.MEETING_WENT_AHEAD))) {
      // R16: the meeting did not go ahead; it was re-arranged within the policy's working days
      // (checked by the meeting), is still the same meeting and does not count as held. The chair
      // sees it in the history (R33).
      MeetingHistory history = vars.history();
      history.meetingNotHeld(heldOn, vars.text(CoreGroupMeetingProcess.NOT_HELD_REASON));
      vars.setHistory(history);
      execution.setVariable(NEXT_MEETING_IN_TIME, true);
      execution.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(next));
      // bedfordshire [000]: "Ensure re-arrangement of a Core Group via their manager"
      boolean byManager = vars.policy().notHeldRearrangedByManager();
      execution.setVariable(REARRANGE_BY_MANAGER, byManager);
      if (byManager) {
        execution.setVariable(NOT_HELD_ON, heldOn.toString());
        execution.setVariable(REARRANGE_BY, schedule.rearrangeBy(heldOn, vars.policy(), vars.jurisdiction()).toString());
        deadlines.set(execution, REARRANGE_DUE, schedule.rearrangement(EngineClock.today(), vars.policy(), vars.jurisdiction()));
      }
      return;
    }
    execution.setVariable(REARRANGE_BY_MANAGER, false);
    if (vars.yes(PENDING_CONFERENCE_MEETING_DATE)) {
      // brent [004 3.9]: the review conference set the date of the meeting after this one
      execution.setVariable(PENDING_CONFERENCE_MEETING_DATE, false);
      MeetingHistory history = vars.history();
      history.meetingHeld(heldOn, vars.date(NEXT_CORE_GROUP_DUE));
      vars.setHistory(history);
      SetNextCoreGroupDate.applyToNextCall(execution, vars);
      execution.setVariable(NEXT_MEETING_IN_TIME, true);
      execution.setVariable(MEETING_NUMBER, vars.number(MEETING_NUMBER) + 1);
      return;
    }
    MeetingHistory history = vars.history();
    history.meetingHeld(heldOn, vars.date(NEXT_CORE_GROUP_DUE));
    vars.setHistory(history);
    LocalDate latest = schedule.latestNextMeeting(heldOn, vars.number(MEETING_INTERVAL_WEEKS),
        vars.date(NEXT_REVIEW_DUE), history.meetingsSince(vars.date(LAST_CONFERENCE_ON)), vars.policy());
    execution.setVariable(LATEST_NEXT_MEETING, EngineClock.endOfDay(latest));
    execution.setVariable(NEXT_MEETING_IN_TIME, !next.isAfter(latest));
    execution.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(next));
    execution.setVariable(MEETING_NUMBER, vars.number(MEETING_NUMBER) + 1);
    deadlines.set(execution, APPROVAL_DUE, schedule.approval(EngineClock.today(), vars.policy(), vars.jurisdiction()));
  }
}
