package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.UkDates;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;

/**
 * The oversight page and its CSV over real HTTP, signed in through Camunda's own login (the
 * Tasklist session): who sees which case, and who is refused.
 */
@CoreGroupTest
class OversightTest {

  static final String OTHER_MANAGER = "terry.othermanager";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired WorkingDayCalendar calendar;
  @Autowired FormService forms;
  @Autowired TaskService tasks;

  final OpenCases cases = new OpenCases();
  String toms;
  String terrys;

  @BeforeEach
  void twoTeams() {
    if (identity.createUserQuery().userId(OTHER_MANAGER).count() == 0) {
      User user = identity.newUser(OTHER_MANAGER);
      user.setFirstName("Terry");
      user.setLastName("Other");
      user.setPassword(TasklistBrowser.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(OTHER_MANAGER, "team-managers");
    }
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(30));
    toms = start(icpc, "tom.manager", "Amy Example");
    terrys = start(icpc, OTHER_MANAGER, "=HYPERLINK(\"http://x\")");
  }

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R23: a team manager signed in to Tasklist sees their own team's case, its key worker by name and its overdue work, not another team's")
  void teamManagerSeesOwnCases() throws Exception {
    Http tom = signedInAs("tom.manager");
    HttpResponse<String> page = tom.get("/oversight");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Oversight of cases", toms, "Amy Example", "Sarah Social", "Record core group meeting")
        .doesNotContain(terrys, "sarah.social");
    assertThat(page.body()).contains("/webjars/chart.js/dist/chart.umd.js");
    assertThat(tom.get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);

    HttpResponse<String> csv = tom.get("/oversight/cases.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("child,case reference,key worker").contains(toms).doesNotContain(terrys);
  }

  @Test
  @DisplayName("R23: the chair sees the cases they chair; an administrator sees every case; a typed name cannot become a spreadsheet formula")
  void chairAndAdministrator() throws Exception {
    assertThat(signedInAs("carol.chair").get("/oversight").body()).contains(toms, terrys).doesNotContain("cin-census.csv");
    Http admin = signedInAs("admin");
    assertThat(admin.get("/oversight").body()).contains(toms, terrys, "/oversight/cin-census.csv");
    String csv = admin.get("/oversight/cases.csv").body();
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");
  }

  @Test
  @DisplayName("R23: without a Tasklist login the page and the CSV are refused with a plain message; a practitioner is refused too")
  void refusals() throws Exception {
    Http nobody = Http.browser(port);
    for (String path : List.of("/oversight", "/oversight/cases.csv")) {
      HttpResponse<String> refused = nobody.get(path);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("Please sign in").doesNotContain(toms);
      // a forged cookie is no login
      HttpResponse<String> forged = Http.anonymous(port).send(Http.anonymous(port).request(path).header("Cookie", "JSESSIONID=forged").GET());
      assertThat(forged.statusCode()).isEqualTo(401);
    }
    Http helen = signedInAs("helen.health");
    for (String path : List.of("/oversight", "/oversight/cases.csv", "/oversight?user=tom.manager")) {
      HttpResponse<String> refused = helen.get(path);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("team managers, conference chairs and administrators").doesNotContain(toms, terrys);
    }
    // another team's manager: a member of neither case
    assertThat(signedInAs(OTHER_MANAGER).get("/oversight/cases.csv").body()).doesNotContain(toms);
  }

  @Test
  @DisplayName("R4, R32: a case that ended in the past months still counts in the charts of those months, and is not in the table of open cases")
  void endedCaseCountsInTheCharts() throws Exception {
    String manager = "edna.endedmanager";
    if (identity.createUserQuery().userId(manager).count() == 0) {
      User user = identity.newUser(manager);
      user.setFirstName("Edna");
      user.setLastName("Ended");
      user.setPassword(TasklistBrowser.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(manager, "team-managers");
    }
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(150));
    Dates.today(icpc.toString());
    String ended = start(icpc, manager, "Ended Example");
    Task review = Cases.openTask(tasks, ended, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
    LocalDate heldOn = UkDates.dayOf(review.getDueDate());
    Dates.today(heldOn.toString());
    forms.submitTaskForm(review.getId(), Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, heldOn.toString(),
        ChildProtectionPlanProcess.PLAN_CONTINUES, "false", ChildProtectionPlanProcess.END_REASON, "left-uk"));
    forms.submitTaskForm(Cases.openTask(tasks, ended, ChildProtectionPlanProcess.TASK_RECORD_EXIT_PLAN).getId(),
        Map.of(ChildProtectionPlanProcess.EXIT_PLAN, "The family's new school and GP have the plan"));
    Dates.today(Dates.wallToday().toString());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ended).count()).as("the plan has ended").isZero();

    Http edna = signedInAs(manager);
    assertThat(edna.get("/oversight/cases.csv").body()).doesNotContain(ended);
    String timeliness = edna.get("/oversight/timeliness.csv").body();
    LocalDate firstDue = calendar.addWorkingDays(icpc, 10, Jurisdiction.ENGLAND_AND_WALES);
    assertThat(timeliness).as("the review held on its day; the first core group due while the plan ran, never held")
        .contains(YearMonth.from(heldOn) + ",Review conference on time,1,1,100",
            YearMonth.from(firstDue) + ",First core group in time,1,0,0");
  }

  @Test
  @DisplayName("CIN census: an administrator downloads the year's child protection module; a child's second plan counts the first and keeps its LAchildID; reviews, categories and the end are as recorded")
  void cinCensus() throws Exception {
    Dates.today("2025-11-03");
    String child = "Census Child " + Cases.newReference();
    String first = startFor(child, "2025-11-03");
    Dates.today("2025-12-01");
    forms.submitTaskForm(Cases.openTask(tasks, first, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2025-12-01", ChildProtectionPlanProcess.PLAN_CONTINUES, "true",
            ChildProtectionPlanProcess.NEW_CATEGORY_OF_ABUSE, "EMO"));
    Dates.today("2026-01-12");
    forms.submitTaskForm(Cases.openTask(tasks, first, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2026-01-12", ChildProtectionPlanProcess.PLAN_CONTINUES, "false",
            ChildProtectionPlanProcess.END_REASON, "no-longer-at-risk"));
    Dates.today("2026-01-19");
    String second = startFor(child, "2026-01-19");

    HttpResponse<String> census = signedInAs("admin").get("/oversight/cin-census.csv?year=2025-26");
    assertThat(census.statusCode()).isEqualTo(200);
    assertThat(census.headers().firstValue("Content-Disposition").orElse("")).contains("cin-census-2025-26.csv");
    List<String> lines = census.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,"
        + "NumberOfPreviousCPP,CPPreviewDate,ValidationErrors");
    assertThat(lines).contains(first + ",2025-11-03,2026-01-12,NEG,EMO,0,2025-12-01;2026-01-12,",
        first + ",2026-01-19,,NEG,NEG,1,,");
    assertThat(census.body()).doesNotContain(child).doesNotContain(second);

    // the year after: the ended plan is gone, the open one stays
    List<String> next = signedInAs("admin").get("/oversight/cin-census.csv?year=2026-27").body().lines().toList();
    assertThat(next).contains(first + ",2026-01-19,,NEG,NEG,1,,").noneMatch(l -> l.startsWith(first + ",2025-11-03"));
  }

  @Test
  @DisplayName("CIN census, ADR 0031: a child transferred in with a plan from another authority has that plan among the previous plans")
  void cinCensusCountsThePlanInThePreviousAuthority() throws Exception {
    Dates.today("2025-12-15");
    String ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", "2025-12-15"));
    vars.put(ChildProtectionPlanProcess.CHILD_NAME, "Moved Child " + ref);
    vars.put(ChildProtectionPlanProcess.TRANSFER_IN, true);
    vars.put(ChildProtectionPlanProcess.PREVIOUS_AUTHORITY, "Leeds City Council");
    vars.put(ChildProtectionPlanProcess.PREVIOUS_PLAN_START_DATE, "2025-06-02");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);

    List<String> lines = signedInAs("admin").get("/oversight/cin-census.csv?year=2025-26").body().lines().toList();
    assertThat(lines).contains(ref + ",2025-12-15,,NEG,NEG,1,,");
  }

  @Test
  @DisplayName("CIN census: only an administrator may download the whole authority's return; a team manager, a practitioner and nobody are refused in plain words; a year that is not one is a 400 naming it")
  void cinCensusRefusals() throws Exception {
    HttpResponse<String> nobody = Http.anonymous(port).get("/oversight/cin-census.csv");
    assertThat(nobody.statusCode()).isEqualTo(401);
    assertThat(nobody.body()).contains("Please sign in").doesNotContain(toms);
    for (String user : List.of("tom.manager", "carol.chair", "helen.health")) {
      HttpResponse<String> refused = signedInAs(user).get("/oversight/cin-census.csv");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("only an administrator").doesNotContain(toms, terrys);
    }
    HttpResponse<String> badYear = signedInAs("admin").get("/oversight/cin-census.csv?year=2025");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(badYear.body()).startsWith("Census year:").contains("2025-26");
    assertThat(signedInAs("admin").get("/oversight/cin-census.csv").body()).startsWith("LAchildID,CPPstartDate,");
  }

  String startFor(String child, String icpc) {
    String ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", icpc));
    vars.put(ChildProtectionPlanProcess.CHILD_NAME, child);
    vars.put(ChildProtectionPlanProcess.CHILD_BIRTH_DATE, "2019-05-04");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);
    return ref;
  }

  String start(LocalDate icpc, String teamManager, String child) {
    String ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", icpc.toString()));
    vars.put(ChildProtectionPlanProcess.TEAM_MANAGER, teamManager);
    vars.put(ChildProtectionPlanProcess.CHILD_NAME, child);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);
    return ref;
  }

  Http signedInAs(String user) throws Exception {
    return Http.tasklist(port, user);
  }
}
