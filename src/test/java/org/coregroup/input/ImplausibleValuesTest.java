package org.coregroup.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;

/**
 * Attack family "impossible dates are accepted and acted on" (issue "Trust", finding 7): each is
 * a 400 whose message names the field as the form labels it, and nothing of it is kept.
 */
@CoreGroupTest
class ImplausibleValuesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @LocalServerPort int port;

  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    open.closeAll(runtime);
  }

  @Test
  @DisplayName("R1: an ICPC in year 1, more than a year ago or before the birth, an expected birth passed or years ahead, an email with a space: 400 each, no plan")
  void implausibleStarts() throws Exception {
    LocalDate icpc = LongRecordsTest.icpc();
    Map<String, Map<String, String>> attempts = Map.of(
        "0001-01-01", Map.of("icpcDate", "0001-01-01"),
        "more than a year ago", Map.of("icpcDate", icpc.minusYears(2).toString(), "childBirthDate", icpc.minusYears(6).toString()),
        "before the child was born", Map.of("childBirthDate", icpc.plusDays(1).minusYears(0).toString()),
        "has passed", Map.of("childBirthDate", "", "expectedBirthDate", LocalDate.now().minusDays(3).toString()),
        "months away", Map.of("childBirthDate", "", "expectedBirthDate", LocalDate.now().plusYears(5).toString()));
    for (var attempt : attempts.entrySet()) {
      String ref = open.add(Cases.newReference());
      HttpResponse<String> answer = startPlan(ref, attempt.getValue(), "helen.health@example.org");
      assertThat(answer.statusCode()).as(attempt.getKey() + ": " + answer.body()).isEqualTo(400);
      assertThat(LongRecordsTest.message(answer)).as(attempt.getKey()).contains(attempt.getKey().equals("0001-01-01")
          ? "not a plausible date" : attempt.getKey()).doesNotContain("ENGINE-");
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    }
    String ref = open.add(Cases.newReference());
    HttpResponse<String> email = startPlan(ref, Map.of(), "helen health@example.org");
    assertThat(email.statusCode()).as(email.body()).isEqualTo(400);
    assertThat(LongRecordsTest.message(email)).contains("Core group members, row 1, Email")
        .contains("is not an email address");
  }

  @Test
  @DisplayName("R19, R22: a meeting before the ICPC, an action due 9999-12-31 or in two years, a member listed twice: 400 naming each; the record task stays open")
  void implausibleMeetingRecord() throws Exception {
    String ref = open.add(Cases.newReference());
    LocalDate icpc = LongRecordsTest.icpc();
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("brent", icpc.toString())));
    String task = Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId();
    LocalDate today = LocalDate.now();
    String record = """
        {"meetingHeldOn": {"value": "%s"}, "nextMeetingDate": {"value": "%s"}, "nextMeetingTime": {"value": "10:00"},
         "nextMeetingVenue": {"value": "Family hub"}, "worries": {"value": "Missed meals"},
         "workingWell": {"value": "GP visits"}, "needsToHappen": {"value": "School every day"}, "safetyScale": {"value": 4},
         "attendance": {"type": "Json", "value": %s}, "actions": {"type": "Json", "value": %s}}""".formatted(
        icpc.minusDays(3), today.plusDays(14),
        JSON.writeValueAsString("[{\"name\":\"Helen Health\",\"status\":\"present\"},{\"name\":\"Helen Health\",\"status\":\"absent\"},"
            + "{\"name\":\"Eddie School\",\"status\":\"present\"},{\"name\":\"Jo Parent\",\"status\":\"present\"}]"),
        JSON.writeValueAsString("[{\"what\":\"Visit\",\"owner\":\"Helen Health\",\"deadline\":\"9999-12-31\",\"why\":\"Weight\"},"
            + "{\"what\":\"Visit\",\"owner\":\"Helen Health\",\"deadline\":\"" + today.plusYears(2) + "\",\"why\":\"Weight\"}]"));
    HttpResponse<String> answer = Http.tasklist(port, "sarah.social").submitTaskForm(task, record);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    String message = LongRecordsTest.message(answer);
    assertThat(message).contains("is before the ICPC").contains("listed more than once")
        .contains("after the plan's life")
        .doesNotContain("ENGINE-").doesNotContain("Cannot submit");
    assertThat(answer.body()).contains("actions[1].deadline", "actions[2].deadline", "attendance[2].name");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    assertThat(tasks.getVariable(task, CoreGroupMeetingProcess.MEETING_HELD_ON)).isNull();
  }

  HttpResponse<String> startPlan(String ref, Map<String, String> overrides, String email) throws Exception {
    LocalDate icpc = LongRecordsTest.icpc();
    Map<String, String> vars = new HashMap<>(Map.of(
        "caseReference", ref, "childName", "Amy Example", "childBirthDate", icpc.minusYears(6).toString(),
        "icpcDate", icpc.toString(), "localPolicy", "brent", "categoryOfAbuse", "NEG",
        "keyWorker", "sarah.social", "teamManager", "tom.manager", "conferenceChair", "carol.chair"));
    vars.putAll(overrides);
    vars.values().removeIf(String::isEmpty);
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> v : vars.entrySet()) {
      json.append(JSON.writeValueAsString(v.getKey())).append(": {\"value\": ").append(JSON.writeValueAsString(v.getValue())).append("}, ");
    }
    json.append("\"coreGroupMembers\": {\"type\": \"Json\", \"value\": ").append(JSON.writeValueAsString(
        "[{\"name\": \"Helen Health\", \"agency\": \"health\", \"userId\": \"helen.health\", \"email\": \"" + email + "\"}]")).append("}}");
    return Http.rest(port, "sarah.social").submitStartForm(ChildProtectionPlanProcess.KEY, json.toString());
  }
}
