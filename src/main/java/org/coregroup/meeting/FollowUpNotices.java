package org.coregroup.meeting;

import org.coregroup.calendar.UkDates;
import static org.coregroup.meeting.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.Recipient;
import org.springframework.stereotype.Component;

/** The delegates and listeners of {@code CoreGroupFollowUpProcess} (R21, R22, R31). */
final class FollowUpNotices {

  private FollowUpNotices() {
  }

  /** {@code Task_RemindMinuteTaker}: the minutes are late; the minute-taker is reminded (R21). */
  @Component("remindMinuteTaker")
  static class RemindMinuteTaker implements JavaDelegate {
    private final MeetingNotices notices;

    RemindMinuteTaker(MeetingNotices notices) {
      this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
      MeetingVariables vars = new MeetingVariables(execution);
      notices.tell(vars, List.of(notices.user(vars.text(MINUTE_TAKER))), "minutes overdue",
          "The minutes of the core group meeting of " + UkDates.day(vars.date(MEETING_HELD_ON)) + " were due by the end of "
              + UkDates.day(vars.date(MINUTES_DUE)) + ". Please circulate them now: the team manager is told in "
              + vars.text(MINUTES_CHASE_WORKING_DAYS) + " working days.");
    }
  }

  /** Completion of {@code Task_CirculateMinutes}: the minutes, and whether the plan changed. */
  @Component("checkMinutes")
  static class CheckMinutes implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      in.text(MINUTES, "The minutes");
      in.verify();
    }
  }

  /** {@code Task_SendMinutes}: every member, absent ones included, gets the minutes; who, when, how is kept (R21). */
  @Component("sendMinutes")
  static class SendMinutes implements JavaDelegate {
    private final MeetingNotices notices;

    SendMinutes(MeetingNotices notices) {
      this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
      MeetingVariables vars = new MeetingVariables(execution);
      List<Recipient> everyone = notices.everyone(vars);
      int before = vars.log().entries().size();
      notices.tell(vars, everyone, "minutes of the meeting of " + vars.text(MEETING_HELD_ON),
          vars.text(MINUTES) + (vars.text(PLAN_UPDATED) == null ? "" : "\n\nThe updated plan:\n" + vars.text(PLAN_UPDATED)));
      List<Map<String, Object>> received = new ArrayList<>();
      List<NotificationLog.Entry> entries = vars.log().entries();
      for (NotificationLog.Entry e : entries.subList(before, entries.size())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", e.to());
        row.put("at", e.at());
        row.put("how", e.how());
        received.add(row);
      }
      vars.setJson(MINUTES_RECEIVED_BY, received);
    }
  }

  /** Completion of {@code Task_ChaseLateMinutes}: what the team manager did about late minutes. */
  @Component("checkLateMinutesChase")
  static class CheckLateMinutesChase implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      in.text(CHASE_NOTE, "What you did about the late minutes");
      in.verify();
    }
  }

  /** Completion of {@code Task_CompleteAction}: what was done (R22). */
  @Component("checkActionDone")
  static class CheckActionDone implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      String done = in.text(ACTION_DONE, "What was done");
      in.verify();
      MeetingVariables vars = new MeetingVariables(task.getExecution().getProcessInstance());
      List<Map<String, Object>> all = new ArrayList<>(JsonLists.read(task.getExecution().getVariable(ACTIONS_DONE)));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ACTION_NUMBER, task.getVariable(ACTION_NUMBER));
      row.put("by", task.getAssignee());
      row.put("on", org.coregroup.calendar.EngineClock.today().toString());
      row.put(ACTION_DONE, done);
      all.add(row);
      vars.setJson(ACTIONS_DONE, all);
    }
  }

  /** {@code Task_TellKeyWorkerActionOverdue}: the key worker hears of an action past its deadline (R22, R31). */
  @Component("tellKeyWorkerActionOverdue")
  static class TellKeyWorkerActionOverdue implements JavaDelegate {
    private final MeetingNotices notices;

    TellKeyWorkerActionOverdue(MeetingNotices notices) {
      this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
      MeetingVariables vars = new MeetingVariables(execution);
      notices.tell(vars, List.of(notices.user(vars.text(KEY_WORKER))), "action overdue",
          "Action " + execution.getVariable(ACTION_NUMBER) + " is overdue: " + execution.getVariable(ACTION_DESCRIPTION)
              + ". It is with " + execution.getVariable(ACTION_ASSIGNEE) + ".");
    }
  }

  /** Completion of {@code Task_EscalateAgencyAbsence}: the steps taken (R18, R30, R31). */
  @Component("checkAbsenceEscalation")
  static class CheckAbsenceEscalation implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      in.text(ESCALATION_STEPS, "The steps you took");
      in.verify();
    }
  }
}
