package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import com.icegreen.greenmail.util.GreenMail;
import org.coregroup.notification.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R23, R35: the transfer of a plan to another area through the engine REST API, as Tasklist does:
 * only the case's key worker (or team manager) records it; a member of another case and a member
 * of this one neither see nor complete the task, and the case is unchanged.
 */
@CoreGroupTest
class PlanTransferRestTest {

  static final String TRANSFER = """
      {"receivingAuthority": {"value": "Leeds"}, "receivingAuthorityToldOn": {"value": "2026-03-02"},
       "transferRecordsSent": {"value": "The plan and the minutes"}}""";

  /** ADR 0036: the same, with the transfer record to go to the receiving authority's secure address. */
  static final String WITH_EMAIL = TRANSFER.replace("}}", "}, \"transferRecordEmail\": {\"value\": \"cp.duty@leeds.example.gov.uk\"}}");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired GreenMail mail;
  @LocalServerPort int port;
  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    open.closeAll(runtime);
  }

  @BeforeEach
  void init() {
    TestMailServer.reset(mail);
  }

  @Test
  @DisplayName("R23, R35: a member of another case and a member of this case cannot see or complete \"Transfer the plan\", nor a member it was handed to; the key worker can; refused, the case is unchanged")
  void onlyKeyWorkerTransfers() throws Exception {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    String planId = runtime.startProcessInstanceByKey(KEY, ref, plan("national", "2025-12-15")).getId();
    Map<String, Object> other = plan("national", "2025-12-15");
    other.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue("""
        [{"name": "Paul Police", "role": "Officer", "agency": "police", "userId": "paul.police"}]""").create());
    runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), other);
    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false", END_REASON, "moved-area"));
    Task transfer = Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN);

    for (String outsider : new String[] {"paul.police", "helen.health"}) {
      Http http = Http.rest(port, outsider);
      assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + ref + "&taskDefinitionKey=" + TASK_TRANSFER_PLAN).body())
          .as(outsider).isEqualTo("[]");
      HttpResponse<String> complete = http.submitTaskForm(transfer.getId(), TRANSFER);
      assertThat(complete.statusCode()).as(outsider + ": " + complete.body()).isIn(403, 404);
    }

    // handed on to a member, the task is still the key worker's or team manager's to do
    tasks.setAssignee(transfer.getId(), "helen.health");
    HttpResponse<String> handedOn = Http.rest(port, "helen.health").submitTaskForm(transfer.getId(), TRANSFER);
    assertThat(handedOn.statusCode()).as(handedOn.body()).isEqualTo(400);
    assertThat(handedOn.body()).contains(TRANSFER_RECORDED_BY).contains("key worker or the team manager");

    // ADR 0036: nor does the transfer record go anywhere for them
    HttpResponse<String> handedOnEmail = Http.rest(port, "helen.health").submitTaskForm(transfer.getId(), WITH_EMAIL);
    assertThat(handedOnEmail.statusCode()).as(handedOnEmail.body()).isEqualTo(400);

    // a page elsewhere that posts with the key worker's session but without the session's CSRF token: refused
    tasks.setAssignee(transfer.getId(), "sarah.social");
    Http sarahsBrowser = Http.tasklist(port, "sarah.social");
    HttpResponse<String> forged = java.net.http.HttpClient.newHttpClient().send(sarahsBrowser
        .request("/camunda/api/engine/engine/default/task/" + transfer.getId() + "/submit-form")
        .header("Cookie", "JSESSIONID=" + sarahsBrowser.cookie("JSESSIONID")).header("Content-Type", "application/json")
        .header("Origin", "https://elsewhere.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"variables\": " + WITH_EMAIL + "}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(TestMailServer.to(mail, "cp.duty@leeds.example.gov.uk")).isEmpty();

    assertThat(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId()).isEqualTo(transfer.getId());
    assertThat(runtime.getVariable(planId, RECEIVING_AUTHORITY)).isNull();
    assertThat(runtime.getVariable(planId, TRANSFER_IN_CONFERENCE_DUE)).isNull();
    assertThat(runtime.getVariable(planId, TRANSFER_RECORD_LOG)).isNull();

    tasks.setAssignee(transfer.getId(), "sarah.social");
    HttpResponse<String> keyWorker = Http.rest(port, "sarah.social").submitTaskForm(transfer.getId(), TRANSFER);
    assertThat(keyWorker.statusCode()).as(keyWorker.body()).isIn(200, 204);
    assertThat(runtime.getVariable(planId, RECEIVING_AUTHORITY)).isEqualTo("Leeds");
    assertThat(runtime.getVariable(planId, TRANSFER_RECORDED_BY)).isEqualTo("sarah.social");
    assertThat(Cases.openTask(tasks, ref, TASK_RECORD_TRANSFER_IN_CONFERENCE).getAssignee()).isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("Transfer in through REST, as the start form sends it: a plan from a transfer-in conference starts with the previous authority kept; one without the previous authority is refused with 400 naming it, and nothing starts")
  void transferInStart() throws Exception {
    today("2025-12-17");
    String ref = open.add(Cases.newReference());
    String start = """
        {"businessKey": "%s", "variables": {"caseReference": {"value": "%s"}, "childName": {"value": "Amy Example"},
         "childBirthDate": {"value": "2019-12-15"}, "icpcDate": {"value": "2025-12-15"}, "localPolicy": {"value": "national"},
         "categoryOfAbuse": {"value": "NEG"}, "keyWorker": {"value": "sarah.social"}, "teamManager": {"value": "tom.manager"},
         "conferenceChair": {"value": "carol.chair"},
         "coreGroupMembers": {"value": "[{\\"name\\": \\"Helen Health\\", \\"agency\\": \\"health\\", \\"userId\\": \\"helen.health\\"}]", "type": "Json"},
         "transferIn": {"value": true}, %s "previousPlanStartDate": {"value": "2025-06-02"}}}""";
    Http sarah = Http.rest(port, "sarah.social");
    HttpResponse<String> refused = sarah.call("POST", "/process-definition/key/" + KEY + "/start",
        start.formatted(ref, ref, ""));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(PREVIOUS_AUTHORITY);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();

    HttpResponse<String> started = sarah.call("POST", "/process-definition/key/" + KEY + "/start",
        start.formatted(ref, ref, "\"previousAuthority\": {\"value\": \"Leeds City Council\"},"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String planId = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).singleResult().getId();
    assertThat(runtime.getVariable(planId, PREVIOUS_AUTHORITY)).isEqualTo("Leeds City Council");
    assertThat(runtime.getVariable(planId, TRANSFER_IN)).isEqualTo(true);
  }
}
