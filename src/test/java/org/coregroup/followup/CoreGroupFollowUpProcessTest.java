package org.coregroup.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ACTIONS;
import static org.coregroup.meeting.CoreGroupMeetingProcess.AGENCIES_TO_ESCALATE;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDANCE;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDANCE_HISTORY;
import static org.coregroup.meeting.CoreGroupMeetingProcess.MEETING_HELD_ON;
import static org.coregroup.meeting.CoreGroupMeetingProcess.SENT_APOLOGIES;
import static org.coregroup.meeting.CoreGroupMeetingProcess.TASK_RECORD_MEETING;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * repeated absence (R18, R21, R22, R31). The follow-up is started on its own by its start message
 * with what a meeting hands it (that a recorded meeting sends it is the meeting's test), except
 * for the absence, which three meetings recorded through their form count.
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
    TestMailServer.reset(mail);
  }

  @Test
  @DisplayName("R21: late minutes: a reminder to the minute-taker when due, then a task for the team manager")
  void lateMinutes() throws Exception {
    String ref = recorded("[]");
    ProcessInstance followUp = followUp(ref);
    assertThat(task(ref, TASK_CIRCULATE_MINUTES)).as("5 working days after Thursday 17 April, Good Friday and Easter Monday not counted")
        .isAssignedTo("sarah.social").hasDueDate(endOf("2025-04-28"));

    today("2025-04-29");
    TestMailServer.reset(mail);
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
  @DisplayName("R21: the minutes go to every member with the family's plain-language copy attached, without a secret venue")
  void minutesCarryTheFamilysCopy() throws Exception {
    Map<String, Object> record = new java.util.HashMap<>();
    record.put(MEETING_HELD_ON, "2025-04-17");
    record.put(CoreGroupMeetingProcess.WORRIES, "Amy has missed school and meals");
    record.put(CoreGroupMeetingProcess.WORKING_WELL, "Mum takes Amy to the GP");
    record.put(CoreGroupMeetingProcess.NEEDS_TO_HAPPEN, "Regular meals and school every day");
    record.put(CoreGroupMeetingProcess.NEXT_MEETING_DATE, "2025-05-22");
    record.put(CoreGroupMeetingProcess.NEXT_MEETING_VENUE, "Refuge, 12 Hidden Lane");
    record.put(CoreGroupMeetingProcess.NEXT_MEETING_SECURE_VENUE, true);
    String ref = recorded("[]", record);

    forms.submitTaskForm(task(ref, TASK_CIRCULATE_MINUTES).getId(), Map.of(MINUTES, "Minutes: Amy's attendance improved."));

    List<MimeMessage> received = TestMailServer.to(mail, "helen.health@coregroup.example");
    assertThat(received).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("minutes of the meeting of"));
    MimeMessage minutes = received.stream().filter(m -> subject(m).contains("minutes of the meeting of")).findFirst().orElseThrow();
    byte[] pdf = TestMailServer.part(minutes, "application/pdf");
    assertThat(pdf).as("the family's copy attached").isNotNull();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Amy Example").contains("What we are worried about")
          .contains("Amy has missed school and meals").contains("Amy's attendance improved")
          .doesNotContain("Hidden Lane");
    }
    assertThat(TestMailServer.textPart(minutes)).contains("Minutes: Amy's attendance improved.");
  }

  @Test
  @DisplayName("R22, R31: an overdue action tells the key worker; the action stays with its owner")
  void overdueAction() {
    String ref = recorded("""
        [{"number": 1, "what": "Weekly home visit", "owner": "Helen Health", "deadline": "2025-05-01", "why": "Amy's weight",
          "assignee": "helen.health"}]""");
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

  /**
   * The follow-up of a meeting held on Thursday 2025-04-17 with the given actions, started as the
   * meeting starts it: by its start message with the case's and the meeting's values.
   */
  String recorded(String actions) {
    return recorded(actions, null);
  }

  /** The same, with the meeting's record as the meeting hands it on (null: none). */
  String recorded(String actions, Map<String, Object> meetingRecord) {
    today("2025-04-17");
    String ref = Cases.newReference();
    Map<String, Object> start = meetingVariables(ref, "national", "2025-04-17");
    start.put(MEETING_HELD_ON, "2025-04-17");
    start.put(ACTIONS, SpinValues.jsonValue(actions).create());
    start.put(MINUTES, "Core group meeting of 17 April 2025.");
    start.put(AGENCIES_TO_ESCALATE, List.of());
    if (meetingRecord != null) {
      start.put(MEETING_RECORD, SpinValues.jsonValue(org.coregroup.input.JsonLists.write(meetingRecord)).create());
    }
    runtime.createMessageCorrelation(MESSAGE_MEETING_RECORDED).processInstanceBusinessKey(ref).setVariables(start)
        .correlateStartMessage();
    return ref;
  }

  static Map<String, Object> meetingVariables(String ref, String policy, String date) {
    return MeetingRecords.meetingVariables(ref, policy, date);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
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
