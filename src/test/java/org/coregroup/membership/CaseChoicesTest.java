package org.coregroup.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.json.Json;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * ADR 0035, R23: {@code GET /cases}, the case choices of Tasklist's start forms, over real HTTP
 * with the Tasklist login: each person gets the open cases she may see, with the reference and
 * the child's name only.
 */
@CoreGroupTest
class CaseChoicesTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  final OpenCases cases = new OpenCases();
  String helensCase;
  String paulsCase;

  @BeforeEach
  void twoCases() {
    Dates.today("2026-11-02");
    String icpc = "2026-11-02";
    helensCase = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, helensCase,
        new HashMap<>(PlanCases.plan("national", icpc)));
    paulsCase = cases.add(Cases.newReference());
    Map<String, Object> other = new HashMap<>(PlanCases.plan("national", icpc));
    other.put(ChildProtectionPlanProcess.CHILD_NAME, "Ben Other");
    other.put(ChildProtectionPlanProcess.KEY_WORKER, "tom.manager");
    other.put(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS, SpinValues.jsonValue("""
        [{"name": "Paul Police", "role": "Police officer", "agency": "police", "userId": "paul.police"}]""").create());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, paulsCase, other);
  }

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("ADR 0035, R23: a member gets her own open cases with the child's name, and not a case she is not in")
  void memberGetsHerCases() throws Exception {
    List<Map<String, Object>> helen = choices(Http.tasklist(port, "helen.health").get("/cases"));
    assertThat(helen).contains(Map.of("reference", helensCase, "childName", "Amy Example"));
    assertThat(helen).extracting(c -> c.get("reference")).doesNotContain(paulsCase);
    assertThat(helen).allSatisfy(c -> assertThat(c).containsOnlyKeys("reference", "childName"));

    List<Map<String, Object>> paul = choices(Http.tasklist(port, "paul.police").get("/cases"));
    assertThat(paul).contains(Map.of("reference", paulsCase, "childName", "Ben Other"));
    assertThat(paul).extracting(c -> c.get("reference")).doesNotContain(helensCase);
  }

  @Test
  @DisplayName("ADR 0035, R23: someone in no case gets no case; a supervisor gets the cases she manages")
  void outsiderGetsNone() throws Exception {
    assertThat(choices(Http.tasklist(port, "olivia.outsider").get("/cases"))).isEmpty();
    assertThat(choices(Http.tasklist(port, "tom.manager").get("/cases"))).extracting(c -> c.get("reference"))
        .contains(helensCase, paulsCase);
  }

  @Test
  @DisplayName("ADR 0035: without the Tasklist login the choices are 401, HTTP Basic included (they are for the webapp)")
  void signInFirst() throws Exception {
    HttpResponse<String> anonymous = Http.anonymous(port).get("/cases");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain(helensCase);
    assertThat(Http.rest(port, "helen.health").get("/cases").statusCode()).isEqualTo(401);
  }

  private static List<Map<String, Object>> choices(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    return Json.MAPPER.readValue(response.body(), new TypeReference<>() {
    });
  }
}
