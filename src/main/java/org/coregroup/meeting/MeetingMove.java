package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/** Moving a meeting (R17): the delegates and listener of the "Meeting moved" path. */
final class MeetingMove {

  private MeetingMove() {
  }

  /**
   * {@code Task_CheckMeetingMove}: the new date, times and venue make sense; whether the
   * profile's notice is given (otherwise the team manager decides). A refused move changes nothing.
   */
  @Component("checkMeetingMove")
  static class CheckMeetingMove implements JavaDelegate {
    private final MeetingRules rules;
    private final LocalPolicies policies;

    CheckMeetingMove(MeetingRules rules, LocalPolicies policies) {
      this.rules = rules;
      this.policies = policies;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormInput in = new FormInput(execution.getVariables());
      MeetingVariables vars = new MeetingVariables(execution);
      LocalDate today = EngineClock.today();
      LocalDate date = in.date(NEW_MEETING_DATE, "The new date");
      if (date != null && date.isBefore(today)) {
        in.reject(NEW_MEETING_DATE, "the new date " + date + " is in the past");
      }
      in.text(NEW_MEETING_TIME, "The new start time");
      in.text(NEW_MEETING_END_TIME, "The new end time");
      MeetingRules.checkTimes(in, NEW_MEETING_TIME, NEW_MEETING_END_TIME, true);
      in.text(MOVE_REASON, "Why the meeting must move");
      in.verify();
      execution.setVariable(ENOUGH_NOTICE, rules.enoughNotice(today, vars.date(MEETING_DATE), date,
          vars.policy(policies), vars.jurisdiction()));
      execution.setVariable(APPROVAL_DUE, EngineClock.endOfDay(
          rules.workingDaysAfter(today, vars.policy(policies).moveApprovalWorkingDays(), vars.jurisdiction())));
    }
  }

  /** Completion of {@code Task_ApproveMeetingMove}: the team manager's decision, always with a reason. */
  @Component("checkMoveDecision")
  static class CheckMoveDecision implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      Boolean approved = in.yesNo(MOVE_APPROVED, "Whether the move is approved");
      in.text(MOVE_DECISION_REASON, "The reason for your decision");
      in.verify();
      task.setVariable(MOVE_APPROVED, approved);
    }
  }

  /**
   * {@code Task_MoveMeeting}: the new schedule; every member gets an update of the same calendar
   * event (same UID, SEQUENCE+1); the open tasks before the meeting, and the chair's briefing,
   * move with it.
   */
  @Component("moveMeeting")
  static class MoveMeeting implements JavaDelegate {
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
      Schedule moved = new Schedule(vars.date(NEW_MEETING_DATE), vars.time(NEW_MEETING_TIME), vars.time(NEW_MEETING_END_TIME),
          venue == null ? old.venue() : venue, old.secure());
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
}
