package org.coregroup.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.coregroup.audit.AuditEvent.Action;
import org.coregroup.audit.AuditedRequest.Kind;
import org.coregroup.audit.AuditedRequest.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a request touches of a case, read from its method, path, query and body. */
class AuditedRequestTest {

  static final String ID = "19de9341-edd5-11f1-9e12-02fc00000001";
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("A Tasklist form submission is a change of that task, with the names of its fields only")
  void submission() throws Exception {
    var request = AuditedRequest.of("POST", "/camunda/api/engine/engine/default/task/" + ID + "/submit-form", Map.of(),
        JSON.readTree("{\"variables\": {\"attending\": {\"value\": \"secret\"}, \"apologies\": {\"value\": \"x\"}}}")).orElseThrow();
    assertThat(request.action()).isEqualTo(Action.CHANGE);
    assertThat(request.resource()).isEqualTo(new Resource(Kind.TASK, ID));
    assertThat(request.fields()).containsExactly("attending", "apologies");
    assertThat(AuditFilter.describe(request, "task 'Confirm attendance'"))
        .isEqualTo("completed task 'Confirm attendance'; fields: attending, apologies").doesNotContain("secret");
  }

  @Test
  @DisplayName("A query by POST that names a case is a read; one that names none is not a case record")
  void queries() throws Exception {
    var read = AuditedRequest.of("POST", "/engine-rest/variable-instance", Map.of(),
        JSON.readTree("{\"processInstanceIdIn\": [\"" + ID + "\"]}")).orElseThrow();
    assertThat(read.action()).isEqualTo(Action.READ);
    assertThat(read.mentioned()).containsExactly(new Resource(Kind.PROCESS_INSTANCE, ID));
    assertThat(AuditedRequest.of("GET", "/engine-rest/task", Map.of("assignee", new String[] {"sarah.social"}), null))
        .isEmpty();
    assertThat(AuditedRequest.of("GET", "/engine-rest/process-definition/" + ID + "/xml", Map.of(), null)).isEmpty();
    assertThat(AuditedRequest.of("GET", "/camunda/api/engine/engine/default/task/" + ID + "/deployed-form", Map.of(), null))
        .as("a form's layout is not case data").isEmpty();
  }

  @Test
  @DisplayName("Lists of case records are recognised, counts and definitions are not; the query keeps values of ids only")
  void lists() throws Exception {
    assertThat(AuditedRequest.listing("GET", "/engine-rest/task")).contains("tasks");
    assertThat(AuditedRequest.listing("POST", "/camunda/api/engine/engine/default/filter/" + ID + "/list"))
        .contains("tasks of a Tasklist filter");
    assertThat(AuditedRequest.listing("POST", "/engine-rest/history/variable-instance")).contains("history of variable instances");
    assertThat(AuditedRequest.listing("POST", "/camunda/api/cockpit/plugin/base/default/process-instance"))
        .contains("process instances");
    assertThat(AuditedRequest.listing("GET", "/engine-rest/task/count")).isEmpty();
    assertThat(AuditedRequest.listing("GET", "/engine-rest/process-definition")).isEmpty();
    assertThat(AuditedRequest.listing("POST", "/engine-rest/history/cleanup")).isEmpty();
    assertThat(AuditedRequest.criteria(Map.of("assignee", new String[] {"sarah.social"}), JSON.readTree(
        "{\"processVariables\": [{\"value\": \"Amy\"}], \"nameLike\": \"%Amy%\", \"active\": true}")))
        .isEqualTo("assignee=sarah.social, processVariables, nameLike, active=true");
  }

  @Test
  @DisplayName("A start names its case by the case reference it sends; a variable write names the variable")
  void startsAndVariables() throws Exception {
    var start = AuditedRequest.of("POST", "/engine-rest/process-definition/key/ChildProtectionPlanProcess/start",
        Map.of(), JSON.readTree("{\"variables\": {\"caseReference\": {\"value\": \"CASE-1\"}}}")).orElseThrow();
    assertThat(start.caseReferences()).containsExactly("CASE-1");
    assertThat(start.startedDefinition()).isEqualTo("ChildProtectionPlanProcess");
    var write = AuditedRequest.of("PUT", "/engine-rest/task/" + ID + "/variables/coreGroupMembers", Map.of(),
        JSON.readTree("{\"value\": \"[]\"}")).orElseThrow();
    assertThat(write.fields()).containsExactly("coreGroupMembers");
    assertThat(AuditFilter.describe(write, "task 'Record meeting'")).isEqualTo(
        "changed variables/coreGroupMembers of task 'Record meeting'; fields: coreGroupMembers");
  }

  @Test
  @DisplayName("The channel is the REST API or the webapp the page came from")
  void channels() {
    assertThat(AuditFilter.channel("/engine-rest/task", null)).isEqualTo("REST");
    assertThat(AuditFilter.channel("/camunda/api/engine/engine/default/task", "http://h/camunda/app/cockpit/default/"))
        .isEqualTo("Cockpit");
    assertThat(AuditedRequest.engineName("/camunda/api/engine/engine/default/task")).isEqualTo("default");
  }
}
