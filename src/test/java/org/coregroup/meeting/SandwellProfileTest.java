package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejected;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.followup.CoreGroupFollowUpProcess;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sandwell profile against Sandwell's "Core Groups: Best Practice Guidance" [001]: Signs of
 * Safety at every meeting (past harm, the danger statement, the scale explained to the parents),
 * what the first meeting agrees (the rota, contact details and roles, the email group), who tells
 * the child, and an absent professional's report to the chair. Each from the sandwell row of
 * {@code LocalPolicyDecision}; the national profile is the contrast.
 */
@CoreGroupTest
class SandwellProfileTest {

  static final String CONTACTS_JSON = """
      [{"name": "Helen Health", "role": "Health visitor", "phone": "01234 567890", "email": ""},
       {"name": "Eddie School", "role": "Class teacher", "phone": "", "email": "eddie.school@coregroup.example"},
       {"name": "Jo Parent", "role": "Mother", "phone": "+44 7700 900123", "email": ""}]""";
  static final String ROTA_JSON = """
      [{"chair": "helen.health", "minuteTaker": "eddie.school"}, {"chair": "sarah.social", "minuteTaker": "helen.health"}]""";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired GreenMail mail;
  @LocalServerPort int port;
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

  /** A later meeting's record with everything sandwell asks at every meeting. */
  static Map<String, Object> signsOfSafety(String heldOn, String next) {
    Map<String, Object> record = MeetingRecords.held(heldOn, next);
    record.put(PAST_HARM, "Amy was left alone overnight in March");
    record.put(DANGER_STATEMENT, "If nothing changes Amy may be left alone again and hurt");
    record.put(SCALING_EXPLAINED, "true");
    record.put(CHILD_FEEDBACK_BY, "Helen Health");
    return record;
  }

  @Test
  @DisplayName("R20 sandwell [001]: \"Signs of Safety must be used in all statutory meetings\": past harm, the danger statement and whether the scale was explained to the parents are required (and why not, if not); elsewhere optional; a meeting that did not go ahead needs none")
  void signsOfSafetyAtEveryMeeting() {
    today("2025-04-10");
    ProcessInstance sandwell = meetings.start("sandwell", 2, "2025-04-17", null);
    ProcessInstance national = meetings.start("national", 2, "2025-04-17", null);
    ProcessInstance notHeld = meetings.start("sandwell", 2, "2025-04-17", null);
    today("2025-04-17");
    String id = meetings.task(sandwell, TASK_RECORD_MEETING).getId();

    InputRejected missing = rejected(() -> forms.submitTaskForm(id, MeetingRecords.held("2025-04-17", "2025-05-22")));
    assertThat(missing.problems()).extracting(InputRejected.Problem::field)
        .contains(PAST_HARM, DANGER_STATEMENT, SCALING_EXPLAINED, CHILD_FEEDBACK_BY);
    Map<String, Object> notExplained = signsOfSafety("2025-04-17", "2025-05-22");
    notExplained.put(SCALING_EXPLAINED, "false");
    rejectedNaming(SCALING_NOT_EXPLAINED_WHY, () -> forms.submitTaskForm(id, notExplained));
    assertThat(sandwell).isWaitingAt(TASK_RECORD_MEETING);

    notExplained.put(SCALING_NOT_EXPLAINED_WHY, "Mum left before the scaling; the social worker explains it at the next visit");
    forms.submitTaskForm(id, notExplained);
    forms.submitTaskForm(meetings.task(national, TASK_RECORD_MEETING).getId(), MeetingRecords.held("2025-04-17", "2025-05-22"));
    Map<String, Object> tooFew = MeetingRecords.held("2025-04-17", "2025-04-23");
    tooFew.put(TOO_FEW_TO_GO_AHEAD, true);
    tooFew.put(NOT_HELD_REASON, "Nobody from health or education could come");
    forms.submitTaskForm(meetings.task(notHeld, TASK_RECORD_MEETING).getId(), tooFew);

    assertThat(national).isEnded().hasPassed(END_EVENT);
    assertThat(notHeld).isEnded().hasPassed(END_EVENT_NOT_HELD);
    String minutes = (String) runtime.getVariable(meetings.task(sandwell, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)
        .getProcessInstanceId(), CoreGroupFollowUpProcess.MINUTES);
    assertThat(minutes).contains("Past harm:\nAmy was left alone overnight in March")
        .contains("The scale explained to the parents:\nNo: Mum left before the scaling")
        .contains("Who tells the child about the meeting:\nHelen Health");
  }

  @Test
  @DisplayName("R6 sandwell [001] \"At the first meeting\": the chair and minute-taker rota, every member's contact details and role, who sets up the email group; the rota then names who chairs and minutes each later meeting")
  void firstMeetingAgreements() {
    today("2025-12-15");
    String ref = meetings.open.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.plan("sandwell", "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    today("2025-12-30");
    Task first = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    assertThat(runtime.getVariable(first.getProcessInstanceId(), ASK_ROTA)).isEqualTo(true);

    // the contact list starts from the case's members: roles, but no telephone numbers yet
    InputRejected missing = rejected(() -> forms.submitTaskForm(first.getId(), signsOfSafety("2025-12-30", "2026-01-27")));
    assertThat(missing.problems()).extracting(InputRejected.Problem::field)
        .contains("memberContacts[1].phone", "memberContacts[3].phone");
    // what a meeting that went ahead must agree is asked once the quorum is decided (ADR 0030)
    Map<String, Object> withContacts = signsOfSafety("2025-12-30", "2026-01-27");
    withContacts.put(MEMBER_CONTACTS, PartnershipMeetings.json(CONTACTS_JSON));
    assertThat(rejected(() -> forms.submitTaskForm(first.getId(), withContacts)).problems())
        .extracting(InputRejected.Problem::field).contains(ROTA, EMAIL_GROUP_BY);

    Map<String, Object> record = signsOfSafety("2025-12-30", "2026-01-27");
    record.put(ROTA, PartnershipMeetings.json(ROTA_JSON.replace("\"helen.health\", \"minuteTaker\"", "\"olivia.outsider\", \"minuteTaker\"")));
    record.put(MEMBER_CONTACTS, PartnershipMeetings.json(CONTACTS_JSON.replace("01234 567890", "ring the surgery")));
    record.put(EMAIL_GROUP_BY, "Olivia Outsider");
    InputRejected wrong = rejected(() -> forms.submitTaskForm(first.getId(), record));
    assertThat(wrong.problems()).extracting(InputRejected.Problem::field)
        .containsExactlyInAnyOrder("rota[1].chair", "memberContacts[1].phone", EMAIL_GROUP_BY);
    assertThat(wrong.getMessage()).contains("Chair and minute-taker rota, row 1, Chair",
        "Contact details and roles, row 1, Telephone");

    record.put(ROTA, PartnershipMeetings.json(ROTA_JSON));
    record.put(MEMBER_CONTACTS, PartnershipMeetings.json(CONTACTS_JSON));
    record.put(EMAIL_GROUP_BY, "Eddie School");
    forms.submitTaskForm(first.getId(), record);

    String minutes = (String) runtime.getVariable(Cases.openTask(tasks, ref, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)
        .getProcessInstanceId(), CoreGroupFollowUpProcess.MINUTES);
    assertThat(minutes).contains("- Helen Health, Health visitor: 01234 567890")
        .contains("- Meeting 2: chaired by Helen Health, minutes by Eddie School")
        .contains("- Meeting 3: chaired by the key worker, minutes by Helen Health")
        .contains("Who sets up the professionals' email group:\nEddie School");
    // meeting 2: the rota's first line
    Task second = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    assertThat(second).isAssignedTo("eddie.school");
    assertThat(runtime.getVariable(second.getProcessInstanceId(), MEETING_CHAIR)).isEqualTo("helen.health");
    assertThat(runtime.getVariable(second.getProcessInstanceId(), ASK_ROTA)).isEqualTo(false);

    // meeting 2 names nobody for next time: meeting 3 is the rota's second line
    today("2026-01-27");
    forms.submitTaskForm(second.getId(), signsOfSafety("2026-01-27", "2026-02-24"));
    Task third = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    assertThat(third).isAssignedTo("helen.health");
    assertThat(runtime.getVariable(third.getProcessInstanceId(), MEETING_CHAIR)).isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("R6 sandwell [001], in bad faith: a rota sent over REST to a national case is checked like any other (an outsider as chair: 400), and a request that says the case asks no Signs of Safety changes nothing")
  void rotaAndFlagsCannotBeForged() throws Exception {
    today("2025-04-10");
    ProcessInstance national = meetings.start("national", 1, "2025-04-17", null);
    ProcessInstance sandwell = meetings.start("sandwell", 2, "2025-04-17", null);
    today("2025-04-17");
    String rota = """
        {"variables": {"meetingHeldOn": {"value": "2025-04-17"}, "nextMeetingDate": {"value": "2025-05-22"},
          "nextMeetingVenue": {"value": "Family hub"}, "worries": {"value": "w"}, "workingWell": {"value": "w"},
          "needsToHappen": {"value": "n"}, "safetyScale": {"value": 4, "type": "Integer"},
          "attendance": {"value": "[{\\"name\\":\\"Helen Health\\",\\"status\\":\\"present\\"},{\\"name\\":\\"Eddie School\\",\\"status\\":\\"present\\"},{\\"name\\":\\"Jo Parent\\",\\"status\\":\\"present\\"}]", "type": "Json"},
          "rota": {"value": "[{\\"chair\\":\\"olivia.outsider\\",\\"minuteTaker\\":\\"olivia.outsider\\"}]", "type": "Json"}}}""";

    HttpResponse<String> outsider = Http.rest(port, "sarah.social").call("POST",
        "/task/" + meetings.task(national, TASK_RECORD_MEETING).getId() + "/submit-form", rota);
    assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(400);
    assertThat(outsider.body()).contains("olivia.outsider").contains("is not the login of a member");

    String noPastHarm = rota.replace("\"rota\": {\"value\": \"[{\\\"chair\\\":\\\"olivia.outsider\\\",\\\"minuteTaker\\\":\\\"olivia.outsider\\\"}]\", \"type\": \"Json\"}",
        "\"askSignsOfSafety\": {\"value\": false}, \"childFeedbackBy\": {\"value\": \"Helen Health\"}");
    assertThat(noPastHarm).contains("askSignsOfSafety").doesNotContain("olivia");
    HttpResponse<String> noSignsOfSafety = Http.rest(port, "sarah.social").call("POST",
        "/task/" + meetings.task(sandwell, TASK_RECORD_MEETING).getId() + "/submit-form", noPastHarm);
    assertThat(noSignsOfSafety.statusCode()).as(noSignsOfSafety.body()).isEqualTo(400);
    assertThat(national).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(sandwell).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(runtime.getVariable(sandwell.getId(), ASK_SIGNS_OF_SAFETY)).isEqualTo(true);
  }

  @Test
  @DisplayName("R13 sandwell [001]: \"make sure a written report is sent to the Chair before the meeting\": an absent professional's report goes to the chair; the key worker hears of the apologies")
  void reportGoesToTheChair() throws Exception {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("sandwell", 2, "2025-04-17", Map.of(MEETING_CHAIR, "tom.manager"));
    Map<String, Object> reply = PartnershipMeetings.apologies("School trip");
    reply.put(REPORT, "Attendance 82%, improving; Amy is eating at breakfast club");
    TestMailServer.reset(mail);

    forms.submitTaskForm(meetings.confirm(meeting, "eddie.school").getId(), reply);

    assertThat(meetings.log(meeting.getId()))
        .anyMatch(e -> "tom.manager".equals(e.userId()) && e.what().contains("written report from Eddie School"))
        .anyMatch(e -> "sarah.social".equals(e.userId()) && e.what().contains("apologies from"));
    List<String> toChair = new java.util.ArrayList<>();
    for (var message : TestMailServer.to(mail, "tom.manager@coregroup.example")) {
      toChair.add(TestMailServer.textPart(message));
    }
    assertThat(toChair).anyMatch(body -> body != null && body.contains("Attendance 82%, improving"));
    List<String> toKeyWorker = new java.util.ArrayList<>();
    for (var message : TestMailServer.to(mail, "sarah.social@coregroup.example")) {
      toKeyWorker.add(TestMailServer.textPart(message));
    }
    assertThat(toKeyWorker).anyMatch(body -> body != null && body.contains("sent to the chair"))
        .noneMatch(body -> body != null && body.contains("82%"));
    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("Eddie School (Education): apologies (School trip); NO representative; written report received by the chair");
    assertThat((String) runtime.getVariable(meeting.getId(), ABSENCE_ASKS)).contains("a written report for the chair");
  }

  @Test
  @DisplayName("R6 sandwell [001]: the rota chairs and minute-takers are logins of the case; a later meeting has no rota to agree")
  void laterMeetingAgreesNoRota() {
    today("2025-04-10");
    ProcessInstance meeting = meetings.start("sandwell", 2, "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = new HashMap<>(signsOfSafety("2025-04-17", "2025-05-22"));

    forms.submitTaskForm(meetings.task(meeting, TASK_RECORD_MEETING).getId(), record);

    assertThat(meeting).isEnded().hasPassed(END_EVENT);
    assertThat(meetings.variable(meeting.getId(), ROTA)).isNull();
  }
}
