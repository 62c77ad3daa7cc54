package org.coregroup.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ACTIONS;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDANCE;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDANCE_HISTORY;
import static org.coregroup.meeting.CoreGroupMeetingProcess.SENT_APOLOGIES;
import static org.coregroup.meeting.CoreGroupMeetingProcess.TASK_RECORD_MEETING;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.TestMailServer;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What outlives a meeting that went ahead: late minutes, overdue actions and an agency's
 * repeated absence (R18, R21, R22, R31). Each case is a meeting recorded through its form, which
 * starts {@code CoreGroupFollowUpProcess} by message, as in production.
 */
@CoreGroupTest
class CoreGroupFollowUpProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail mail;

  @BeforeEach
  void init() {
    mail.reset();
  }

  @Test
  @DisplayName("R21: late minutes: a reminder to the minute-taker when due, then a task for the team manager")
  void lateMinutes() throws Exception {
    String ref = heldMeeting("[]", null);
    ProcessInstance followUp = followUp(ref);

    today("2025-04-29");
    mail.reset();
    management.executeJob(job(followUp, BOUNDARY_MINUTES_OVERDUE).getId());
    assertThat(TestMailServer.to(mail, "sarah.social@coregroup.example")).extracting(MimeMessage::getSubject)
        .anyMatch(s -> s.contains("minutes overdue"));
    assertThat(followUp).isWaitingAt(TASK_CIRCULATE_MINUTES);

    today("2025-05-01");
    management.executeJob(job(followUp, BOUNDARY_MINUTES_STILL_OVERDUE).getId());
    Task chase = task(ref, TASK_CHASE_LATE_MINUTES);
    assertThat(chase).isAssignedTo("tom.manager").hasDueDate(endOf("2025-05-02"));
    assertThat(forms.getTaskFormVariables(chase.getId()))
        .as("the form gives dates in words and the minute-taker by name")
        .containsEntry(MEETING_HELD_ON_IN_WORDS, "Thursday 17 April 2025")
        .containsEntry(MINUTES_DUE_IN_WORDS, "Monday 28 April 2025")
        .containsEntry(MINUTE_TAKER_NAME, "Sarah Social");
  }

  @Test
  @DisplayName("R22, R31: an overdue action tells the key worker; the action stays with its owner")
  void overdueAction() {
    String ref = heldMeeting("""
        [{"what": "Weekly home visit", "owner": "helen.health", "deadline": "2025-05-01", "why": "Amy's weight"}]""", null);
    ProcessInstance followUp = followUp(ref);

    today("2025-05-02");
    management.executeJob(job(followUp, BOUNDARY_ACTION_OVERDUE).getId());

    assertThat(log(followUp.getId())).anyMatch(e -> "sarah.social".equals(e.userId()) && e.what().contains("action overdue"));
    assertThat(actionTask(ref, "helen.health")).isNotNull();
  }

  @Test
  @DisplayName("R18, R31: an agency absent from three meetings in a row raises a task for the key worker to escalate")
  void repeatedAgencyAbsence() {
    Object history = null;
    String ref = null;
    String[][] meetings = {{"2025-03-06", "2025-03-20"}, {"2025-03-20", "2025-04-03"}, {"2025-04-03", "2025-04-17"}};
    for (String[] m : meetings) {
      today(m[0]);
      ref = Cases.newReference();
      Map<String, Object> vars = meetingVariables(ref, "national", m[0]);
      if (history != null) {
        vars.put(ATTENDANCE_HISTORY, SpinValues.jsonValue(history.toString()).create());
      }
      ProcessInstance meeting = runtime.startProcessInstanceByKey(CoreGroupMeetingProcess.KEY, ref, vars);
      Map<String, Object> record = MeetingRecords.held(m[0], m[1]);
      record.put(ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", SENT_APOLOGIES)));
      forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);
      history = historic(meeting, ATTENDANCE_HISTORY);
    }
    Task escalate = task(ref, TASK_ESCALATE_ABSENCE);
    assertThat(escalate).isAssignedTo("sarah.social");
    assertThat(tasks.getVariable(escalate.getId(), ABSENT_AGENCY)).isEqualTo("education");
    assertThat(forms.getTaskFormVariables(escalate.getId()))
        .as("the form names the agency").containsEntry(ABSENT_AGENCY_NAME, "Education");
    assertThat(history.toString()).contains("\"education\":3").contains("\"health\":0");
  }

  // --- helpers

  /** A meeting on Thursday 2025-04-17 with everyone present and the given actions; the follow-up runs. */
  String heldMeeting(String actions, Map<String, String> absent) {
    today("2025-04-10");
    String ref = Cases.newReference();
    runtime.startProcessInstanceByKey(CoreGroupMeetingProcess.KEY, ref, MeetingRecords.meetingVariables(ref, "national", "2025-04-17"));
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-22");
    record.put(ACTIONS, SpinValues.jsonValue(actions).create());
    if (absent != null) {
      record.put(ATTENDANCE, MeetingRecords.attendance(absent));
    }
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);
    return ref;
  }

  static Map<String, Object> meetingVariables(String ref, String policy, String date) {
    return MeetingRecords.meetingVariables(ref, policy, date);
  }

  List<NotificationLog.Entry> log(String processInstanceId) {
    return NotificationLog.fromJson(runtime.getVariable(processInstanceId, NotificationLog.VARIABLE)).entries();
  }

  Object historic(ProcessInstance instance, String name) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult();
    return variable == null ? null : variable.getValue();
  }

  ProcessInstance followUp(String ref) {
    ProcessInstance followUp = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(KEY).singleResult();
    assertThat(followUp).as("the follow-up of " + ref).isNotNull();
    return followUp;
  }

  Job job(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    assertThat(job).as(activityId).isNotNull();
    return job;
  }

  Task task(String ref, String key) {
    return Cases.openTask(tasks, ref, key);
  }

  Task actionTask(String ref, String userId) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(TASK_COMPLETE_ACTION).taskAssignee(userId).singleResult();
    assertThat(task).as("action of " + userId).isNotNull();
    return task;
  }
}
