package org.coregroup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.monitoring.RecordVisitProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.OpenCases;
import org.coregroup.testing.Http;

/** Recording a visit (R26): who may, what it must say, and that a refused visit keeps nothing. */
@CoreGroupTest
class RecordVisitProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @LocalServerPort int port;
  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    open.closeAll(runtime);
  }

  @Test
  @DisplayName("R26: a member records a visit as themselves; it is kept with the case")
  void memberRecordsVisit() {
    today("2025-12-15");
    String ref = startPlan("brent", "2025-12-15");
    today("2025-12-17");
    identity.setAuthentication("helen.health", List.of("health"));
    Map<String, Object> visit = visit(ref, "2025-12-17");
    visit.remove(VISITED_BY);
    runtime.startProcessInstanceByKey(KEY, visit);
    identity.clearAuthentication();

    assertThat(visits(ref)).contains("\"visitedBy\":\"helen.health\"", "\"recordedBy\":\"helen.health\"",
        "\"visitorAgency\":\"health\"", "\"childSeen\":true", "\"bedroomSeen\":true");
  }

  @Test
  @DisplayName("R23: someone outside the case cannot record a visit to it; nothing is kept")
  void outsiderRefused() {
    today("2025-12-15");
    String ref = startPlan("brent", "2025-12-15");
    identity.setAuthentication("olivia.outsider", List.of("health"));
    rejectedNaming(CASE_REFERENCE, () -> runtime.startProcessInstanceByKey(KEY, visit(ref, "2025-12-15")));
    identity.clearAuthentication();
    assertThat(visits(ref)).isEqualTo("[]");
  }

  @Test
  @DisplayName("R26, bad input: a visit in the future, before the plan began, seen alone but not seen, or by nobody is refused; nothing is kept")
  void badVisitsRefused() {
    today("2025-12-15");
    String ref = startPlan("brent", "2025-12-15");
    today("2025-12-17");
    rejectedNaming(VISIT_DATE, () -> runtime.startProcessInstanceByKey(KEY, visit(ref, "2025-12-18")));
    rejectedNaming(VISIT_DATE, () -> runtime.startProcessInstanceByKey(KEY, visit(ref, "2025-12-12")));
    Map<String, Object> notSeen = visit(ref, "2025-12-16");
    notSeen.put(CHILD_SEEN, "false");
    rejectedNaming(SEEN_ALONE, () -> runtime.startProcessInstanceByKey(KEY, notSeen));
    Map<String, Object> nobody = visit(ref, "2025-12-16");
    nobody.remove(VISITED_BY);
    rejectedNaming(VISITED_BY, () -> runtime.startProcessInstanceByKey(KEY, nobody));
    assertThat(visits(ref)).isEqualTo("[]");
  }

  @Test
  @DisplayName("R26, R23, bad input through REST: 400 naming the field; a member's valid visit is accepted")
  void throughRest() throws Exception {
    String ref = open.add(Cases.newReference());
    LocalDate icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<String, Object> vars = plan("brent", icpc.toString());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);
    String start = "/engine-rest/process-definition/key/" + KEY + "/start";

    HttpResponse<String> future = post(start, "helen.health:Demo-pass-1", body(ref, LocalDate.now().plusDays(1)));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains(VISIT_DATE);
    HttpResponse<String> outsider = post(start, "olivia.outsider:Demo-pass-1", body(ref, LocalDate.now()));
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(outsider.body()).contains(CASE_REFERENCE);
    assertThat(visits(ref)).isEqualTo("[]");

    assertThat(post(start, "helen.health:Demo-pass-1", body(ref, LocalDate.now())).statusCode()).isEqualTo(200);
    assertThat(visits(ref)).contains("\"recordedBy\":\"helen.health\"");
  }

  String startPlan(String policy, String icpc) {
    String ref = open.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(plan(policy, icpc)));
    return ref;
  }

  static Map<String, Object> visit(String ref, String date) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(VISIT_DATE, date);
    vars.put(VISITED_BY, "helen.health");
    vars.put(VISITOR_AGENCY, "health");
    vars.put(CHILD_SEEN, "true");
    vars.put(SEEN_ALONE, "true");
    vars.put(BEDROOM_SEEN, "true");
    return vars;
  }

  String visits(String ref) {
    String monitoring = runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
    return runtime.getVariable(monitoring, CaseMonitoringProcess.VISITS).toString();
  }

  static String body(String ref, LocalDate date) {
    return """
        {"variables": {"caseReference": {"value": "%s"}, "visitDate": {"value": "%s"},
          "visitorAgency": {"value": "health"}, "childSeen": {"value": "true"}, "seenAlone": {"value": "false"}}}
        """.formatted(ref, date);
  }

  HttpResponse<String> post(String path, String user, String json) throws Exception {
    return Http.basic(port, user).send("POST", path, json);
  }
}
