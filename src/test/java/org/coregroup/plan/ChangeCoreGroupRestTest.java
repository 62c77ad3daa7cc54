package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.membership.CaseVariables;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Changing the Core Group through the engine REST API, as Tasklist does: a joiner sees the case
 * the moment they join, a leaver sees nothing of it the moment they leave; forged or foreign
 * requests are refused with a 400 or 403 in plain English and the case is unchanged.
 */
@CoreGroupTest
class ChangeCoreGroupRestTest {

  static final OpenCases OPEN = new OpenCases();
  static final String PASSWORD = ":Demo-pass-1";

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @LocalServerPort int port;

  @AfterEach
  void reset() {
    OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R2, R23: the police officer sees the case as soon as the key worker adds him, and the health visitor nothing once she leaves")
  void joinerSeesLeaverDoesNot() throws Exception {
    String ref = startPlan();
    assertThat(visibleCases("paul.police", ref)).isZero();
    assertThat(visibleCases("helen.health", ref)).isPositive();

    HttpResponse<String> join = start("sarah.social", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "join"},
          "member": {"value": "{\\"name\\": \\"Paul Police\\", \\"agency\\": \\"police\\", \\"userId\\": \\"paul.police\\"}", "type": "Json"},
          "familyAgrees": {"value": "true"}, "familyViews": {"value": "Mother agrees"}, "reason": {"value": "New incident"}}}"""
        .formatted(ref));
    assertThat(join.statusCode()).as(join.body()).isEqualTo(200);
    assertThat(visibleCases("paul.police", ref)).isPositive();
    assertThat(get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + ref, "paul.police").body())
        .contains(ChildProtectionPlanProcess.KEY);

    HttpResponse<String> leave = start("tom.manager", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "leave"},
          "member": {"value": "{\\"userId\\": \\"helen.health\\"}", "type": "Json"}, "reason": {"value": "Handed over to the school nurse"}}}"""
        .formatted(ref));
    assertThat(leave.statusCode()).as(leave.body()).isEqualTo(200);
    assertThat(visibleCases("helen.health", ref)).isZero();
    assertThat(get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + ref, "helen.health").body())
        .isEqualTo("[]");
    assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + ref, "helen.health").body()).isEqualTo("[]");
  }

  @Test
  @DisplayName("R23, forged requests: a variable not on the form, a requester named in the payload, a health worker, a key worker outside children's social care: refused, the case unchanged")
  void forgedRequestsRefused() throws Exception {
    String ref = startPlan();
    Object membersBefore = runtime.getVariable(planId(ref), CaseVariables.CORE_GROUP_MEMBERS).toString();

    HttpResponse<String> extraVariable = start("sarah.social", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "keyWorker"}, "newUserId": {"value": "tom.manager"},
          "reason": {"value": "x"}, "coreGroupMembers": {"value": "[]", "type": "Json"}}}""".formatted(ref));
    assertThat(extraVariable.statusCode()).isEqualTo(400);
    assertThat(extraVariable.body()).contains(CaseVariables.CORE_GROUP_MEMBERS);

    HttpResponse<String> namedRequester = start("sarah.social", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "keyWorker"}, "newUserId": {"value": "tom.manager"},
          "reason": {"value": "x"}, "requestedBy": {"value": "tom.manager"}}}""".formatted(ref));
    assertThat(namedRequester.statusCode()).isEqualTo(400);
    assertThat(namedRequester.body()).contains(REQUESTED_BY);

    HttpResponse<String> healthWorker = start("helen.health", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "leave"},
          "member": {"value": "{\\"userId\\": \\"eddie.school\\"}", "type": "Json"}, "reason": {"value": "x"}}}""".formatted(ref));
    assertThat(healthWorker.statusCode()).isIn(403, 404);

    HttpResponse<String> notInSocialCare = start("sarah.social", """
        {"variables": {"caseReference": {"value": "%s"}, "change": {"value": "keyWorker"}, "newUserId": {"value": "helen.health"},
          "reason": {"value": "Sarah is leaving"}}}""".formatted(ref));
    assertThat(notInSocialCare.statusCode()).isEqualTo(400);
    assertThat(notInSocialCare.body()).contains(NEW_USER_ID).contains("children's social care");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count()).isZero();
    assertThat(runtime.getVariable(planId(ref), CaseVariables.CORE_GROUP_MEMBERS).toString()).isEqualTo(membersBefore);
    assertThat(runtime.getVariable(planId(ref), CaseVariables.KEY_WORKER)).isEqualTo("sarah.social");
  }

  String startPlan() {
    String ref = OPEN.add(org.coregroup.testing.Cases.newReference());
    String icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc)));
    return ref;
  }

  String planId(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionPlanProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
  }

  int visibleCases(String user, String ref) throws Exception {
    String body = get("/engine-rest/process-instance/count?businessKey=" + ref, user).body();
    return Integer.parseInt(body.replaceAll("\\D", ""));
  }

  HttpResponse<String> start(String user, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri("/engine-rest/process-definition/key/" + KEY + "/start"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), user);
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), user);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
