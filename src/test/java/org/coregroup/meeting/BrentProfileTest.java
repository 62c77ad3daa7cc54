package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.followup.CoreGroupFollowUpProcess;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The brent profile against Brent LSCB's Core Group Policy [004], clause by clause: who chairs
 * (4.1), who circulates the minutes (4.2), what an absent professional sends (4.6), a move at
 * short notice (4.7) and the core group before a review (3.7). Each behaviour comes from the
 * brent row of {@code LocalPolicyDecision}; the national profile is the contrast.
 */
@CoreGroupTest
class BrentProfileTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @LocalServerPort int port;
  PartnershipMeetings meetings;

  @BeforeEach
  void init() {
    meetings = new PartnershipMeetings(runtime, tasks, history);
  }

  @AfterEach
  void close() {
    meetings.open.closeAll(runtime);
  }

  @Test
  @DisplayName("R5 brent [004 4.1]: \"Core Groups will be chaired by Brent Social Care\": a health visitor as the next chair is refused; the key worker and team manager are not; elsewhere any member may chair")
  void chairedByChildrensSocialCare() {
    today("2025-04-10");
    ProcessInstance brent = meetings.start("brent", 2, "2025-04-17", null);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-22");
    record.put(NEXT_CHAIR, "helen.health");

    var refused = rejectedNaming(NEXT_CHAIR, () -> forms.submitTaskForm(meetings.task(brent, TASK_RECORD_MEETING).getId(), record));
    assertThat(refused.getMessage()).contains("chaired by children's social care", "Helen Health")
        .doesNotContain("helen.health");
    assertThat(brent).isWaitingAt(TASK_RECORD_MEETING);
    forms.submitTaskForm(meetings.task(national, TASK_RECORD_MEETING).getId(), record);
    assertThat(national).isEnded();

    record.put(NEXT_CHAIR, "tom.manager");
    forms.submitTaskForm(meetings.task(brent, TASK_RECORD_MEETING).getId(), record);
    assertThat(brent).isEnded();
    assertThat(meetings.variable(brent.getId(), NEXT_CHAIR)).isEqualTo("tom.manager");
  }

  @Test
  @DisplayName("R21 brent [004 4.2]: \"The social worker will take responsibility for distributing these minutes\": the key worker circulates them, not the minute-taker, and is the one reminded; elsewhere the minute-taker")
  void keyWorkerCirculatesMinutes() {
    today("2025-04-10");
    Map<String, Object> helenTakesMinutes = Map.of(MINUTE_TAKER, "helen.health");
    ProcessInstance brent = meetings.start("brent", 2, "2025-04-17", helenTakesMinutes);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", helenTakesMinutes);
    today("2025-04-17");
    assertThat(meetings.task(brent, TASK_RECORD_MEETING)).isAssignedTo("helen.health");
    forms.submitTaskForm(meetings.task(brent, TASK_RECORD_MEETING).getId(), MeetingRecords.held("2025-04-17", "2025-05-22"));
    forms.submitTaskForm(meetings.task(national, TASK_RECORD_MEETING).getId(), MeetingRecords.held("2025-04-17", "2025-05-22"));

    assertThat(meetings.task(brent, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)).isAssignedTo("sarah.social")
        .hasDueDate(endOf("2025-04-28"));
    assertThat(meetings.task(national, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)).isAssignedTo("helen.health");

    // the minutes are late: the one who circulates them is reminded
    var followUp = meetings.task(brent, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES).getProcessInstanceId();
    management.executeJob(management.createJobQuery().processInstanceId(followUp)
        .activityId(CoreGroupFollowUpProcess.BOUNDARY_MINUTES_OVERDUE).singleResult().getId());
    assertThat(meetings.log(followUp)).anyMatch(e -> e.what().contains("minutes overdue") && "sarah.social".equals(e.userId()))
        .noneMatch(e -> e.what().contains("minutes overdue") && "helen.health".equals(e.userId()));
  }

  @Test
  @DisplayName("R13 brent [004 4.6]: \"send a written report or well informed representative\": apologies alone are refused; a report will do, or a representative confirmed as briefed; elsewhere apologies alone")
  void reportOrWellInformedRepresentative() {
    today("2025-04-10");
    ProcessInstance brent = meetings.start("brent", 2, "2025-04-17", null);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", null);
    String eddie = meetings.confirm(brent, "eddie.school").getId();
    String helen = meetings.confirm(brent, "helen.health").getId();

    rejectedNaming(REPORT, () -> forms.submitTaskForm(eddie, PartnershipMeetings.apologies("School trip")));
    Map<String, Object> representative = PartnershipMeetings.apologies("School trip");
    representative.put(REPRESENTATIVE, "Ms Head, deputy head");
    rejectedNaming(REPRESENTATIVE_BRIEFED, () -> forms.submitTaskForm(eddie, representative));
    assertThat(tasks.createTaskQuery().taskId(eddie).count()).isEqualTo(1);

    representative.put(REPRESENTATIVE_BRIEFED, true);
    forms.submitTaskForm(eddie, representative);
    Map<String, Object> report = PartnershipMeetings.apologies("Clinic");
    report.put(REPORT, "Weight is up; two missed appointments");
    forms.submitTaskForm(helen, report);
    forms.submitTaskForm(meetings.confirm(national, "eddie.school").getId(), PartnershipMeetings.apologies("School trip"));

    assertThat((String) runtime.getVariable(brent.getId(), MEETING_BRIEFING))
        .contains("Eddie School (Education): apologies (School trip); representative: Ms Head, deputy head (briefed)")
        .contains("Helen Health (Health): apologies (Clinic); NO representative; written report received by the key worker");
    assertThat((String) runtime.getVariable(brent.getId(), ABSENCE_ASKS))
        .isEqualTo("If you cannot come, send written apologies and either a written report for the key worker before"
            + " the meeting or a representative from your agency who is fully briefed.");
  }

  @Test
  @DisplayName("R17 brent [004 4.7]: \"they must give 3 working days notice\": a move at shorter notice is refused with the way on (record it as not held, re-arrange), not put to the team manager; with the notice it moves")
  void shortNoticeMoveRefused() throws Exception {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> plan = PlanCases.plan("brent", "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    meetings.open.add(ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .singleResult();
    String move = """
        {"caseReference": {"value": "%s"}, "newMeetingDate": {"value": "%s"}, "newMeetingTime": {"value": "14:00"},
         "newMeetingEndTime": {"value": "15:30"}, "moveReason": {"value": "The teacher is on a course"}}""";
    // Monday 22 December 2025: the first core group, due by Wednesday 31 December, moves with notice to Tuesday 6 January
    today("2025-12-22");
    HttpResponse<String> moved = Http.rest(port, "sarah.social").submitStartForm(MoveMeetingProcess.KEY,
        move.formatted(ref, "2026-01-06"));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(runtime.getVariable(meeting.getId(), MEETING_DATE)).isEqualTo("2026-01-06");

    // Monday 5 January 2026: the meeting is tomorrow, less than 3 working days away
    today("2026-01-05");
    HttpResponse<String> refused = Http.rest(port, "sarah.social").submitStartForm(MoveMeetingProcess.KEY,
        move.formatted(ref, "2026-01-13"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("3 working days' notice", "Tuesday 6 January 2026", "record it as not held");
    assertThat(runtime.getVariable(meeting.getId(), MEETING_DATE)).isEqualTo("2026-01-06");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_APPROVE_MOVE).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MoveMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("R10 brent [004 3.7]: the core group before a review records what will be shared and what will be recommended; a meeting whose next one is still before the review does not; elsewhere no such record")
  void beforeTheReview() {
    today("2025-04-10");
    Map<String, Object> review = Map.of(NEXT_REVIEW_DUE, endOf("2025-05-01"));
    ProcessInstance brent = meetings.start("brent", 3, "2025-04-17", review);
    ProcessInstance national = meetings.start("national", 3, "2025-04-17", review);
    ProcessInstance earlier = meetings.start("brent", 3, "2025-04-17", Map.of(NEXT_REVIEW_DUE, endOf("2025-06-26")));
    today("2025-04-17");
    // the next meeting, Thursday 8 May 2025, is after the review conference due by Thursday 1 May 2025
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-08");

    rejectedNaming(REVIEW_SHARED, () -> forms.submitTaskForm(meetings.task(brent, TASK_RECORD_MEETING).getId(), record));
    forms.submitTaskForm(meetings.task(national, TASK_RECORD_MEETING).getId(), record);
    forms.submitTaskForm(meetings.task(earlier, TASK_RECORD_MEETING).getId(), MeetingRecords.held("2025-04-17", "2025-05-22"));
    assertThat(national).isEnded();
    assertThat(earlier).isEnded();

    Map<String, Object> shared = new HashMap<>(record);
    shared.put(REVIEW_SHARED, "School attendance up to 92%; two home visits missed");
    shared.put(REVIEW_RECOMMENDATION, "The plan continues for three months");
    forms.submitTaskForm(meetings.task(brent, TASK_RECORD_MEETING).getId(), shared);
    String minutes = (String) runtime.getVariable(meetings.task(brent, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)
        .getProcessInstanceId(), CoreGroupFollowUpProcess.MINUTES);
    assertThat(minutes).contains("What will be shared with the review conference:\nSchool attendance up to 92%")
        .contains("What the core group will recommend to the review conference:\nThe plan continues for three months");
  }

  @Test
  @DisplayName("R10 brent [004 3.7]: the plan tells each meeting when the review conference is due")
  void planPassesTheReviewDate() {
    today("2025-12-15");
    String ref = meetings.open.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.plan("brent", "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .singleResult();

    assertThat(runtime.getVariable(meeting.getId(), NEXT_REVIEW_DUE)).isEqualTo(endOf("2026-03-15"));
  }
}
