package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 3: a member rewriting the case (its members, roles, deadlines) through her own task. */
@CoreGroupTest
class CaseRewriteAttackTest extends SecuritySuite {

  static final String OUTSIDER_AS_MEMBER = """
      {"value": "[{\\"name\\": \\"Olivia Outsider\\", \\"agency\\": \\"health\\", \\"userId\\": \\"olivia.outsider\\"}]",
       "type": "Json"}""";

  @Test
  @DisplayName("R23: writing the case's members or team manager through her task's variables is refused")
  void variableWrites() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);
    String variables = "/task/" + task.getId() + "/variables";

    assertThat(rest("PUT", variables + "/coreGroupMembers", HELEN, OUTSIDER_AS_MEMBER).statusCode()).isEqualTo(403);
    assertThat(rest("PUT", variables + "/teamManager", HELEN, "{\"value\": \"olivia.outsider\"}").statusCode()).isEqualTo(403);
    assertThat(rest("POST", variables, HELEN, "{\"modifications\": {\"keyWorker\": {\"value\": \"olivia.outsider\"}}}")
        .statusCode()).isEqualTo(403);
    assertThat(rest("PUT", "/task/" + task.getId() + "/localVariables/x", HELEN, "{\"value\": \"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(rest("DELETE", variables + "/keyWorker", HELEN, null).statusCode()).isEqualTo(403);
    assertThat(rest("PUT", "/process-instance/" + task.getProcessInstanceId() + "/variables/teamManager", HELEN,
        "{\"value\": \"olivia.outsider\"}").statusCode()).isEqualTo(403);
    assertThat(login(HELEN).call("PUT", variables + "/coreGroupMembers", OUTSIDER_AS_MEMBER).statusCode()).isEqualTo(403);

    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("R4: a member cannot move her own deadline or rename her task (PUT /task/{id})")
  void taskUpdate() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);

    HttpResponse<String> response = rest("PUT", "/task/" + task.getId(), HELEN,
        "{\"name\": \"Nothing to do\", \"due\": \"2099-01-01T00:00:00.000+0000\", \"assignee\": \"helen.health\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(login(HELEN).call("PUT", "/task/" + task.getId(), "{\"due\": \"2099-01-01T00:00:00.000+0000\"}")
        .statusCode()).isEqualTo(403);
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("A task completion carrying a case-wide or unknown variable is a 400 naming it, and keeps nothing")
  void completionCarriesOnlyTheForm() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);

    HttpResponse<String> planted = rest("POST", "/task/" + task.getId() + "/complete", HELEN,
        "{\"variables\": {\"attending\": {\"value\": true}, \"coreGroupMembers\": " + OUTSIDER_AS_MEMBER + "}}");
    HttpResponse<String> unknown = rest("POST", "/task/" + task.getId() + "/submit-form", HELEN,
        "{\"variables\": {\"attending\": {\"value\": true}, \"nextReviewDate\": {\"value\": \"2099-01-01\"}}}");
    HttpResponse<String> throughTasklist = login(HELEN).call("POST", "/task/" + task.getId() + "/submit-form",
        "{\"variables\": {\"attending\": {\"value\": true}, \"teamManager\": {\"value\": \"olivia.outsider\"}}}");

    assertThat(planted.statusCode()).isEqualTo(400);
    assertThat(json(planted).get("problems").get(0).get("field").asText()).isEqualTo("coreGroupMembers");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("problems").get(0).get("field").asText()).isEqualTo("nextReviewDate");
    assertThat(json(unknown).get("message").asText()).contains("Next review date").contains("is not on this form");
    assertThat(throughTasklist.statusCode()).isEqualTo(400);
    assertThat(throughTasklist.body()).contains("teamManager");
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("R33: a read-only field sent back unchanged is accepted (as Tasklist sends it); changed, it is refused")
  void readOnlyField() throws Exception {
    String ref = newCase();
    Task record = task(ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
    Map<String, Object> before = snapshot(ref);

    HttpResponse<String> changed = rest("POST", "/task/" + record.getId() + "/submit-form", SARAH,
        "{\"variables\": {\"meetingBriefing\": {\"value\": \"All is well, nothing to see\"}}}");

    assertThat(changed.statusCode()).isEqualTo(400);
    assertThat(json(changed).get("problems").get(0).get("field").asText()).isEqualTo("meetingBriefing");
    assertThat(json(changed).get("message").asText()).contains("for information");
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("The form's own fields still complete the task")
  void formFieldsComplete() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);

    HttpResponse<String> response = rest("POST", "/task/" + task.getId() + "/submit-form", HELEN,
        "{\"variables\": {\"attending\": {\"value\": true}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Starting a process carries only its start form's fields: no raisedBy of someone else")
  void startCarriesOnlyTheForm() throws Exception {
    String ref = newCase();
    long before = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()
        + runtime.createProcessInstanceQuery().variableValueEquals("caseReference", ref).count();

    HttpResponse<String> response = rest("POST", "/process-definition/key/RaiseConcernProcess/start", HELEN,
        "{\"variables\": {\"caseReference\": {\"value\": \"" + ref + "\"}, \"concernType\": {\"value\": \"no-access\"},"
            + " \"concernDescription\": {\"value\": \"No one answers\"}, \"raisedBy\": {\"value\": \"olivia.outsider\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("problems").get(0).get("field").asText()).isEqualTo("raisedBy");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()
        + runtime.createProcessInstanceQuery().variableValueEquals("caseReference", ref).count()).isEqualTo(before);
  }
}
