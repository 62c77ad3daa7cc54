package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejected;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.input.InputRejected;
import org.coregroup.notification.TestMailServer;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bedfordshire profile against Bedfordshire LSCB's "Core Groups - Guidance for professionals"
 * [000]: what a professional who cannot attend MUST do (all three), who chairs the later core
 * groups, and the re-arrangement of a meeting that did not go ahead through the key worker's
 * manager. Each from the bedfordshire row of {@code LocalPolicyDecision}; national is the contrast.
 */
@CoreGroupTest
class BedfordshireProfileTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired GreenMail mail;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
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

  @Test
  @DisplayName("R13 bedfordshire [000] \"you/your Manager MUST\": a fully briefed manager or senior colleague in your place, a written report in advance and written apologies, all three; elsewhere apologies alone")
  void allThreeWhenYouCannotAttend() throws Exception {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("bedfordshire", 2, "2025-04-17", null);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", null);
    String eddie = meetings.confirm(meeting, "eddie.school").getId();

    InputRejected alone = rejected(() -> forms.submitTaskForm(eddie, PartnershipMeetings.apologies("School trip")));
    assertThat(alone.problems()).extracting(InputRejected.Problem::field).containsExactlyInAnyOrder(REPRESENTATIVE, REPORT);
    Map<String, Object> reply = PartnershipMeetings.apologies("School trip");
    reply.put(REPRESENTATIVE, "Ms Head, deputy head");
    reply.put(REPORT, "Attendance 82%, improving");
    InputRejected unconfirmed = rejected(() -> forms.submitTaskForm(eddie, reply));
    assertThat(unconfirmed.problems()).extracting(InputRejected.Problem::field)
        .containsExactlyInAnyOrder(REPRESENTATIVE_BRIEFED, REPRESENTATIVE_SENIOR);
    assertThat(unconfirmed.getMessage()).contains("My representative has been fully briefed",
        "My representative is my manager or a senior colleague");
    assertThat(tasks.createTaskQuery().taskId(eddie).count()).isEqualTo(1);

    reply.put(REPRESENTATIVE_BRIEFED, true);
    reply.put(REPRESENTATIVE_SENIOR, true);
    forms.submitTaskForm(eddie, reply);
    forms.submitTaskForm(meetings.confirm(national, "eddie.school").getId(), PartnershipMeetings.apologies("School trip"));

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING)).contains(
        "Eddie School (Education): apologies (School trip); representative: Ms Head, deputy head (briefed); written report received by the key worker");
    assertThat((String) runtime.getVariable(meeting.getId(), ABSENCE_ASKS)).isEqualTo("If you cannot come, send written"
        + " apologies, a representative from your agency who is your manager or a senior colleague and fully briefed, and a"
        + " written report for the key worker before the meeting.");
    // the invitation says the same
    assertThat(TestMailServer.textPart(TestMailServer.to(mail, "eddie.school@coregroup.example").get(0)))
        .contains("who is your manager or a senior colleague and fully briefed");
  }

  @Test
  @DisplayName("R5 bedfordshire [000] \"Chaired\": later core groups by the key worker or their manager, another member only if delegated by agreement; elsewhere any member")
  void laterMeetingsChairedByKeyWorkerOrManager() {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("bedfordshire", 2, "2025-04-17", null);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-22");
    record.put(NEXT_CHAIR, "helen.health");

    InputRejected refused = rejectedNaming(NEXT_CHAIR,
        () -> forms.submitTaskForm(meetings.task(meeting, TASK_RECORD_MEETING).getId(), record));
    assertThat(refused.getMessage()).contains("key worker or their manager", "Helen Health chairs only if the core group agreed");
    forms.submitTaskForm(meetings.task(national, TASK_RECORD_MEETING).getId(), record);
    assertThat(national).isEnded();

    record.put(CHAIR_DELEGATED, true);
    forms.submitTaskForm(meetings.task(meeting, TASK_RECORD_MEETING).getId(), record);
    assertThat(meeting).isEnded();
    assertThat(meetings.variable(meeting.getId(), NEXT_CHAIR)).isEqualTo("helen.health");
  }

  @Test
  @DisplayName("R15 bedfordshire [000] \"Ensure re-arrangement of a Core Group via their manager\": a meeting that did not go ahead goes to the team manager, who confirms or changes the date within the working days the rules allow; elsewhere the chair's date stands")
  void rearrangedThroughTheManager() throws Exception {
    String ref = plan("bedfordshire");
    String national = plan("national");
    today("2025-12-30");
    Map<String, Object> notHeld = MeetingRecords.held("2025-12-30", "2026-01-05");
    notHeld.put(TOO_FEW_TO_GO_AHEAD, true);
    notHeld.put(NOT_HELD_REASON, "Neither health nor education could come");
    TestMailServer.reset(mail);
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_MEETING).getId(), notHeld);
    forms.submitTaskForm(Cases.openTask(tasks, national, TASK_RECORD_MEETING).getId(), notHeld);

    // the chair's date stands elsewhere; here the team manager decides within 1 working day (product default)
    assertThat(Cases.openTask(tasks, national, TASK_RECORD_MEETING)).hasDueDate(endOf("2026-01-05"));
    Task rearrange = Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_REARRANGE_MEETING);
    assertThat(rearrange).isAssignedTo("tom.manager").hasDueDate(endOf("2025-12-31"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_RECORD_MEETING).count()).isZero();
    assertThat(TestMailServer.textPart(TestMailServer.to(mail, "helen.health@coregroup.example").get(0)))
        .contains("The team manager re-arranges it; the chair proposed Monday 5 January 2026");

    // 5 working days after Tuesday 30 December 2025 (New Year's Day): Wednesday 7 January 2026
    Map<String, Object> later = new HashMap<>(Map.of(ChildProtectionPlanProcess.NEXT_MEETING_DATE, "2026-01-08",
        ChildProtectionPlanProcess.NEXT_MEETING_VENUE, "Family hub"));
    rejectedNaming(ChildProtectionPlanProcess.NEXT_MEETING_DATE, () -> forms.submitTaskForm(rearrange.getId(), later));
    later.put(ChildProtectionPlanProcess.NEXT_MEETING_DATE, "2026-01-07");
    later.put(ChildProtectionPlanProcess.NEXT_MEETING_TIME, "14:00");
    later.put(ChildProtectionPlanProcess.NEXT_MEETING_END_TIME, "15:30");
    forms.submitTaskForm(rearrange.getId(), later);

    Task next = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    assertThat(next).hasDueDate(endOf("2026-01-07"));
    assertThat(runtime.getVariable(next.getProcessInstanceId(), MEETING_DATE)).isEqualTo("2026-01-07");
    assertThat(runtime.getVariable(next.getProcessInstanceId(), MEETING_START_TIME)).isEqualTo("14:00");
    assertThat(runtime.getVariable(next.getProcessInstanceId(), MEETING_CHAIR)).isEqualTo("tom.manager");
  }

  @Test
  @DisplayName("R15 bedfordshire [000], R23: the re-arrangement is the team manager's: a member of the case, an outsider and a request that widens the rules' limit are refused; the task and the case stay as they were")
  void rearrangementIsTheManagers() throws Exception {
    String ref = plan("bedfordshire");
    today("2025-12-30");
    Map<String, Object> notHeld = MeetingRecords.held("2025-12-30", "2026-01-05");
    notHeld.put(TOO_FEW_TO_GO_AHEAD, true);
    notHeld.put(NOT_HELD_REASON, "Neither health nor education could come");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_MEETING).getId(), notHeld);
    Task rearrange = Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_REARRANGE_MEETING);
    String path = "/task/" + rearrange.getId() + "/submit-form";
    String body = """
        {"variables": {"nextMeetingDate": {"value": "2026-01-20"}, "nextMeetingVenue": {"value": "Family hub"}%s}}""";

    HttpResponse<String> member = Http.rest(port, "helen.health").call("POST", path, body.formatted(""));
    HttpResponse<String> outsider = Http.rest(port, "olivia.outsider").call("POST", path, body.formatted(""));
    HttpResponse<String> widened = Http.rest(port, "tom.manager").call("POST", path,
        body.formatted(", \"rearrangeBy\": {\"value\": \"2026-01-31\"}"));
    HttpResponse<String> tooLate = Http.rest(port, "tom.manager").call("POST", path, body.formatted(""));

    assertThat(member.statusCode()).as(member.body()).isIn(403, 404);
    assertThat(outsider.statusCode()).as(outsider.body()).isIn(403, 404);
    assertThat(widened.statusCode()).as(widened.body()).isEqualTo(400);
    assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(400);
    assertThat(tooLate.body()).contains("Wednesday 7 January 2026");
    assertThat(Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_REARRANGE_MEETING).getId()).isEqualTo(rearrange.getId());
    assertThat(runtime.getVariable(rearrange.getProcessInstanceId(), ChildProtectionPlanProcess.REARRANGE_BY)).isEqualTo("2026-01-07");
  }

  private String plan(String policy) {
    today("2025-12-15");
    String ref = meetings.open.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.plan(policy, "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    return ref;
  }
}
