package org.coregroup.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.input.InputRejected;
import org.coregroup.input.InputRejected.Problem;
import org.coregroup.identity.AsSystem;
import org.coregroup.identity.Roles;
import org.coregroup.membership.CaseAccess;
import org.coregroup.membership.CaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.coregroup.json.Json;

/**
 * Decides each engine REST request before the engine sees it ({@link EngineApiGuard} asks):
 * the allow-list per role, then for the requests that change a case, what they carry: a task
 * completion only its form's fields, a task handed on only to a member of its case.
 */
@Component
class EngineApiPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiPolicy.class);

  private static final Pattern TASK_COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form)");
  private static final Pattern TASK_HAND_ON = Pattern.compile("task/([^/]+)/(claim|assignee|delegate)");
  private static final Pattern TASK = Pattern.compile("task/([^/]+)");
  private static final Pattern CREDENTIALS = Pattern.compile("user/([^/]+)/credentials");
  private static final Pattern START = Pattern.compile(
      "process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");

  /** What no task may send, whatever its form says: who is in the case and what it is. */
  static final Set<String> CASE_WIDE = Set.of(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_NAME,
      CaseVariables.ICPC_DATE, CaseVariables.KEY_WORKER, CaseVariables.TEAM_MANAGER,
      CaseVariables.CONFERENCE_CHAIR, CaseVariables.CORE_GROUP_MEMBERS, CaseVariables.LOCAL_POLICY,
      CaseVariables.JURISDICTION);

  static final String FORBIDDEN = "You cannot do this here. If your work needs it, ask an administrator.";
  static final String TASK_GONE = "This task is no longer open: it was completed, handed on or closed "
      + "while you had it open. Reload to see your current tasks.";

  /** The outcome: go on (perhaps with a cleaned body), or answer now. */
  record Decision(Response refusal, byte[] body) {
    static final Decision PASS = new Decision(null, null);

    static Decision refuse(Response response) {
      return new Decision(response, null);
    }

    /** Answered here, in place of the engine (the engine's answer would say too much). */
    static Decision answer(Object entity) {
      return new Decision(Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build(), null);
    }
  }

  private final IdentityService identity;
  private final TaskService tasks;
  private final FormService forms;
  private final RepositoryService repository;
  private final CaseAccess access;
  private final CaseStatistics statistics;

  EngineApiPolicy(IdentityService identity, TaskService tasks, FormService forms, RepositoryService repository,
      CaseAccess access, CaseStatistics statistics) {
    this.statistics = statistics;
    this.identity = identity;
    this.tasks = tasks;
    this.forms = forms;
    this.repository = repository;
    this.access = access;
  }

  Decision decide(String method, String path, Supplier<byte[]> body) {
    return decide(method, path, new MultivaluedHashMap<>(), body);
  }

  Decision decide(String method, String path, MultivaluedMap<String, String> query, Supplier<byte[]> body) {
    String relative = EngineApiAllowList.relativeToEngine(path);
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return relative.isEmpty() || relative.equals("engine") ? Decision.PASS : Decision.refuse(forbidden());
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.contains(Roles.ADMINISTRATORS)) {
      return decideForAdministrator(method, relative);
    }
    Set<EngineApiAllowList.Role> roles = rolesOf(groups);
    if (EngineApiAllowList.isEngineWide(relative) && method.equals("GET")
        && roles.contains(EngineApiAllowList.Role.SUPERVISOR)) {
      // Cockpit's dashboard: the counts of the cases she may read, not of the whole engine.
      return Decision.answer(statistics.perVersion(query));
    }
    if (relative.equals(EngineApiAllowList.TASKS_BY_CANDIDATE_GROUP) && method.equals("GET")
        && roles.contains(EngineApiAllowList.Role.SUPERVISOR)) {
      // Cockpit's Human Tasks page: the tasks she may read, not every task of the engine.
      return Decision.answer(statistics.unassignedTasksByCandidateGroup());
    }
    if (!EngineApiAllowList.allows(roles, method, relative)) {
      LOG.info("Refused {} {} for {}: not on the REST allow-list", method, relative, user.getUserId());
      return Decision.refuse(forbidden());
    }
    Matcher credentials = CREDENTIALS.matcher(relative);
    if (method.equals("PUT") && credentials.matches() && !credentials.group(1).equals(user.getUserId())) {
      LOG.info("Refused {} {} for {}: another user's password", method, relative, user.getUserId());
      return Decision.refuse(forbidden());
    }
    if (!method.equals("POST")) {
      return Decision.PASS;
    }
    Matcher completion = TASK_COMPLETION.matcher(relative);
    if (completion.matches()) {
      return completeTask(completion.group(1), body.get());
    }
    Matcher handOn = TASK_HAND_ON.matcher(relative);
    if (handOn.matches()) {
      return handOnTask(handOn.group(1), handOn.group(2), user.getUserId(), body.get());
    }
    Matcher start = START.matcher(relative);
    if (start.matches()) {
      return startProcess(start.group(1), start.group(2), body.get());
    }
    return Decision.PASS;
  }

  /**
   * A request to a webapp's plugin API ({@code /camunda/api/{app}/plugin/...}): on the plugin
   * allow-list of the user's role, or refused with the same 403 as the engine API.
   */
  Decision decidePlugin(String app, String method, String path, MultivaluedMap<String, String> query) {
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (user != null && user.getUserId() != null && groups.contains(Roles.ADMINISTRATORS)) {
      return Decision.PASS;
    }
    Set<EngineApiAllowList.Role> roles = user == null || user.getUserId() == null
        ? EnumSet.noneOf(EngineApiAllowList.Role.class) : rolesOf(groups);
    if (!EngineApiAllowList.allowsPlugin(roles, app, method, path)) {
      LOG.info("Refused {} /camunda/api/{}/{} for {}: not on the REST allow-list", method, app, path,
          user == null ? "an anonymous caller" : user.getUserId());
      return Decision.refuse(forbidden());
    }
    if (app.equals("cockpit") && method.equals("GET")
        && path.matches("/*plugin/base/[^/]+/process-definition/statistics/*")) {
      return Decision.answer(statistics.perProcess(query));
    }
    return Decision.PASS;
  }

  static Set<EngineApiAllowList.Role> rolesOf(List<String> groups) {
    Set<EngineApiAllowList.Role> roles = EnumSet.noneOf(EngineApiAllowList.Role.class);
    if (groups.stream().anyMatch(Roles.PRACTITIONERS::contains)) {
      roles.add(EngineApiAllowList.Role.PRACTITIONER);
    }
    if (groups.stream().anyMatch(Roles.SUPERVISORS::contains)) {
      roles.add(EngineApiAllowList.Role.SUPERVISOR);
    }
    if (groups.contains(Roles.PROCESS_MANAGERS)) {
      roles.add(EngineApiAllowList.Role.PROCESS_MANAGER);
    }
    return roles;
  }

  /** Administrators may do everything; deleting a case's task is answered in words, not a 500. */
  private Decision decideForAdministrator(String method, String relative) {
    Matcher task = TASK.matcher(relative);
    if (method.equals("DELETE") && task.matches()) {
      Task found = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
      if (found == null) {
        return Decision.refuse(plain(Response.Status.NOT_FOUND, TASK_GONE));
      }
      if (found.getProcessInstanceId() != null) {
        return Decision.refuse(plain(Response.Status.CONFLICT, "This task is part of a case and cannot be "
            + "deleted: it closes when the case moves on."));
      }
    }
    return Decision.PASS;
  }

  private Decision completeTask(String taskId, byte[] body) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Decision.refuse(plain(Response.Status.NOT_FOUND, TASK_GONE));
    }
    FormFields fields = AsSystem.call(identity, () -> taskForm(taskId));
    return checkFields(body, fields, true, name -> AsSystem.call(identity, () -> tasks.getVariable(taskId, name)));
  }

  private Decision handOnTask(String taskId, String action, String currentUser, byte[] body) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Decision.refuse(plain(Response.Status.NOT_FOUND, TASK_GONE));
    }
    JsonNode request = readJson(body);
    if (request == null) {
      return Decision.refuse(rejected(new InputRejected("userId", "is missing: say who should have the task")));
    }
    JsonNode userId = request.path("userId");
    if (userId.isNull() || userId.isMissingNode()) {
      // Handing the task to nobody: the engine gives it back to the key worker.
      return action.equals("assignee") ? Decision.PASS
          : Decision.refuse(rejected(new InputRejected("userId", "is missing: say who should have the task")));
    }
    if (action.equals("claim") && !userId.asText().equals(currentUser)) {
      return Decision.refuse(rejected(new InputRejected("userId", "must be you: you can only claim a task for yourself")));
    }
    if (!access.isMember(task.getProcessInstanceId(), userId.asText())) {
      return Decision.refuse(rejected(new InputRejected("userId",
          "is not a member of this child's core group: a task can only be handed to another member")));
    }
    return Decision.PASS;
  }

  private Decision startProcess(String key, String id, byte[] body) {
    ProcessDefinition definition = key != null
        ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      return Decision.PASS; // the engine answers 404 as it would to anyone who may not start it
    }
    FormFields fields = AsSystem.call(identity, () -> startForm(definition.getId()));
    return checkFields(body, fields, false, name -> null);
  }

  private FormFields taskForm(String taskId) {
    try (InputStream form = forms.getDeployedTaskForm(taskId)) {
      return FormFields.of(form);
    } catch (ProcessEngineException | IOException noCamundaForm) {
      return FormFields.NONE;
    }
  }

  private FormFields startForm(String processDefinitionId) {
    try (InputStream form = forms.getDeployedStartForm(processDefinitionId)) {
      return FormFields.of(form);
    } catch (ProcessEngineException | IOException noCamundaForm) {
      return FormFields.NONE;
    }
  }

  /**
   * Only the form's editable fields may be sent. A read-only field sent back unchanged (as
   * Tasklist does) is dropped; changed, or any other name, is refused naming it.
   */
  private Decision checkFields(byte[] body, FormFields fields, boolean task,
      java.util.function.Function<String, Object> current) {
    JsonNode request = readJson(body);
    if (request == null || !request.path("variables").isObject()) {
      return Decision.PASS;
    }
    ObjectNode variables = (ObjectNode) request.get("variables");
    List<Problem> problems = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (task && CASE_WIDE.contains(name)) {
        problems.add(new Problem(name, "belongs to the whole case and cannot be changed from a task"));
      } else if (fields.editable().contains(name)) {
        continue;
      } else if (fields.readOnly().contains(name) && SameValue.of(variable.getValue().path("value"), current.apply(name))) {
        unchanged.add(name);
      } else if (fields.readOnly().contains(name) || fields.shownOnly().contains(name)) {
        problems.add(new Problem(name, "is shown on this form for information and cannot be changed here"));
      } else {
        problems.add(new Problem(name, "is not on this form, so it cannot be sent with it"));
      }
    }
    if (!problems.isEmpty()) {
      LOG.info("Refused a form submission: {}", problems);
      return Decision.refuse(rejected(new InputRejected(problems)));
    }
    if (unchanged.isEmpty()) {
      return Decision.PASS;
    }
    variables.remove(unchanged);
    try {
      return new Decision(null, Json.MAPPER.writeValueAsBytes(request));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readJson(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  static Response forbidden() {
    return plain(Response.Status.FORBIDDEN, FORBIDDEN);
  }

  static Response plain(Response.Status status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", status.getReasonPhrase().replace(" ", ""), "message", message)).build();
  }

  private static Response rejected(InputRejected rejected) {
    return RejectedInputResponses.badRequest(rejected).orElseThrow();
  }

  /** Whether a value sent back equals the variable's current value (text, number, flag or JSON). */
  static final class SameValue {
    private SameValue() {
    }

    static boolean of(JsonNode sent, Object current) {
      if (current == null) {
        return sent.isNull() || sent.isMissingNode() || sent.asText().isEmpty();
      }
      if (current instanceof String || current instanceof Number || current instanceof Boolean) {
        return !sent.isContainerNode() && sent.asText().equals(current.toString());
      }
      try {
        JsonNode currentJson = Json.MAPPER.readTree(current.toString());
        JsonNode sentJson = sent.isTextual() ? Json.MAPPER.readTree(sent.asText()) : sent;
        return currentJson.equals(sentJson);
      } catch (IOException notJson) {
        return false;
      }
    }
  }
}
