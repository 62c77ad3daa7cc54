package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Http;

/** Escalations through the engine REST API: refused input is a 400 naming the field, and nothing is kept (R23, R27-R30). */
@CoreGroupTest
class EscalationRestTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @LocalServerPort int port;

  @AfterEach
  void reset() {
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R27-R30, R23, bad input: a concern without a description, a difference naming nobody, a review for someone outside the case: 400 each")
  void refusedStarts() throws Exception {
    String ref = EscalationTestCases.startPlan(runtime, "brent", lastMonday().toString());

    HttpResponse<String> concern = start(RaiseConcernProcess.KEY, "helen.health:Demo-pass-1", """
        {"variables": {"caseReference": {"value": "%s"}, "concernType": {"value": "no-access"}}}""".formatted(ref));
    assertThat(concern.statusCode()).isEqualTo(400);
    assertThat(concern.body()).contains(RaiseConcernProcess.CONCERN_DESCRIPTION);

    HttpResponse<String> difference = start(ProfessionalDifferencesProcess.KEY, "helen.health:Demo-pass-1", """
        {"variables": {"caseReference": {"value": "%s"}, "differenceDescription": {"value": "We disagree"}}}"""
        .formatted(ref));
    assertThat(difference.statusCode()).isEqualTo(400);
    assertThat(difference.body()).contains(ProfessionalDifferencesProcess.ABOUT_PROFESSIONAL);

    HttpResponse<String> outsider = start(ContingencyReviewProcess.KEY, "olivia.outsider:Demo-pass-1", """
        {"variables": {"caseReference": {"value": "%s"}}}""".formatted(ref));
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(outsider.body()).contains(ContingencyReviewProcess.CASE_REFERENCE);

    for (String key : EscalationAccess.STARTABLE) {
      assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(ref)
          .count()).as(key).isZero();
    }
  }

  @Test
  @DisplayName("R27: a member raises a concern through REST and the key worker sees the task")
  void memberRaisesConcern() throws Exception {
    String ref = EscalationTestCases.startPlan(runtime, "brent", lastMonday().toString());
    HttpResponse<String> concern = start(RaiseConcernProcess.KEY, "helen.health:Demo-pass-1", """
        {"variables": {"caseReference": {"value": "%s"}, "concernType": {"value": "no-access"},
                       "concernDescription": {"value": "No answer at the door"}}}""".formatted(ref));
    assertThat(concern.statusCode()).as(concern.body()).isEqualTo(200);
    HttpResponse<String> tasks = get("/engine-rest/task?processInstanceBusinessKey=" + ref
        + "&taskDefinitionKey=" + RaiseConcernProcess.TASK_DECIDE_ON_CONCERN, "sarah.social:Demo-pass-1");
    assertThat(tasks.body()).contains("\"assignee\":\"sarah.social\"");
  }

  static LocalDate lastMonday() {
    return LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  HttpResponse<String> start(String key, String user, String json) throws Exception {
    return Http.basic(port, user).send("POST", "/engine-rest/process-definition/key/" + key + "/start", json);
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return Http.basic(port, user).get(path);
  }
}
