package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;

/**
 * What every attack test needs: a real case started over HTTP, requests as a given user to
 * {@code /engine-rest} (HTTP Basic) or to the webapps' API (logged in, with the CSRF token, as
 * Tasklist does), and a snapshot of everything about the case an attack could change.
 */
abstract class SecuritySuite {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SARAH = "sarah.social";
  static final String HELEN = "helen.health";
  static final String OLIVIA = "olivia.outsider";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;

  /** A new plan started by Sarah as key worker, with Helen a member and Olivia outside it. */
  String newCase() throws Exception {
    String ref = Cases.newReference();
    HttpResponse<String> started = rest("POST", "/process-definition/key/ChildProtectionPlanProcess/start", SARAH,
        EngineRestSecurityTest.startBody(ref, EngineRestSecurityTest.lastMonday().toString()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return ref;
  }

  Task task(String ref, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  Task helensTask(String ref) {
    return task(ref, CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE);
  }

  String aJobOf(String ref) {
    return management.createJobQuery().processInstanceId(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
            .filter(p -> management.createJobQuery().processInstanceId(p.getId()).count() > 0)
            .findFirst().orElseThrow().getId())
        .list().get(0).getId();
  }

  /** Everything an attack might change: variables, tasks and their people, jobs, task grants. */
  Map<String, Object> snapshot(String ref) {
    Map<String, Object> state = new TreeMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
      String id = instance.getId();
      state.put(id + " suspended", instance.isSuspended());
      runtime.getVariables(id).forEach((name, value) -> state.put(id + " variable " + name, String.valueOf(value)));
      management.createJobQuery().processInstanceId(id).list().forEach(job -> state.put("job " + job.getId(),
          job.getRetries() + " " + job.getDuedate() + " " + job.isSuspended() + " " + job.getExceptionMessage()));
    }
    List<Task> open = new ArrayList<>(tasks.createTaskQuery().processInstanceBusinessKey(ref).list());
    open.sort(Comparator.comparing(Task::getId));
    for (Task task : open) {
      state.put("task " + task.getId(), task.getName() + " assignee=" + task.getAssignee() + " owner="
          + task.getOwner() + " due=" + task.getDueDate() + " followUp=" + task.getFollowUpDate()
          + " priority=" + task.getPriority());
      tasks.getIdentityLinksForTask(task.getId()).forEach(link -> state.put("link " + task.getId() + " "
          + link.getType() + " " + link.getUserId() + " " + link.getGroupId(), true));
      authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
          .forEach(grant -> state.put("grant " + task.getId() + " " + grant.getUserId() + " " + grant.getGroupId(),
              String.valueOf(grant.getPermissions(org.camunda.bpm.engine.authorization.Permissions.values()).length)));
    }
    return state;
  }

  /** A request to {@code /engine-rest} as {@code user}. */
  HttpResponse<String> rest(String method, String path, String user, String body) throws IOException, InterruptedException {
    return Http.rest(port, user).call(method, path, body);
  }

  /** Logged in to Tasklist as {@code user}: {@link Http#call} calls the webapps' engine API as the browser does. */
  Http login(String user) throws IOException, InterruptedException {
    return Http.tasklist(port, user);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
