package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejected;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.input.InputRejected;
import org.coregroup.notification.TestMailServer;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The south-east-wales profile against "Tips for Multi-Agency Core Group members" [003]: a
 * representative confirmed as briefed, the core group appointing its chair (and the product saying
 * when the key worker also chairs), and what the first meeting agrees: contact with the child and
 * family, and a contingency plan. Each from the south-east-wales row of {@code LocalPolicyDecision}.
 */
@CoreGroupTest
class SouthEastWalesProfileTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail mail;
  PartnershipMeetings meetings;

  @BeforeEach
  void init() {
    meetings = new PartnershipMeetings(runtime, tasks, history);
    TestMailServer.reset(mail);
  }

  @AfterEach
  void close() {
    meetings.open.closeAll(runtime);
  }

  static Map<String, Object> appointed(Map<String, Object> record) {
    record.put(NEXT_CHAIR, "tom.manager");
    return record;
  }

  @Test
  @DisplayName("R13 south-east-wales [003]: \"If you cannot attend you should send a representative from your agency. This person must be appropriately briefed\": a representative is needed, confirmed as briefed; a report is optional")
  void briefedRepresentative() {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("south-east-wales", 2, "2025-04-17", null);
    String eddie = meetings.confirm(meeting, "eddie.school").getId();
    Map<String, Object> reply = PartnershipMeetings.apologies("School trip");
    reply.put(REPORT, "Attendance 82%");

    rejectedNaming(REPRESENTATIVE, () -> forms.submitTaskForm(eddie, reply));
    reply.put(REPRESENTATIVE, "Ms Head, deputy head");
    rejectedNaming(REPRESENTATIVE_BRIEFED, () -> forms.submitTaskForm(eddie, reply));
    reply.put(REPRESENTATIVE_BRIEFED, "true");
    reply.remove(REPORT);
    forms.submitTaskForm(eddie, reply);

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("Eddie School (Education): apologies (School trip); representative: Ms Head, deputy head (briefed)");
    assertThat(runtime.getVariable(meeting.getId(), ASK_REPRESENTATIVE_BRIEFED)).isEqualTo(true);
    assertThat(runtime.getVariable(meeting.getId(), ASK_REPRESENTATIVE_SENIOR)).isEqualTo(false);
  }

  @Test
  @DisplayName("R5 south-east-wales [003] \"Appoint a Chairperson\": the core group names the chair of its next meeting; the key worker may be named, and the chair's briefing then says good practice keeps key working and chairing apart; elsewhere no such note")
  void coreGroupAppointsItsChair() throws Exception {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("south-east-wales", 2, "2025-04-17", null);
    today("2025-04-17");
    rejectedNaming(NEXT_CHAIR, () -> forms.submitTaskForm(meetings.task(meeting, TASK_RECORD_MEETING).getId(),
        MeetingRecords.held("2025-04-17", "2025-05-22")));
    Map<String, Object> keyWorker = MeetingRecords.held("2025-04-17", "2025-05-22");
    keyWorker.put(NEXT_CHAIR, "sarah.social");
    forms.submitTaskForm(meetings.task(meeting, TASK_RECORD_MEETING).getId(), keyWorker);
    assertThat(meetings.variable(meeting.getId(), NEXT_CHAIR)).isEqualTo("sarah.social");

    // the next meeting, chaired by the key worker: the chair's briefing says so when it starts
    today("2025-05-15");
    ProcessInstance chairedByKeyWorker = meetings.start("south-east-wales", 3, "2025-05-22", null);
    ProcessInstance national = meetings.start("national", 3, "2025-05-22", null);
    TestMailServer.reset(mail);
    today("2025-05-22");
    for (ProcessInstance started : List.of(chairedByKeyWorker, national)) {
      management.executeJob(management.createJobQuery().processInstanceId(started.getId())
          .activityId(BOUNDARY_MEETING_STARTS).singleResult().getId());
    }
    List<String> briefings = new ArrayList<>();
    for (MimeMessage m : TestMailServer.to(mail, "sarah.social@coregroup.example")) {
      if (m.getSubject().contains("briefing for the chair")) {
        briefings.add(TestMailServer.textPart(m));
      }
    }
    assertThat(briefings).hasSize(2)
        .filteredOn(text -> text.contains("The key worker also chairs this meeting: good practice keeps key working and chairing apart"))
        .hasSize(1);
  }

  @Test
  @DisplayName("R6 south-east-wales [003]: the first core group agrees how often the child and family are seen and by whom, and a contingency plan if the family does not co-operate; later meetings need not")
  void firstMeetingAgreesContactAndContingency() {
    today("2025-04-10");
    ProcessInstance first = meetings.start("south-east-wales", 1, "2025-04-17", null);
    ProcessInstance later = meetings.start("south-east-wales", 2, "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = appointed(MeetingRecords.held("2025-04-17", "2025-05-22"));

    InputRejected missing = rejected(() -> forms.submitTaskForm(meetings.task(first, TASK_RECORD_MEETING).getId(), record));
    assertThat(missing.problems()).extracting(InputRejected.Problem::field)
        .containsExactlyInAnyOrder(CONTACT_WITH_FAMILY, CONTINGENCY_PLAN);
    forms.submitTaskForm(meetings.task(later, TASK_RECORD_MEETING).getId(), record);
    assertThat(later).isEnded();

    record.put(CONTACT_WITH_FAMILY, "Health visitor weekly at home; social worker fortnightly, Amy alone");
    record.put(CONTINGENCY_PLAN, "If visits are refused twice, a strategy discussion and a legal planning meeting");
    forms.submitTaskForm(meetings.task(first, TASK_RECORD_MEETING).getId(), record);
    String minutes = (String) runtime.getVariable(meetings.task(first, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)
        .getProcessInstanceId(), CoreGroupFollowUpProcess.MINUTES);
    assertThat(minutes).contains("How often the child and family are seen, and by whom:\nHealth visitor weekly")
        .contains("If the family does not co-operate (contingency plan):\nIf visits are refused twice");
  }
}
