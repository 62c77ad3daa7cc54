package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.testing.Http;
import org.coregroup.testing.ProductJar;
import org.coregroup.testing.ProductJar.Running;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the product has confirmed survives a crash (finding 1 of the trust issue): the built jar
 * runs in a JVM of its own on an H2 file database in a fresh folder, exactly as
 * {@code java -jar} runs it in the default profile; members complete the demo case's tasks over
 * REST, each answered 204; the JVM is killed ({@code kill -9}) right after the last answer and
 * started again on the same files, where every confirmed completion must be.
 *
 * <p>Run by failsafe after {@code package} (testing.ProductJar starts the jar; each start logs to
 * {@code target/product-jar/crash-*.log}).
 */
class DurabilityCrashIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  @DisplayName("Every task completion answered 204 is still there after the JVM is killed with kill -9 right after it")
  void confirmedCompletionsSurviveKill() throws Exception {
    Path data = folder.resolve("data");
    Running first = start(data, "first");
    // ready means ready: the demo case's tasks are there the moment readiness says UP
    Map<String, String> completions = new LinkedHashMap<>();
    for (String member : List.of("helen.health", "eddie.school", "paul.police")) {
      completions.put(openTask(first, member, CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE),
          "{\"variables\": {\"attending\": {\"value\": true}}}");
    }
    completions.put(openTask(first, "sarah.social", CoreGroupMeetingProcess.TASK_RECORD_FAMILY_ATTENDANCE),
        "{\"variables\": {\"childAttending\": {\"value\": true}, \"familyAttending\": {\"value\": true}}}");
    Map<String, String> assignees = new HashMap<>();
    for (String taskId : completions.keySet()) {
      assignees.put(taskId, JSON.readTree(get(first, "/engine-rest/task/" + taskId, "admin").body()).get("assignee").asText());
    }

    List<String> confirmed = new ArrayList<>();
    for (Map.Entry<String, String> completion : completions.entrySet()) {
      HttpResponse<String> answer = post(first, "/engine-rest/task/" + completion.getKey() + "/submit-form",
          assignees.get(completion.getKey()), completion.getValue());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
      confirmed.add(completion.getKey());
    }
    first.kill();

    Running second = start(data, "restart");
    try {
      for (String taskId : confirmed) {
        JsonNode historic = JSON.readTree(get(second, "/engine-rest/history/task?taskId=" + taskId, "admin").body());
        assertThat(historic).as("task %s", taskId).hasSize(1);
        assertThat(historic.get(0).get("endTime").isNull()).as("task %s completed", taskId).isFalse();
        assertThat(get(second, "/engine-rest/task/" + taskId, "admin").statusCode()).as("task %s open", taskId)
            .isEqualTo(404);
      }
      // what the completions did is kept too: the replies are on the briefing the chair reads
      String meeting = JSON.readTree(get(second, "/engine-rest/history/task?taskId=" + confirmed.get(0), "admin").body())
          .get(0).get("processInstanceId").asText();
      JsonNode replies = JSON.readTree(get(second, "/engine-rest/history/variable-instance?processInstanceId=" + meeting
          + "&variableName=" + CoreGroupMeetingProcess.ATTENDANCE_REPLIES + "&deserializeValues=false", "admin").body());
      assertThat(replies).hasSize(1);
      assertThat(replies.get(0).get("value").asText()).contains("helen.health", "eddie.school", "paul.police");
    } finally {
      second.stop();
    }
  }

  /** The jar on the H2 files in {@code data}, once it says it is ready. */
  static Running start(Path data, String name) throws Exception {
    return ProductJar.start("crash-" + name, List.of("--coregroup.data-dir=" + data.toAbsolutePath()));
  }

  static String openTask(Running app, String user, String taskKey) throws Exception {
    JsonNode tasks = JSON.readTree(get(app, "/engine-rest/task?processInstanceBusinessKey=" + DemoCase.REFERENCE
        + "&assignee=" + user + "&taskDefinitionKey=" + taskKey, user).body());
    assertThat(tasks).as("%s's %s in the demo case", user, taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static HttpResponse<String> get(Running app, String path, String user) throws IOException, InterruptedException {
    return Http.rest(app.port(), user).get(path);
  }

  static HttpResponse<String> post(Running app, String path, String user, String json) throws IOException, InterruptedException {
    return Http.rest(app.port(), user).send("POST", path, json);
  }
}
