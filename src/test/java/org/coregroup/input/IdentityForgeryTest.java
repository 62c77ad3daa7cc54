package org.coregroup.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.escalation.ProfessionalDifferencesProcess;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.testing.OpenCases;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;

/**
 * Attack family "who did it is whatever the client says" (issue "Trust", finding 4): a member
 * names someone else as the one who raised a concern or a difference, or who made or recorded a
 * visit. Refused, and the case is as it was; "on behalf of" names a member and is recorded as such.
 */
@CoreGroupTest
class IdentityForgeryTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @LocalServerPort int port;

  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    open.closeAll(runtime);
  }

  @Test
  @DisplayName("R27, R23: a concern raised by a member 'as' an outsider is refused over REST and Tasklist; the outsider gets no task and the case no concern")
  void concernRaisedAsOutsider() throws Exception {
    String ref = startPlan("brent", null);
    String forged = concern(ref, "\"raisedBy\": {\"value\": \"olivia.outsider\"}");

    for (Http client : List.of(Http.rest(port, "helen.health"), Http.tasklist(port, "helen.health"))) {
      HttpResponse<String> answer = client.submitStartForm(RaiseConcernProcess.KEY, forged);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(answer.body()).contains(RaiseConcernProcess.RAISED_BY).contains("Raised by")
          .doesNotContain("ENGINE-").doesNotContain("Cannot instantiate");
    }
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(RaiseConcernProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isZero();
    assertThat(tasks.createTaskQuery().taskAssignee("olivia.outsider").processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("R27: a concern passed on from another member is raised by the one logged in, on behalf of that member; a non-member cannot be named")
  void concernOnBehalfOfMember() throws Exception {
    String ref = startPlan("brent", null);
    Http helen = Http.rest(port, "helen.health");

    HttpResponse<String> notMember = helen.submitStartForm(RaiseConcernProcess.KEY,
        concern(ref, "\"onBehalfOf\": {\"value\": \"Olivia Outsider\"}"));
    assertThat(notMember.statusCode()).isEqualTo(400);
    assertThat(notMember.body()).contains("On behalf of").contains("is not a member of this case");

    HttpResponse<String> passedOn = helen.submitStartForm(RaiseConcernProcess.KEY,
        concern(ref, "\"onBehalfOf\": {\"value\": \"Eddie School\"}"));
    assertThat(passedOn.statusCode()).as(passedOn.body()).isEqualTo(200);
    String concern = runtime.createProcessInstanceQuery().processDefinitionKey(RaiseConcernProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
    assertThat(runtime.getVariable(concern, RaiseConcernProcess.RAISED_BY)).isEqualTo("helen.health");
    assertThat(runtime.getVariable(concern, RaiseConcernProcess.ON_BEHALF_OF)).isEqualTo("eddie.school");
    assertThat(tasks.createTaskQuery().processInstanceId(concern)
        .taskDefinitionKey(RaiseConcernProcess.TASK_CONFIRM_CONCERN_IN_WRITING).singleResult().getAssignee())
        .isEqualTo("helen.health");
  }

  @Test
  @DisplayName("R30, R23: a professional difference raised 'as' an outsider is refused; stage 1 is never the outsider's")
  void differenceRaisedAsOutsider() throws Exception {
    String ref = startPlan("brent", null);
    HttpResponse<String> answer = Http.rest(port, "helen.health").submitStartForm(ProfessionalDifferencesProcess.KEY, """
        {"caseReference": {"value": "%s"}, "differenceDescription": {"value": "We disagree about the threshold"},
         "aboutAgency": {"value": "education"}, "raisedBy": {"value": "olivia.outsider"}}""".formatted(ref));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(ProfessionalDifferencesProcess.RAISED_BY);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProfessionalDifferencesProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isZero();
    assertThat(tasks.createTaskQuery().taskAssignee("olivia.outsider").count()).isZero();
  }

  @Test
  @DisplayName("R24-R26: a visit recorded by one member as made or recorded by the key worker is refused; the clocks and the visits are as they were")
  void visitAsSomeoneElse() throws Exception {
    String ref = startPlan("brent", 4);
    Map<String, Object> before = clocks(ref);
    Http helen = Http.rest(port, "helen.health");

    for (String forged : List.of("\"visitedBy\": {\"value\": \"sarah.social\"}", "\"recordedBy\": {\"value\": \"sarah.social\"}")) {
      HttpResponse<String> answer = helen.submitStartForm(RecordVisitProcess.KEY, visit(ref, forged));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(answer.body()).containsAnyOf("Visited by", "Recorded by");
    }
    assertThat(clocks(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("R24-R26: a visit recorded on the key worker's behalf restarts the child-seen clock, not the key worker's seen-alone clock, and says who recorded it")
  void visitOnBehalfOfKeyWorker() throws Exception {
    String ref = startPlan("brent", 4);
    Map<String, Object> before = clocks(ref);

    HttpResponse<String> answer = Http.rest(port, "helen.health").submitStartForm(RecordVisitProcess.KEY,
        visit(ref, "\"onBehalfOf\": {\"value\": \"sarah.social\"}"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

    Map<String, Object> after = clocks(ref);
    assertThat(after.get(CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo(LocalDate.now().toString());
    assertThat(after.get(CaseMonitoringProcess.SEEN_ALONE_FROM)).isEqualTo(before.get(CaseMonitoringProcess.SEEN_ALONE_FROM));
    assertThat(after.get(CaseMonitoringProcess.VISITS).toString())
        .contains("\"visitedBy\":\"sarah.social\"").contains("\"recordedBy\":\"helen.health\"");
  }

  @Test
  @DisplayName("R25: the key worker's own visit that saw the child alone restarts the seen-alone clock (identity taken from the session)")
  void keyWorkerOwnVisit() throws Exception {
    String ref = startPlan("brent", 4);
    HttpResponse<String> answer = Http.tasklist(port, "sarah.social").submitStartForm(RecordVisitProcess.KEY, visit(ref, null));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(clocks(ref).get(CaseMonitoringProcess.SEEN_ALONE_FROM)).isEqualTo(LocalDate.now().toString());
  }

  @Test
  @DisplayName("R19, R21: a meeting record naming someone else as its recorder is refused; the record task stays open")
  void meetingRecordedAsSomeoneElse() throws Exception {
    String ref = startPlan("brent", null);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(org.coregroup.meeting.CoreGroupMeetingProcess.TASK_RECORD_MEETING).singleResult().getId();
    String record = LongRecordsTest.record("We talked").replaceFirst("\\{", "{\"recordedBy\": {\"value\": \"helen.health\"}, ");
    HttpResponse<String> answer = Http.rest(port, "sarah.social").submitTaskForm(task, record);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("Recorded by");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  @DisplayName("R27, process level: whoever the engine has authenticated raised the concern, whatever the start variables say")
  void processLevelConcern() {
    String ref = startPlan("brent", null);
    identity.setAuthentication("helen.health", List.of("health"));
    Map<String, Object> vars = new HashMap<>();
    vars.put(RaiseConcernProcess.CASE_REFERENCE, ref);
    vars.put(RaiseConcernProcess.CONCERN_TYPE, "no-access");
    vars.put(RaiseConcernProcess.CONCERN_DESCRIPTION, "No answer at the door");
    vars.put(RaiseConcernProcess.RAISED_BY, "eddie.school");
    Rejections.rejectedNaming(RaiseConcernProcess.RAISED_BY, () -> runtime.startProcessInstanceByKey(RaiseConcernProcess.KEY, vars));
    vars.remove(RaiseConcernProcess.RAISED_BY);
    String id = runtime.startProcessInstanceByKey(RaiseConcernProcess.KEY, vars).getId();
    identity.clearAuthentication();
    assertThat(runtime.getVariable(id, RaiseConcernProcess.RAISED_BY)).isEqualTo("helen.health");
  }

  String startPlan(String policy, Integer seenAloneWeeks) {
    String ref = open.add(Cases.newReference());
    LocalDate icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<String, Object> vars = new HashMap<>(PlanCases.plan(policy, icpc.toString()));
    if (seenAloneWeeks != null) {
      vars.put(CaseMonitoringProcess.KEY_WORKER_SEES_CHILD_ALONE_WEEKS, seenAloneWeeks);
    }
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);
    return ref;
  }

  Map<String, Object> clocks(String ref) {
    String monitoring = runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
    Map<String, Object> clocks = new HashMap<>(runtime.getVariables(monitoring, List.of(CaseMonitoringProcess.CHILD_SEEN_FROM,
        CaseMonitoringProcess.SEEN_ALONE_FROM, CaseMonitoringProcess.CHILD_SEEN_DUE, CaseMonitoringProcess.SEEN_ALONE_DUE)));
    clocks.put(CaseMonitoringProcess.VISITS, String.valueOf(runtime.getVariable(monitoring, CaseMonitoringProcess.VISITS)));
    return clocks;
  }

  static String concern(String ref, String extra) {
    return """
        {"caseReference": {"value": "%s"}, "concernType": {"value": "no-access"},
         "concernDescription": {"value": "No answer at the door"}%s}""".formatted(ref, extra == null ? "" : ", " + extra);
  }

  static String visit(String ref, String extra) {
    return """
        {"caseReference": {"value": "%s"}, "visitDate": {"value": "%s"}, "visitorAgency": {"value": "health"},
         "childSeen": {"value": true}, "seenAlone": {"value": true}%s}""".formatted(ref, LocalDate.now(),
        extra == null ? "" : ", " + extra);
  }
}
