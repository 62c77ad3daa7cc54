package org.coregroup.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.coregroup.audit.AuditEvent.Action;
import org.coregroup.membership.CaseVariables;

/**
 * What a request to the engine's REST API ({@code /engine-rest} or the webapps'
 * {@code /camunda/api}) touches of a case, read from its method, path, query and JSON body:
 * the case resources it names by id (process instance, task, execution, job, variable), the case
 * references it names, whether it reads or changes, and the names (never the values) of the
 * fields it sends. Requests that name no case resource (definitions, users, lists across
 * cases) are not case records: {@link #of} answers empty for them. Engine-free.
 */
record AuditedRequest(String method, Action action, Resource resource, String subresource, Set<Resource> mentioned,
    Set<String> caseReferences, String startedDefinition, List<String> fields, String path) {

  /** The kinds of case resource the REST API names by id. */
  enum Kind { PROCESS_INSTANCE, TASK, EXECUTION, JOB, VARIABLE, SCOPE }

  record Resource(Kind kind, String id) {
  }

  /** Ids are UUIDs (or numbers with the engine's default generator); words like "count" are not. */
  private static final Pattern ID = Pattern.compile("(?=.*\\d)[0-9a-fA-F-]{1,64}");

  private static final Map<String, Kind> PATH_KINDS = Map.of(
      "process-instance", Kind.PROCESS_INSTANCE, "task", Kind.TASK, "execution", Kind.EXECUTION,
      "job", Kind.JOB, "variable-instance", Kind.VARIABLE);

  /** Query parameters and body properties that name case resources. */
  private static final Map<String, Kind> ID_PARAMETERS = Map.ofEntries(
      Map.entry("processInstanceId", Kind.PROCESS_INSTANCE), Map.entry("processInstanceIds", Kind.PROCESS_INSTANCE),
      Map.entry("processInstanceIdIn", Kind.PROCESS_INSTANCE), Map.entry("superProcessInstance", Kind.PROCESS_INSTANCE),
      Map.entry("subProcessInstance", Kind.PROCESS_INSTANCE), Map.entry("rootProcessInstanceId", Kind.PROCESS_INSTANCE),
      Map.entry("taskId", Kind.TASK), Map.entry("taskIdIn", Kind.TASK),
      Map.entry("executionId", Kind.EXECUTION), Map.entry("executionIdIn", Kind.EXECUTION),
      Map.entry("variableScopeIdIn", Kind.SCOPE));

  private static final Set<String> REFERENCE_PARAMETERS = Set.of(
      "businessKey", "processInstanceBusinessKey", "processInstanceBusinessKeyIn");

  /** Form layouts, not case data: Tasklist fetches them with every task it opens. */
  private static final Set<String> LAYOUT_ONLY = Set.of("form", "deployed-form");

  /**
   * @param path the request's path without the context path, e.g. {@code /engine-rest/task/42/complete}
   * @param body the JSON body, or null
   */
  static Optional<AuditedRequest> of(String method, String path, Map<String, String[]> query, JsonNode body) {
    if ("OPTIONS".equals(method)) {
      return Optional.empty();
    }
    List<String> segments = apiSegments(path);
    if (segments == null) {
      return Optional.empty();
    }
    boolean reading = "GET".equals(method) || "HEAD".equals(method);

    Resource resource = null;
    String subresource = "";
    String lastCollection = null;
    for (int i = 0; i < segments.size(); i++) {
      Kind kind = PATH_KINDS.get(segments.get(i));
      if (kind == null) {
        continue;
      }
      lastCollection = segments.get(i);
      if (i + 1 < segments.size() && ID.matcher(segments.get(i + 1)).matches()) {
        resource = new Resource(kind, segments.get(i + 1));
        subresource = String.join("/", segments.subList(i + 2, segments.size()));
        break;
      }
    }
    String startedDefinition = startedDefinition(method, segments);
    boolean message = "POST".equals(method) && segments.equals(List.of("message"));

    Set<Resource> mentioned = new LinkedHashSet<>();
    Set<String> references = new LinkedHashSet<>();
    query.forEach((name, values) -> {
      for (String value : values) {
        collect(name, splitList(value), mentioned, references);
      }
    });
    if (body != null && body.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
        var property = it.next();
        collect(property.getKey(), values(property.getValue()), mentioned, references);
      }
      if (startedDefinition != null) {
        JsonNode reference = body.path("variables").path(CaseVariables.CASE_REFERENCE).path("value");
        if (reference.isTextual() && !reference.asText().isBlank()) {
          references.add(reference.asText().trim());
        }
      }
    }

    if (resource != null && reading && LAYOUT_ONLY.contains(subresource)) {
      return Optional.empty();
    }
    if (resource == null && mentioned.isEmpty() && references.isEmpty() && startedDefinition == null && !message) {
      return Optional.empty();
    }
    boolean postedQuery = "POST".equals(method) && resource == null && startedDefinition == null && !message
        && (segments.get(segments.size() - 1).equals(lastCollection) || segments.get(segments.size() - 1).equals("count"));
    Action action = reading || postedQuery ? Action.READ : Action.CHANGE;
    List<String> fields = action == Action.CHANGE ? fields(method, subresource, body) : List.of();
    return Optional.of(new AuditedRequest(method, action, resource, subresource, mentioned, references, startedDefinition,
        fields, "/" + String.join("/", segments)));
  }

  /**
   * The path below the engine: {@code /engine-rest[/engine/{name}]/...},
   * {@code /camunda/api/engine/engine/{name}/...} and the Cockpit and Tasklist plugins'
   * {@code /camunda/api/{app}/plugin/{plugin}/{engine}/...}; null for any other path.
   */
  static List<String> apiSegments(String path) {
    List<String> s = new ArrayList<>(Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList());
    if (s.size() > 0 && s.get(0).equals("engine-rest")) {
      s = s.subList(1, s.size());
      if (s.size() >= 2 && s.get(0).equals("engine")) {
        s = s.subList(2, s.size());
      }
    } else if (s.size() >= 2 && s.get(0).equals("camunda") && s.get(1).equals("api")) {
      s = s.subList(2, s.size());
      if (s.size() >= 3 && s.get(0).equals("engine") && s.get(1).equals("engine")) {
        s = s.subList(3, s.size());
      } else if (s.size() >= 4 && (s.get(0).equals("cockpit") || s.get(0).equals("tasklist"))
          && s.get(1).equals("plugin")) {
        s = s.subList(4, s.size());
      } else {
        return null;
      }
    } else {
      return null;
    }
    return s.isEmpty() ? null : List.copyOf(s);
  }

  /** The engine a webapp request addresses: {@code /camunda/api/engine/engine/{name}/...} or a plugin's. */
  static String engineName(String path) {
    String[] s = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
    if (s.length >= 5 && s[2].equals("engine") && s[3].equals("engine")) {
      return s[4];
    }
    if (s.length >= 6 && s[3].equals("plugin")) {
      return s[5];
    }
    return "default";
  }

  /** Collections whose items are case records (tasks, instances, their history), by what to call them. */
  private static final Map<String, String> CASE_LISTS = Map.of(
      "task", "tasks", "process-instance", "process instances", "execution", "executions",
      "variable-instance", "variables", "incident", "incidents", "job", "scheduled jobs",
      "external-task", "external tasks");

  /** Query criteria whose values are ids, logins, keys or paging, recorded with the query; others by name only. */
  private static final Pattern PLAIN_CRITERION = Pattern.compile(
      "(?i).*(id|ids|idin|key|keyin|assignee|owner|user|group|groups|sortby|sortorder|firstresult|maxresults)");

  /**
   * A list of case records that names no case: a task list, a Tasklist filter's tasks, a history
   * query across cases ({@code GET} or a {@code POST} query; counts are not lists). Empty for
   * anything else. What to call the list, e.g. "tasks" or "history of process instances".
   */
  static Optional<String> listing(String method, String path) {
    if (!"GET".equals(method) && !"POST".equals(method)) {
      return Optional.empty();
    }
    List<String> s = apiSegments(path);
    if (s == null || s.get(s.size() - 1).equals("count")) {
      return Optional.empty();
    }
    if (s.size() == 3 && s.get(0).equals("filter") && (s.get(2).equals("list") || s.get(2).equals("singleResult"))) {
      return Optional.of("tasks of a Tasklist filter");
    }
    if (s.size() == 1 && CASE_LISTS.containsKey(s.get(0))) {
      return Optional.of(CASE_LISTS.get(s.get(0)));
    }
    if ("GET".equals(method) && s.size() == 2 && s.get(0).equals("history")) {
      return Optional.of("history of " + s.get(1).replace('-', ' ') + "s");
    }
    if ("POST".equals(method) && s.size() == 2 && s.get(0).equals("history")
        && !s.get(1).equals("cleanup") && !s.get(1).endsWith("delete")) {
      return Optional.of("history of " + s.get(1).replace('-', ' ') + "s");
    }
    return Optional.empty();
  }

  /**
   * The criteria of a list, in words: names with their values where these are ids, logins or
   * paging ("assignee=sarah.social, sortBy=created"), other criteria (variable values, names)
   * by name only.
   */
  static String criteria(Map<String, String[]> query, JsonNode body) {
    List<String> parts = new ArrayList<>();
    query.forEach((name, values) -> parts.add(criterion(name, String.join(",", values))));
    if (body != null && body.isObject()) {
      body.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        parts.add(value.isValueNode() ? criterion(field.getKey(), value.asText()) : field.getKey());
      });
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String criterion(String name, String value) {
    return PLAIN_CRITERION.matcher(name).matches() || value.equals("true") || value.equals("false")
        ? name + "=" + value : name;
  }

  /** {@code process-definition/{id}/start}, {@code .../key/{key}[/tenant-id/{t}]/submit-form}. */
  private static String startedDefinition(String method, List<String> s) {
    if (!"POST".equals(method) || s.size() < 3 || !s.get(0).equals("process-definition")) {
      return null;
    }
    String last = s.get(s.size() - 1);
    if (!last.equals("start") && !last.equals("submit-form")) {
      return null;
    }
    return s.get(1).equals("key") && s.size() >= 4 ? s.get(2) : s.get(1);
  }

  private static void collect(String name, List<String> values, Set<Resource> mentioned, Set<String> references) {
    Kind kind = ID_PARAMETERS.get(name);
    for (String value : values) {
      if (value.isBlank()) {
        continue;
      }
      if (kind != null) {
        mentioned.add(new Resource(kind, value.trim()));
      } else if (REFERENCE_PARAMETERS.contains(name)) {
        references.add(value.trim());
      }
    }
  }

  private static List<String> values(JsonNode node) {
    if (node.isTextual()) {
      return splitList(node.asText());
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(item -> {
        if (item.isTextual()) {
          values.add(item.asText());
        }
      });
      return values;
    }
    return List.of();
  }

  private static List<String> splitList(String value) {
    return Arrays.asList(value.split(","));
  }

  /** The names a change sends: form fields, variables, or the properties of an update. */
  private static List<String> fields(String method, String subresource, JsonNode body) {
    Set<String> names = new LinkedHashSet<>();
    String[] sub = subresource.split("/");
    if (sub.length == 2 && (sub[0].equals("variables") || sub[0].equals("localVariables"))) {
      names.add(sub[1]);
    }
    if (body != null && body.isObject()) {
      for (String container : List.of("variables", "modifications", "processVariables", "processVariablesLocal")) {
        body.path(container).fieldNames().forEachRemaining(names::add);
      }
      body.path("deletions").forEach(item -> names.add(item.asText()));
      if (names.isEmpty() && "PUT".equals(method)) {
        body.fieldNames().forEachRemaining(names::add);
      }
    }
    return List.copyOf(names);
  }
}
