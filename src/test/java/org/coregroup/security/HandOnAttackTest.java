package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 5: handing a task on to hand the case on; grants left behind; unclaimed work lost. */
@CoreGroupTest
class HandOnAttackTest extends SecuritySuite {

  @Test
  @DisplayName("R23: a task cannot be assigned, delegated or claimed for someone outside the case")
  void handToOutsider() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);
    String path = "/task/" + task.getId();

    HttpResponse<String> assigned = rest("POST", path + "/assignee", HELEN, "{\"userId\": \"olivia.outsider\"}");
    HttpResponse<String> delegated = rest("POST", path + "/delegate", HELEN, "{\"userId\": \"olivia.outsider\"}");
    HttpResponse<String> claimed = rest("POST", path + "/claim", HELEN, "{\"userId\": \"olivia.outsider\"}");
    HttpResponse<String> viaTasklist = login(HELEN).call("POST", path + "/assignee", "{\"userId\": \"olivia.outsider\"}");

    assertThat(assigned.statusCode()).isEqualTo(400);
    assertThat(json(assigned).get("problems").get(0).get("field").asText()).isEqualTo("userId");
    assertThat(json(assigned).get("message").asText()).contains("not a member of this child's core group");
    assertThat(delegated.statusCode()).isEqualTo(400);
    assertThat(claimed.statusCode()).isEqualTo(400);
    assertThat(viaTasklist.statusCode()).isEqualTo(400);
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("Identity links, new tasks and deleting a task are refused to members")
  void identityLinksCreateDelete() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);

    assertThat(rest("POST", "/task/" + task.getId() + "/identity-links", HELEN,
        "{\"userId\": \"olivia.outsider\", \"type\": \"candidate\"}").statusCode()).isEqualTo(403);
    assertThat(rest("POST", "/task/" + task.getId() + "/identity-links", HELEN,
        "{\"groupId\": \"health\", \"type\": \"candidate\"}").statusCode()).isEqualTo(403);
    assertThat(rest("POST", "/task/create", HELEN, "{\"id\": \"x-" + ref + "\", \"name\": \"Read the file\","
        + " \"assignee\": \"olivia.outsider\"}").statusCode()).isEqualTo(403);
    assertThat(rest("DELETE", "/task/" + task.getId(), HELEN, null).statusCode()).isEqualTo(403);
    assertThat(login(HELEN).call("POST", "/task/create", "{\"name\": \"x\"}").statusCode()).isEqualTo(403);

    assertThat(snapshot(ref)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId("x-" + ref).count()).isZero();
  }

  @Test
  @DisplayName("Handed to another member, the task leaves the first: her grant is withdrawn and she cannot complete it")
  void grantsFollowTheTask() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);

    HttpResponse<String> handed = rest("POST", "/task/" + task.getId() + "/assignee", HELEN, "{\"userId\": \"carol.chair\"}");

    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("carol.chair");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .userIdIn(HELEN).count()).isZero();
    assertThat(rest("GET", "/task/" + task.getId(), HELEN, null).statusCode()).isEqualTo(404);
    Map<String, Object> afterHandOn = snapshot(ref);
    assertThat(rest("POST", "/task/" + task.getId() + "/complete", HELEN,
        "{\"variables\": {\"attending\": {\"value\": true}}}").statusCode()).isEqualTo(404);
    assertThat(snapshot(ref)).isEqualTo(afterHandOn);
    assertThat(rest("GET", "/task/" + task.getId(), "carol.chair", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("R4: a member of the case can take over a task, and the key worker's team manager too")
  void handToMember() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);

    assertThat(rest("POST", "/task/" + task.getId() + "/delegate", HELEN, "{\"userId\": \"tom.manager\"}").statusCode())
        .isEqualTo(204);
    Task delegated = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(delegated.getAssignee()).isEqualTo("tom.manager");
    assertThat(delegated.getOwner()).isEqualTo(HELEN);
  }

  @Test
  @DisplayName("Unclaiming (Tasklist's x beside the name) gives the task back to the key worker, not to nobody")
  void unclaimGoesToKeyWorker() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);

    HttpResponse<String> viaTasklist = login(HELEN).call("POST", "/task/" + task.getId() + "/unclaim", null);
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(SARAH);
    assertThat(rest("GET", "/task/" + task.getId(), HELEN, null).statusCode()).isEqualTo(404);

    Task record = task(ref, org.coregroup.meeting.CoreGroupMeetingProcess.TASK_RECORD_MEETING);
    assertThat(rest("POST", "/task/" + record.getId() + "/assignee", "admin", "{\"userId\": null}").statusCode())
        .isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(record.getId()).singleResult().getAssignee()).isEqualTo(SARAH);
  }
}
