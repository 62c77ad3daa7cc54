package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDays;
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
    LocalDate icpc = LocalDate.now(WorkingDays.LONDON).minusDays(30);
    while (!calendar.isWorkingDay(icpc, Jurisdiction.ENGLAND_AND_WALES)) {
      icpc = icpc.minusDays(1);
    }
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
    assertThat(signedInAs("carol.chair").get("/oversight").body()).contains(toms, terrys);
    Http admin = signedInAs("admin");
    assertThat(admin.get("/oversight").body()).contains(toms, terrys);
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
