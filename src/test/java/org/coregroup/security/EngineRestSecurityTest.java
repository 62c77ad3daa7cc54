package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;

/**
 * The engine REST API as an integration or Camunda Modeler meets it: authenticated against
 * Camunda's users, authorized per user, refusing bad input with 400 and keeping nothing (R23).
 */
@CoreGroupTest
class EngineRestSecurityTest {

  /** The key worker also has the meeting's other tasks (R13, R14): look at the record. */
  static final String RECORD_MEETING = "&taskDefinitionKey=" + org.coregroup.meeting.CoreGroupMeetingProcess.TASK_RECORD_MEETING;

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  @DisplayName("Anonymous and wrong-password requests get 401")
  void authenticationRequired() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    // another user than the others tests use: Camunda delays a user's next login after a failed one
    assertThat(get("/engine-rest/task", "paul.police:wrong").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", "sarah.social:Demo-pass-1").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("The webapps' own API needs their login; the H2 console is not there")
  void webappsAndConsole() throws Exception {
    assertThat(get("/camunda/api/engine/engine/default/process-definition", null).statusCode()).isEqualTo(401);
    assertThat(get("/h2-console", null).statusCode()).isEqualTo(404);
    assertThat(get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("A start refused by the rules is a 400 naming the field, and creates nothing")
  void refusedStartIs400() throws Exception {
    String ref = Cases.newReference();
    HttpResponse<String> response = post("/engine-rest/process-definition/key/ChildProtectionPlanProcess/start",
        "sarah.social:Demo-pass-1", startBody(ref, "2025-12-13"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("message").asText()).contains("Date of the conference (ICPC)").contains("is a Saturday").doesNotContain("icpcDate");
    assertThat(body.get("problems").get(0).get("field").asText()).isEqualTo("icpcDate");
    assertThat(count("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + ref, "admin:Demo-pass-1"))
        .isZero();
  }

  @Test
  @DisplayName("R23: a case is visible to its own members only; a health visitor outside it sees nothing")
  void caseVisibleToMembersOnly() throws Exception {
    String ref = Cases.newReference();
    HttpResponse<String> started = post("/engine-rest/process-definition/key/ChildProtectionPlanProcess/start",
        "sarah.social:Demo-pass-1", startBody(ref, lastMonday().toString()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    String byKey = "/engine-rest/process-instance/count?businessKey=" + ref;
    // the plan, its first core group meeting and its monitoring
    assertThat(count(byKey, "sarah.social:Demo-pass-1")).isEqualTo(3);
    assertThat(count(byKey, "helen.health:Demo-pass-1")).isEqualTo(3);
    assertThat(count(byKey, "tom.manager:Demo-pass-1")).isEqualTo(3);
    assertThat(count(byKey, "olivia.outsider:Demo-pass-1")).isZero();
    assertThat(count("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + ref,
        "olivia.outsider:Demo-pass-1")).isZero();
    assertThat(count("/engine-rest/task/count?processInstanceBusinessKey=" + ref, "olivia.outsider:Demo-pass-1")).isZero();
    assertThat(count("/engine-rest/task/count?processInstanceBusinessKey=" + ref + RECORD_MEETING, "sarah.social:Demo-pass-1"))
        .isEqualTo(1);
    assertThat(count("/engine-rest/task/count?processInstanceBusinessKey=" + ref, "carol.chair:Demo-pass-1")).isEqualTo(1);
  }

  @Test
  @DisplayName("Only children's social care may start a plan: to a health visitor the process is not even there")
  void onlyKeyWorkersStartPlans() throws Exception {
    String ref = Cases.newReference();
    HttpResponse<String> response = post("/engine-rest/process-definition/key/ChildProtectionPlanProcess/start",
        "olivia.outsider:Demo-pass-1", startBody(ref, lastMonday().toString()));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(count("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + ref, "admin:Demo-pass-1"))
        .isZero();
  }

  @Test
  @DisplayName("A task form refused by the rules is a 400 naming the field; the task stays open")
  void refusedTaskFormIs400() throws Exception {
    String ref = Cases.newReference();
    LocalDate icpc = lastMonday();
    post("/engine-rest/process-definition/key/ChildProtectionPlanProcess/start", "sarah.social:Demo-pass-1",
        startBody(ref, icpc.toString()));
    JsonNode task = JSON.readTree(get("/engine-rest/task?processInstanceBusinessKey=" + ref + RECORD_MEETING,
        "sarah.social:Demo-pass-1").body()).get(0);
    String submit = "/engine-rest/task/" + task.get("id").asText() + "/submit-form";
    String body = """
        {"variables": {"meetingHeldOn": {"value": "%s"}, "nextMeetingDate": {"value": "%s"},
                       "nextMeetingVenue": {"value": "Family hub"}}}""".formatted(icpc, icpc.minusDays(1));

    HttpResponse<String> response = post(submit, "sarah.social:Demo-pass-1", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("nextMeetingDate");
    assertThat(count("/engine-rest/task/count?processInstanceBusinessKey=" + ref + RECORD_MEETING, "sarah.social:Demo-pass-1"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("Practitioners open Tasklist with the shared filters, sorted by due date")
  void sharedFilters() throws Exception {
    JsonNode filters = JSON.readTree(get("/engine-rest/filter", "eddie.school:Demo-pass-1").body());
    assertThat(filters.findValuesAsText("name")).contains("My tasks", "Overdue", "Due this week");
    assertThat(filters.get(0).get("query").get("sorting").get(0).get("sortBy").asText()).isEqualTo("dueDate");
  }

  static String startBody(String ref, String icpcDate) {
    return """
        {"businessKey": "%s", "variables": {
          "childName": {"value": "Amy Rest"}, "childBirthDate": {"value": "2019-03-04"},
          "icpcDate": {"value": "%s"}, "localPolicy": {"value": "brent"}, "categoryOfAbuse": {"value": "NEG"},
          "keyWorker": {"value": "sarah.social"}, "teamManager": {"value": "tom.manager"},
          "conferenceChair": {"value": "carol.chair"},
          "coreGroupMembers": {"type": "Json", "value": "[{\\"name\\": \\"Helen Health\\", \\"agency\\": \\"health\\", \\"userId\\": \\"helen.health\\"}, {\\"name\\": \\"Jo Parent\\", \\"agency\\": \\"family\\"}]"}}}
        """.formatted(ref, icpcDate);
  }

  /** A recent weekday conference date, so the start is valid on whatever day the test runs. */
  static LocalDate lastMonday() {
    return LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  long count(String path, String user) throws Exception {
    HttpResponse<String> response = get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("count").asLong();
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return Http.basic(port, user).get(path);
  }

  HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
    return Http.basic(port, user).send("POST", path, body);
  }
}
