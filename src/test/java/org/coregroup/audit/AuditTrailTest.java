package org.coregroup.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;

/**
 * The audit trail over HTTP, as members, outsiders and administrators meet it: every look at and
 * change of a case by a person is recorded with who, when, which case and what; only
 * administrators read it; nothing in the product can change a row (UK GDPR accountability,
 * Caldicott need-to-know).
 */
@CoreGroupTest
class AuditTrailTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "admin:Demo-pass-1";
  static final String SARAH = "sarah.social:Demo-pass-1";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditRetention retention;

  @Test
  @DisplayName("R23: a member reading a case and completing a task through REST is recorded with her name, the case and what she did")
  void readAndCompletionRecorded() throws Exception {
    String ref = newCase();
    assertThat(trail(ref)).as("the product's own work (starting the case) is not a person's").isEmpty();
    String taskId = familyAttendanceTask(ref);

    assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + ref, SARAH).statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/task/" + taskId + "/form-variables", SARAH).statusCode()).isEqualTo(200);
    HttpResponse<String> completed = post("/engine-rest/task/" + taskId + "/submit-form", SARAH, """
        {"variables": {"childAttending": {"value": true}, "familyAttending": {"value": true}}}""");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    List<JsonNode> rows = trail(ref);
    assertThat(rows).extracting(r -> r.get("userId").asText()).containsOnly("sarah.social");
    assertThat(rows).extracting(r -> r.get("channel").asText()).containsOnly("REST");
    assertThat(rows).extracting(r -> r.get("action").asText() + " " + r.get("what").asText() + " " + r.get("status").asInt())
        .containsExactly(
            "READ searched /task 200",
            "READ read form-variables of task 'Record family attendance' 200",
            "CHANGE completed task 'Record family attendance'; fields: childAttending, familyAttending 204");
    ZonedDateTime at = ZonedDateTime.parse(rows.get(2).get("at").asText());
    assertThat(at).isBetween(ZonedDateTime.now().minusMinutes(5), ZonedDateTime.now().plusSeconds(5));
    assertThat(userTrail("sarah.social")).anyMatch(r -> r.get("caseReference").asText().equals(ref)
        && r.get("what").asText().startsWith("completed task 'Record family attendance'"));
  }

  @Test
  @DisplayName("R23: an outsider trying a case's task is refused, the task stays hidden, and the attempt is recorded against the case")
  void outsiderAttemptRecorded() throws Exception {
    String ref = newCase();
    String taskId = familyAttendanceTask(ref);

    HttpResponse<String> tried = get("/engine-rest/task/" + taskId + "/variables", "olivia.outsider:Demo-pass-1");

    assertThat(tried.statusCode()).isIn(403, 404);
    assertThat(tried.body()).doesNotContain("Amy Example");
    assertThat(trail(ref)).singleElement().satisfies(row -> {
      assertThat(row.get("userId").asText()).isEqualTo("olivia.outsider");
      assertThat(row.get("what").asText()).isEqualTo("read variables of task 'Record family attendance'");
      assertThat(row.get("status").asInt()).isEqualTo(tried.statusCode());
    });
  }

  @Test
  @DisplayName("A task opened in Tasklist is recorded as read through Tasklist by the logged-in person")
  void tasklistReadRecorded() throws Exception {
    String ref = newCase();
    String taskId = familyAttendanceTask(ref);
    Http sarah = Http.tasklist(port, "sarah.social", "Demo-pass-1");

    HttpResponse<String> read = sarah.send(sarah.request("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables")
        .header("Accept", "application/json").header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/").GET());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

    assertThat(trail(ref)).singleElement().satisfies(row -> {
      assertThat(row.get("userId").asText()).isEqualTo("sarah.social");
      assertThat(row.get("channel").asText()).isEqualTo("Tasklist");
      assertThat(row.get("action").asText()).isEqualTo("READ");
      assertThat(row.get("what").asText()).isEqualTo("read form-variables of task 'Record family attendance'");
    });
  }

  @Test
  @DisplayName("Only administrators read the audit trail: members, managers and chairs get 403 and learn nothing; anonymous callers 401")
  void onlyAdministrators() throws Exception {
    String ref = newCase();
    get("/engine-rest/task?processInstanceBusinessKey=" + ref, SARAH);
    for (String path : List.of("/audit/cases/" + ref, "/audit/cases/" + ref + ".csv", "/audit/users/sarah.social",
        "/audit/users/sarah.social.csv", "/audit/cases/NO-SUCH-CASE")) {
      for (String user : List.of(SARAH, "tom.manager:Demo-pass-1", "carol.chair:Demo-pass-1", "olivia.outsider:Demo-pass-1")) {
        HttpResponse<String> refused = get(path, user);
        assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"message\":\"" + AuditController.NOT_ADMIN + "\"}");
      }
      assertThat(get(path, null).statusCode()).as("anonymous " + path).isEqualTo(401);
    }
    assertThat(trail(ref)).hasSize(1);
  }

  @Test
  @DisplayName("The CSV export has a header, UK dates and one row per event; a crafted value cannot become a spreadsheet formula")
  void csvExport() throws Exception {
    String ref = newCase();
    String taskId = familyAttendanceTask(ref);
    get("/engine-rest/task/" + taskId, SARAH);
    // a forged query whose case reference is a spreadsheet formula
    get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode("=HYPERLINK(\"http://x\")",
        StandardCharsets.UTF_8), "eddie.school:Demo-pass-1");

    HttpResponse<String> csv = get("/audit/cases/" + ref + ".csv", ADMIN);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"audit-case-" + ref + ".csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(cells(lines.get(0))).containsExactly("When (UK time)", "User", "Case", "Action", "Channel", "Method", "Path", "What", "Status");
    String[] row = cells(lines.get(1));
    assertThat(row[0]).matches("\\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(List.of(row).subList(1, row.length)).containsExactly("sarah.social", ref, "READ", "REST", "GET",
        "/engine-rest/task/" + taskId, "read task 'Record family attendance'", "200");

    assertThat(lines.get(2)).contains(",admin," + ref + ",READ,REST,GET,").contains("exported the audit trail of the case as CSV");

    String eddie = get("/audit/users/eddie.school.csv", ADMIN).body();
    assertThat(eddie).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
  }

  @Test
  @DisplayName("Nothing in the product can edit the audit trail: its endpoints only read, and the database refuses updates and deletes")
  void appendOnly() throws Exception {
    String ref = newCase();
    get("/engine-rest/task?processInstanceBusinessKey=" + ref, SARAH);
    List<JsonNode> before = trail(ref);

    for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
      HttpResponse<String> tried = Http.basic(port, ADMIN).send(method, "/audit/cases/" + ref, "[]");
      assertThat(tried.statusCode()).as(method).isEqualTo(405);
    }
    assertThatThrownBy(() -> jdbc.update("update cg_audit_event set user_id = 'someone.else' where case_reference = ?", ref))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from cg_audit_event where case_reference = ?", ref))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

    List<JsonNode> after = trail(ref);
    assertThat(after.subList(0, before.size())).isEqualTo(before);
  }

  @Test
  @DisplayName("Rows are kept 3650 days (about ten years): the nightly purge removes older ones only")
  void retention() throws Exception {
    String ref = newCase();
    String fourDaysAgo = LocalDate.now().minusDays(4).toString();
    readAt(ref, LocalDate.now().minusYears(10).minusDays(2).toString());
    readAt(ref, LocalDate.now().minusYears(10).plusDays(5).toString());
    readAt(ref, fourDaysAgo);
    ClockUtil.reset();
    assertThat(trail(ref)).hasSize(3);

    assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

    List<JsonNode> kept = trail(ref);
    assertThat(kept).hasSize(2);
    assertThat(kept.get(0).get("at").asText()).startsWith(LocalDate.now().minusYears(10).plusDays(5).toString());
    assertThat(kept.get(1).get("at").asText()).startsWith(fourDaysAgo);
  }

  /** One CSV line's cells, unquoted as a spreadsheet reads them. */
  private static String[] cells(String line) throws IOException {
    return new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[][].class).<String[][]>readValue(line)[0];
  }

  @Test
  @DisplayName("A task list that names no case is recorded with its query, against each case in its answer")
  void taskListRecorded() throws Exception {
    String ref = newCase();
    familyAttendanceTask(ref);

    HttpResponse<String> listed = get("/engine-rest/task?assignee=sarah.social&sortBy=created&sortOrder=desc&maxResults=50", SARAH);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).as("Sarah's list has her task of this case").contains(familyAttendanceTask(ref));

    assertThat(trail(ref)).singleElement().satisfies(row -> {
      assertThat(row.get("userId").asText()).isEqualTo("sarah.social");
      assertThat(row.get("action").asText()).isEqualTo("READ");
      assertThat(row.get("what").asText()).isEqualTo("listed tasks; query: assignee=sarah.social, sortBy=created, sortOrder=desc, maxResults=50");
    });
  }

  @Test
  @DisplayName("A history query across cases and a Tasklist filter's list are recorded; a list with no case in it, with its query")
  void historyAndFilterListsRecorded() throws Exception {
    String ref = newCase();
    HttpResponse<String> history = get("/engine-rest/history/task?taskAssignee=sarah.social"
        + "&processVariables=childName_eq_Amy%20Example&sortBy=startTime&sortOrder=desc&maxResults=50", SARAH);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(trail(ref)).singleElement().satisfies(row -> assertThat(row.get("what").asText())
        .isEqualTo("listed history of tasks; query: taskAssignee=sarah.social, processVariables, sortBy=startTime, "
            + "sortOrder=desc, maxResults=50")
        .as("a variable's value is not recorded").doesNotContain("Amy"));

    Http sarah = Http.tasklist(port, "sarah.social");
    JsonNode filters = JSON.readTree(get("/engine-rest/filter?resourceType=Task", SARAH).body());
    assertThat(filters.size()).isPositive();
    HttpResponse<String> filtered = sarah.get("/camunda/api/engine/engine/default/filter/"
        + filters.get(0).get("id").asText() + "/list?firstResult=0&maxResults=1000");
    assertThat(filtered.statusCode()).as(filtered.body()).isEqualTo(200);
    assertThat(userTrail("sarah.social")).anySatisfy(row -> {
      assertThat(row.get("channel").asText()).isEqualTo("Tasklist");
      assertThat(row.get("what").asText()).startsWith("listed tasks of a Tasklist filter; query: firstResult=0");
    });

    HttpResponse<String> nothing = get("/engine-rest/task?assignee=nobody.at.all", SARAH);
    assertThat(nothing.body()).isEqualTo("[]");
    assertThat(userTrail("sarah.social")).anySatisfy(row -> {
      assertThat(row.get("what").asText()).isEqualTo("listed tasks; query: assignee=nobody.at.all");
      assertThat(row.get("caseReference").isNull()).isTrue();
    });
  }

  @Test
  @DisplayName("R23: looks at cases through the product's own pages are recorded: the family's plan per case, the oversight page per case shown, the census once, a refusal with its status")
  void productPagesRecorded() throws Exception {
    String ref = newCase();
    assertThat(Http.tasklist(port, "helen.health").download("/cases/" + ref + "/plan.pdf").statusCode()).isEqualTo(200);
    assertThat(Http.tasklist(port, "tom.manager").get("/oversight").statusCode()).isEqualTo(200);
    assertThat(Http.tasklist(port, "olivia.outsider").get("/cases/" + ref + "/plan.pdf").statusCode()).isEqualTo(404);
    assertThat(Http.tasklist(port, "admin").get("/oversight/cin-census.csv?year=2025-26").statusCode()).isEqualTo(200);

    assertThat(trail(ref)).extracting(r -> r.get("userId").asText() + " " + r.get("channel").asText() + " "
        + r.get("action").asText() + " " + r.get("what").asText() + " " + r.get("status").asInt())
        .containsExactly("helen.health Product page READ the family's copy of the plan 200",
            "tom.manager Product page READ opened the oversight page 200");
    assertThat(userTrail("olivia.outsider")).anyMatch(r -> r.get("path").asText().equals("/cases/" + ref + "/plan.pdf")
        && r.get("what").asText().equals("refused") && r.get("status").asInt() == 404 && r.get("caseReference").isNull());
    assertThat(userTrail("admin")).anyMatch(r -> r.get("what").asText().equals(
        "downloaded the Children in Need census 2025-26 (every plan of the year)") && r.get("caseReference").isNull());
  }

  private void readAt(String ref, String day) throws Exception {
    Dates.today(day);
    assertThat(get("/engine-rest/process-instance?businessKey=" + ref, SARAH).statusCode()).isEqualTo(200);
  }

  /** A case started by the product itself (no person), with the key worker's first tasks. */
  private String newCase() {
    String ref = Cases.newReference();
    LocalDate icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, PlanCases.plan("brent", icpc.toString()));
    return ref;
  }

  private String familyAttendanceTask(String ref) {
    return Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_FAMILY_ATTENDANCE).getId();
  }

  /** What members did with the case (without the administrator's own looks at its trail). */
  private List<JsonNode> trail(String ref) throws Exception {
    return rows(get("/audit/cases/" + ref, ADMIN)).stream()
        .filter(row -> !row.get("path").asText().startsWith("/audit/")).toList();
  }

  private List<JsonNode> userTrail(String userId) throws Exception {
    return rows(get("/audit/users/" + userId, ADMIN));
  }

  private static List<JsonNode> rows(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> rows = new java.util.ArrayList<>();
    JSON.readTree(response.body()).forEach(rows::add);
    return rows;
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return Http.basic(port, user).get(path);
  }

  HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
    return Http.basic(port, user).send("POST", path, body);
  }
}
