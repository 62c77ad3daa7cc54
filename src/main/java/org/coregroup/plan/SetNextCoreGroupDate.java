package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SetNextCoreGroupDate} (brent [004 3.9]): the date the conference chair set becomes
 * the next core group's. The meeting waiting to be held on or after the day of the review is
 * moved to it ({@code Message_ConferenceSetsMeetingDate}: the members get an update of the
 * invitation, the tasks' due dates follow). Where the meeting still waiting is the one before
 * the review (not yet recorded), the chair's date is kept and replaces the next date that
 * meeting's record agrees ({@code RecordMeetingInHistory}); where no meeting is waiting (the team
 * manager is deciding on it), it is the date the next meeting is called with.
 */
@Component("setNextCoreGroupDate")
class SetNextCoreGroupDate implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SetNextCoreGroupDate(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    LocalDate date = vars.date(POST_REVIEW_MEETING_DATE);
    LocalDate heldOn = vars.date(REVIEW_HELD_ON);
    List<ProcessInstance> waiting = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(execution.getProcessInstanceId())
        .processDefinitionKey(CoreGroupMeetingProcess.KEY).list());
    execution.setVariable(PENDING_CONFERENCE_MEETING_DATE, false);
    if (waiting.isEmpty()) {
      applyToNextCall(execution, vars);
      return;
    }
    ProcessInstance meeting = waiting.get(0);
    LocalDate meetingDate = FormInput.toDate(AsSystem.call(identity,
        () -> runtime.getVariable(meeting.getId(), CoreGroupMeetingProcess.MEETING_DATE)));
    if (meetingDate != null && meetingDate.isBefore(heldOn)) {
      // the meeting before the review is still to be recorded: the chair's date is for the one after it
      execution.setVariable(PENDING_CONFERENCE_MEETING_DATE, true);
      return;
    }
    Map<String, Object> move = new HashMap<>();
    move.put(CoreGroupMeetingProcess.NEW_MEETING_DATE, date.toString());
    move.put(CoreGroupMeetingProcess.NEW_MEETING_TIME, vars.text(POST_REVIEW_MEETING_TIME));
    move.put(CoreGroupMeetingProcess.NEW_MEETING_END_TIME, null);
    move.put(CoreGroupMeetingProcess.NEW_MEETING_VENUE, vars.text(POST_REVIEW_MEETING_VENUE));
    move.put(CoreGroupMeetingProcess.MOVE_REASON, "set by the review conference on " + UkDates.day(heldOn));
    move.put(CoreGroupMeetingProcess.MOVE_REQUESTED_BY, vars.text(CONFERENCE_CHAIR));
    AsSystem.run(identity, () -> runtime.createMessageCorrelation(CoreGroupMeetingProcess.MESSAGE_CONFERENCE_SETS_MEETING_DATE)
        .processInstanceId(meeting.getId()).setVariables(move).correlateWithResult());
    execution.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(date));
  }

  /** The chair's date, time and venue as the next meeting's (the record of a meeting gives the same variables). */
  static void applyToNextCall(DelegateExecution execution, PlanVariables vars) {
    LocalDate date = vars.date(POST_REVIEW_MEETING_DATE);
    LocalTime time = vars.time(POST_REVIEW_MEETING_TIME);
    String venue = vars.text(POST_REVIEW_MEETING_VENUE);
    execution.setVariable(NEXT_MEETING_DATE, date.toString());
    if (time != null) {
      execution.setVariable(NEXT_MEETING_TIME, time.toString());
      execution.setVariable(NEXT_MEETING_END_TIME, null);
    }
    if (venue != null) {
      execution.setVariable(NEXT_MEETING_VENUE, venue);
    }
    execution.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(date));
  }
}
