package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MoveMeeting}: the new schedule; every member gets an update of the same calendar
 * event (same UID, SEQUENCE+1); the open tasks before the meeting, and the chair's briefing,
 * move with it. Also the date the review conference set for the meeting after it
 * ({@code BoundaryEvent_DateSetByConference}, brent [004 3.9]).
 */
@Component("moveMeeting")
class MoveMeeting implements JavaDelegate {
  private final MeetingNotices notices;
  private final TaskService tasks;
  private final ManagementService management;

  MoveMeeting(MeetingNotices notices, TaskService tasks, ManagementService management) {
    this.notices = notices;
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    Schedule old = vars.schedule();
    String venue = vars.text(NEW_MEETING_VENUE);
    // a move gives both times; the review conference's date (brent [004 3.9]) may keep the meeting's times
    LocalTime start = vars.time(NEW_MEETING_TIME) == null ? old.start() : vars.time(NEW_MEETING_TIME);
    LocalTime end = vars.time(NEW_MEETING_END_TIME) != null ? vars.time(NEW_MEETING_END_TIME)
        : start.plus(Duration.between(old.start(), old.end()));
    Schedule moved = new Schedule(vars.date(NEW_MEETING_DATE), start, end, venue == null ? old.venue() : venue, old.secure());
    vars.setSchedule(moved);
    execution.setVariable(MEETING_SEQUENCE, ((Number) execution.getVariable(MEETING_SEQUENCE)).intValue() + 1);
    notices.invite(vars, execution, "meeting moved:");
    Date startsAt = Date.from(moved.startsAt().toInstant());
    Date recordDue = EngineClock.endOfDay(moved.date());
    execution.setVariable(MEETING_DUE, recordDue);
    for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(BOUNDARY_MEETING_STARTS).list()) {
      management.setJobDuedate(timer.getId(), startsAt);
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
    for (Task task : open) {
      if (TASK_RECORD_MEETING.equals(task.getTaskDefinitionKey())) {
        task.setDueDate(recordDue);
        tasks.saveTask(task);
      } else if (TASK_CONFIRM_ATTENDANCE.equals(task.getTaskDefinitionKey())
          || TASK_RECORD_FAMILY_ATTENDANCE.equals(task.getTaskDefinitionKey())) {
        task.setDueDate(startsAt);
        tasks.saveTask(task);
      }
    }
  }
}
