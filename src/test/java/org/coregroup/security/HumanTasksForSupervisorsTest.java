package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.identity.Roles;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cockpit's Human Tasks page for team managers and chairs (docs/security.md, "Cockpit's Human
 * Tasks"): its "grouped by candidate group" report counts the tasks she may read, never the
 * engine's; its other counts (open, assigned) are history counts the engine already limits to her
 * cases. Identity from the session (or HTTP Basic), never from the request.
 */
@CoreGroupTest
class HumanTasksForSupervisorsTest extends SecuritySuite {

  static final String REPORT = "/task/report/candidate-group-count";
  static final String TOM = "tom.manager";

  /** An open task nobody holds, offered to Health, in no case of Tom's (a task outside any process). */
  @Autowired IdentityService identity;

  Task offered;
  String ref;

  @BeforeEach
  void unassignedTaskElsewhere() throws Exception {
    ref = newCase();
    offered = tasks.newTask();
    offered.setName("Offered to Health");
    tasks.saveTask(offered);
    tasks.addCandidateGroup(offered.getId(), Roles.HEALTH);
  }

  @AfterEach
  void close() {
    tasks.deleteTask(offered.getId(), true);
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).rootProcessInstances().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished", true, true));
  }

  @Test
  @DisplayName("Finding 10: a team manager's Human Tasks report counts the tasks he may read: another case's task is not counted until he may read it")
  void reportCountsHisTasksOnly() throws Exception {
    assertThat(health(json(ok(login(TOM).call("GET", REPORT, null))))).as("Tom's report in Cockpit's session").isZero();
    assertThat(health(json(ok(rest("GET", REPORT, TOM, null))))).as("Tom's report over HTTP Basic").isZero();
    assertThat(health(json(ok(rest("GET", REPORT, "admin", null))))).as("the engine's own report").isEqualTo(1);

    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(TOM);
    read.setResource(Resources.TASK);
    read.setResourceId(offered.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
    try {
      JsonNode report = json(ok(login(TOM).call("GET", REPORT, null)));
      assertThat(health(report)).as("once Tom may read it, it counts").isEqualTo(1);
      assertThat(report.get(0).fieldNames()).toIterable().containsExactly("groupName", "taskCount");
    } finally {
      authorizations.deleteAuthorization(read.getId());
    }
  }

  @Test
  @DisplayName("Finding 10: the chair's Human Tasks counts (open, assigned) are of the tasks she may read, fewer than the engine's")
  void countsOfTheChairsCases() throws Exception {
    String open = "/history/task/count?unfinished=true";
    String assigned = "/history/task/count?unfinished=true&assigned=true";
    long engine = json(ok(rest("GET", open, "admin", null))).path("count").asLong();
    long carol = json(ok(login("carol.chair").call("GET", open, null))).path("count").asLong();
    long tom = json(ok(login(TOM).call("GET", assigned, null))).path("count").asLong();
    long tomsReadable = countAs(TOM);
    assertThat(carol).as("Carol's open tasks").isPositive().isLessThan(engine);
    assertThat(tom).as("Tom's assigned open tasks: those of his cases he may read").isEqualTo(tomsReadable).isLessThan(engine);
    assertThat(json(ok(login("carol.chair").call("GET", REPORT, null))).isArray()).isTrue();
  }

  @Test
  @DisplayName("Finding 10: a practitioner still gets 403 for the report (she has no Cockpit)")
  void practitionerRefused() throws Exception {
    assertThat(login(SARAH).call("GET", REPORT, null).statusCode()).isEqualTo(403);
    assertThat(rest("GET", REPORT, HELEN, null).statusCode()).isEqualTo(403);
  }

  /** The open tasks with an assignee that {@code user} may read, by the engine's own task query as the user. */
  long countAs(String user) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      return tasks.createTaskQuery().taskAssigned().count();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static long health(JsonNode report) {
    long count = 0;
    for (JsonNode row : report) {
      if (Roles.HEALTH.equals(row.path("groupName").asText(null))) {
        count += row.path("taskCount").asLong();
      }
    }
    return count;
  }
}
