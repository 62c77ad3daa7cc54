package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.identity.Roles;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webapps' plugin APIs ({@code /camunda/api/cockpit|tasklist|admin/plugin/...}) under the
 * allow-list: Camunda lets any logged-in user call them. Practitioners get nothing there; team
 * managers and chairs get what Cockpit shows, counted over their own cases; administrators all.
 * Also Camunda's engine-wide process statistics, which practitioners reached as
 * {@code process-definition/{id}} with the id "statistics".
 */
@CoreGroupTest
class WebappPluginApiTest extends SecuritySuite {

  static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";
  static final String TOM = "tom.manager";

  @Autowired IdentityService identity;

  String toms;
  String terrys;

  /** A case of Tom's, and one of another team's that Tom may not see. */
  @BeforeEach
  void twoTeams() throws Exception {
    if (identity.createUserQuery().userId(SupervisorFiltersTest.OTHER_MANAGER).count() == 0) {
      User user = identity.newUser(SupervisorFiltersTest.OTHER_MANAGER);
      user.setFirstName("Terry");
      user.setLastName("Other");
      identity.saveUser(user);
      identity.createMembership(SupervisorFiltersTest.OTHER_MANAGER, Roles.TEAM_MANAGERS);
    }
    toms = newCase();
    terrys = Cases.newReference();
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", EngineRestSecurityTest.lastMonday().toString()));
    vars.put(ChildProtectionPlanProcess.TEAM_MANAGER, SupervisorFiltersTest.OTHER_MANAGER);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, terrys, vars);
  }

  @ParameterizedTest(name = "a practitioner cannot {0} {1}")
  @CsvSource({
      "GET, " + COCKPIT + "/process-instance/count",
      "POST, " + COCKPIT + "/process-instance",
      "GET, " + COCKPIT + "/process-definition/statistics",
      "GET, " + COCKPIT + "/process-definition/statistics-count",
      "GET, " + COCKPIT + "/incident/count",
      "POST, " + COCKPIT + "/incident",
      "GET, /camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated",
      "GET, /camunda/api/tasklist/plugin/tasklistPlugins/default/anything",
      "GET, /camunda/api/cockpit/plugin/somePlugin/default/anything",
  })
  void practitionerGetsNothing(String method, String path) throws Exception {
    Map<String, Object> before = snapshot(toms);
    HttpResponse<String> answer = login(HELEN).send(method, path, method.equals("POST") ? "{}" : null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(json(answer).path("message").asText()).isEqualTo(EngineApiPolicy.FORBIDDEN);
    assertThat(answer.body()).doesNotContain("count").doesNotContain(toms);
    assertThat(snapshot(toms)).isEqualTo(before);
  }

  @Test
  void adminMetricsAreForAdministratorsOnly() throws Exception {
    String path = "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated"
        + "?subscriptionStartDate=2020-01-01T00:00:00.000%2B0000&groupBy=year";
    assertThat(login(TOM).send("GET", path, null).statusCode()).isEqualTo(403);
    assertThat(login("carol.chair").send("GET", path, null).statusCode()).isEqualTo(403);
    Http admin = login("admin");
    assertThat(admin.send("GET", path, null).statusCode()).isEqualTo(200);
  }

  @Test
  void pluginScriptsStayOpenToEveryoneSoTheLoginPagesLoad() throws Exception {
    HttpResponse<String> anonymous = Http.anonymous(port).get("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(login(HELEN).send("GET", "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js", null)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void teamManagerListsAndCountsHisCasesOnly() throws Exception {
    Http tom = login(TOM);
    HttpResponse<String> count = tom.send("POST", COCKPIT + "/process-instance/count", "{}");
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    long his = json(count).get("count").asLong();
    HttpResponse<String> readable = rest("GET", "/process-instance/count", TOM, null);
    assertThat(his).isEqualTo(json(readable).get("count").asLong())
        .isLessThan(runtime.createProcessInstanceQuery().count());
    HttpResponse<String> list = tom.send("POST", COCKPIT + "/process-instance?maxResults=100000", "{}");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(toms).doesNotContain(terrys);
    assertThat(tom.send("GET", COCKPIT + "/incident/count", null).statusCode()).isEqualTo(200);
  }

  @Test
  void cockpitProcessesListCountsHisCasesOnly() throws Exception {
    long all = runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionPlanProcess.KEY).count();
    JsonNode tomsRow = planRow(login(TOM).send("GET", COCKPIT + "/process-definition/statistics"
        + "?firstResult=0&maxResults=50&sortBy=instances&sortOrder=desc", null));
    assertThat(tomsRow.get("instances").asLong()).isEqualTo(readableBy(TOM)).isLessThan(all);
    assertThat(tomsRow.get("name").asText()).isNotBlank();
    JsonNode adminsRow = planRow(login("admin").send("GET", COCKPIT + "/process-definition/statistics", null));
    assertThat(adminsRow.get("instances").asLong()).isEqualTo(all);
  }

  @Test
  void dashboardStatisticsCountHisCasesOnlyAndPractitionersNone() throws Exception {
    Map<String, Object> before = snapshot(toms);
    // before: any practitioner read every definition's engine-wide counts here
    assertThat(rest("GET", "/process-definition/statistics", HELEN, null).statusCode()).isEqualTo(403);
    assertThat(login(HELEN).call("GET", "/process-definition/statistics?rootIncidents=true", null).statusCode())
        .isEqualTo(403);
    long all = runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionPlanProcess.KEY).count();
    HttpResponse<String> toms = login(TOM).call("GET", "/process-definition/statistics?rootIncidents=true", null);
    assertThat(toms.statusCode()).as(toms.body()).isEqualTo(200);
    assertThat(instancesOfPlan(json(toms))).isEqualTo(readableBy(TOM)).isLessThan(all);
    HttpResponse<String> admins = rest("GET", "/process-definition/statistics?rootIncidents=true", "admin", null);
    assertThat(instancesOfPlan(json(admins))).isEqualTo(all);
    assertThat(snapshot(this.toms)).isEqualTo(before);
  }

  private long readableBy(String user) throws Exception {
    HttpResponse<String> count = rest("GET", "/process-instance/count?processDefinitionKey="
        + ChildProtectionPlanProcess.KEY, user, null);
    assertThat(count.statusCode()).isEqualTo(200);
    return json(count).get("count").asLong();
  }

  private static JsonNode planRow(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    for (JsonNode row : json(answer)) {
      if (row.get("key").asText().equals(ChildProtectionPlanProcess.KEY)) {
        return row;
      }
    }
    throw new AssertionError("no row for the plan in " + answer.body());
  }

  private static long instancesOfPlan(JsonNode rows) {
    long sum = 0;
    for (JsonNode row : rows) {
      if (row.path("definition").path("key").asText().equals(ChildProtectionPlanProcess.KEY)) {
        sum += row.get("instances").asLong();
      }
    }
    return sum;
  }
}
