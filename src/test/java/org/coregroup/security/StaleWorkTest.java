package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 9 (part): work that moved on under someone's feet is answered in words, never 500. */
@CoreGroupTest
class StaleWorkTest extends SecuritySuite {

  @org.springframework.beans.factory.annotation.Autowired SameMomentChange sameMoment;

  @Test
  @DisplayName("Completing a task someone just completed is a 404 that says to reload")
  void completedTwice() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    String complete = "/task/" + task.getId() + "/submit-form";
    String body = "{\"variables\": {\"attending\": {\"value\": true}}}";
    assertThat(rest("POST", complete, HELEN, body).statusCode()).isEqualTo(204);
    Map<String, Object> before = snapshot(ref);

    HttpResponse<String> again = rest("POST", complete, HELEN, body);
    HttpResponse<String> inTasklist = login(HELEN).call("POST", complete, body);

    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(json(again).get("message").asText()).contains("no longer open").contains("Reload")
        .doesNotContain(task.getId());
    assertThat(inTasklist.statusCode()).isEqualTo(404);
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("Deleting a case's task: refused to a member (403), explained to an administrator (409), never 500")
  void deleteTask() throws Exception {
    String ref = newCase();
    Task task = helensTask(ref);
    Map<String, Object> before = snapshot(ref);

    HttpResponse<String> byAdmin = rest("DELETE", "/task/" + task.getId(), "admin", null);

    assertThat(rest("DELETE", "/task/" + task.getId(), HELEN, null).statusCode()).isEqualTo(403);
    assertThat(byAdmin.statusCode()).isEqualTo(409);
    assertThat(json(byAdmin).get("message").asText()).contains("part of a case");
    assertThat(rest("DELETE", "/task/no-such-task", "admin", null).statusCode()).isEqualTo(404);
    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("Two people change the same task at the same moment: the second to commit gets 409 'reload', keeps nothing, and can then complete")
  void clashEndToEnd() throws Exception {
    // The clash is staged by a second writer while the completion runs. On PostgreSQL the
    // completion already holds the task's row lock then, so that writer waits instead of
    // overtaking and no clash happens: the staging works on H2 only. The 409 answer itself is
    // the same on both (RejectedInputResponses, tested at the handler).
    org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("coregroup.test.profiles", "").contains("postgres"),
        "the staged clash needs a database that lets the second writer commit first (H2)");
    String ref = newCase();
    Task task = helensTask(ref);
    String complete = "/task/" + task.getId() + "/submit-form";
    String body = "{\"variables\": {\"attending\": {\"value\": true}}}";
    Map<String, Object> before = snapshot(ref);
    sameMoment.arm(task.getId());

    HttpResponse<String> clash = login(HELEN).call("POST", complete, body);

    assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
    assertThat(json(clash).get("message").asText()).contains("Someone else changed").contains("Reload")
        .doesNotContain("ENGINE").doesNotContain(task.getId());
    assertThat(snapshot(ref)).as("nothing of Helen's completion is kept").isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getDescription())
        .as("the other change is kept").isEqualTo("Checked by the key worker");

    HttpResponse<String> reloaded = login(HELEN).call("POST", complete, body);
    assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  @DisplayName("A clash with someone else's change at the same moment is a 409 that says to reload")
  void optimisticLocking() throws Exception {
    var response = new RejectedInputResponses.EngineErrors().toResponse(
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity' failed"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getEntity().toString()).contains("Reload").doesNotContain("ENGINE");
  }
}
