package org.coregroup.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each role may ask of the engine's REST API ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): an explicit list of method + path per role; everything else is
 * refused before it reaches the engine. Administrators are not limited. Reads are still filtered
 * by the engine's authorizations (a member sees her own cases only); this list decides which
 * kinds of request exist at all for a role. The table is documented in docs/security.md.
 *
 * <p>Paths are relative to the engine: {@code task/{id}/complete}; {@code {id}} is one path
 * segment, {@code **} any rest of the path.
 */
final class EngineApiAllowList {

  /** The roles the list knows; administrators bypass it. */
  enum Role { PRACTITIONER, SUPERVISOR, PROCESS_MANAGER }

  record Rule(String method, String template, Set<Role> roles, Pattern pattern) {
  }

  private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> WORKERS = EnumSet.of(Role.PRACTITIONER, Role.SUPERVISOR);
  private static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR);
  private static final Set<Role> MODELLERS = EnumSet.of(Role.SUPERVISOR, Role.PROCESS_MANAGER);
  private static final Set<Role> PROCESS_MANAGERS = EnumSet.of(Role.PROCESS_MANAGER);

  private static final List<Rule> RULES = new ArrayList<>();

  /** The webapps' plugin APIs ({@code /camunda/api/{app}/...}): rules keyed "app:template". */
  private static final List<Rule> PLUGIN_RULES = new ArrayList<>();

  /**
   * Requests that would match a rule above by an {@code {id}} but are engine-wide counts, not a
   * resource: {@code process-definition/statistics} counts every running instance and incident
   * of the whole engine. Refused to every role ({@link EngineApiPolicy} answers supervisors
   * with the counts of their own cases instead).
   */
  private static final Set<String> ENGINE_WIDE = Set.of("process-definition/statistics");

  /**
   * Cockpit's Human Tasks "grouped by candidate group": Camunda's report needs READ on every task
   * of the engine. Refused to every role but administrators by the list; {@link EngineApiPolicy}
   * answers supervisors with the tasks they may read.
   */
  static final String TASKS_BY_CANDIDATE_GROUP = "task/report/candidate-group-count";

  /** History reports that a rule would let through by an {@code {id}}: they count every case of a definition. */
  private static final Set<String> REPORTS = Set.of("history/process-instance/report", "history/task/report");

  static {
    // Everyone logged in: who am I, who are the others, which engine.
    allow(ANYONE, "GET", "version", "user", "user/count", "user/{id}/profile", "group", "group/count",
        "identity/groups", "authorization/check");
    allow(ANYONE, "POST", "group", "group/count");
    // Camunda's password rules, shown while a new password is typed (Welcome's "my profile").
    allow(ANYONE, "GET", "identity/password-policy");
    allow(ANYONE, "POST", "identity/password-policy");
    // One's own password, with the current one (the guard checks the id is the user's own;
    // the engine checks the current password and the policy).
    allow(ANYONE, "PUT", "user/{id}/credentials");

    // Practitioners (and supervisors, who also work tasks): their tasks and forms.
    allow(WORKERS, "GET", "task", "task/count", "task/{id}", "task/{id}/form", "task/{id}/rendered-form",
        "task/{id}/deployed-form", "task/{id}/form-variables", "task/{id}/variables",
        "task/{id}/variables/{name}", "task/{id}/variables/{name}/data", "task/{id}/localVariables",
        "task/{id}/localVariables/{name}", "task/{id}/identity-links", "task/{id}/comment",
        "task/{id}/comment/{id}", "task/{id}/attachment", "task/{id}/attachment/{id}",
        "task/{id}/attachment/{id}/data");
    allow(WORKERS, "POST", "task", "task/count");
    // Handing on and completing: the guard checks who the task goes to and what the form sends.
    allow(WORKERS, "POST", "task/{id}/claim", "task/{id}/unclaim", "task/{id}/assignee", "task/{id}/delegate",
        "task/{id}/resolve", "task/{id}/complete", "task/{id}/submit-form", "task/{id}/comment/create");
    // Tasklist's filters.
    allow(WORKERS, "GET", "filter", "filter/count", "filter/{id}", "filter/{id}/list", "filter/{id}/count",
        "filter/{id}/singleResult");
    allow(WORKERS, "POST", "filter/{id}/list", "filter/{id}/count", "filter/{id}/singleResult");
    // Starting the processes they may start (the engine checks CREATE_INSTANCE per process).
    allow(WORKERS, "GET", "process-definition", "process-definition/count", "process-definition/{id}",
        "process-definition/{id}/xml", "process-definition/{id}/startForm",
        "process-definition/{id}/deployed-start-form", "process-definition/{id}/form-variables",
        "process-definition/{id}/rendered-form", "process-definition/{id}/diagram",
        "process-definition/key/{key}", "process-definition/key/{key}/**", "case-definition",
        "case-definition/count", "deployment/{id}/resources", "deployment/{id}/resources/**");
    allow(WORKERS, "POST", "process-definition/{id}/start", "process-definition/{id}/submit-form",
        "process-definition/key/{key}/start", "process-definition/key/{key}/submit-form",
        "process-definition/key/{key}/tenant-id/{id}/start",
        "process-definition/key/{key}/tenant-id/{id}/submit-form");
    // A task's history and the case it belongs to (the engine shows members their own only).
    allow(WORKERS, "GET", "history/task", "history/task/count", "history/user-operation",
        "history/user-operation/count", "history/identity-link-log", "history/identity-link-log/count",
        "process-instance", "process-instance/count", "process-instance/{id}",
        "process-instance/{id}/activity-instances", "history/process-instance",
        "history/process-instance/count", "history/process-instance/{id}");

    // Team managers and chairs: what Cockpit shows of their cases, read only.
    allow(SUPERVISORS, "GET", "process-definition/**", "decision-definition", "decision-definition/**",
        "decision-requirements-definition", "decision-requirements-definition/**", "deployment",
        "deployment/**", "process-instance", "process-instance/**", "execution", "execution/**",
        "incident", "incident/**", "job", "job/count", "job/{id}", "job/{id}/stacktrace", "job-definition",
        "job-definition/count", "job-definition/{id}", "variable-instance", "variable-instance/**",
        "external-task", "external-task/count", "external-task/{id}",
        // history: the lists and single records the engine filters by the user's grants; not the
        // reports (duration, cleanable, finished counts), which count every case of a definition
        "history/process-instance", "history/process-instance/count", "history/process-instance/{id}",
        "history/activity-instance", "history/activity-instance/count", "history/activity-instance/{id}",
        "history/task", "history/task/count", "history/variable-instance", "history/variable-instance/count",
        "history/variable-instance/{id}", "history/variable-instance/{id}/data", "history/decision-instance",
        "history/decision-instance/count", "history/decision-instance/{id}", "history/incident", "history/incident/count",
        "history/user-operation", "history/user-operation/count", "history/identity-link-log",
        "history/identity-link-log/count", "history/detail", "history/detail/count", "history/detail/{id}",
        "history/job-log", "history/job-log/count", "history/job-log/{id}");
    allow(SUPERVISORS, "POST", "process-instance", "process-instance/count", "execution", "execution/count",
        "variable-instance", "variable-instance/count", "job", "job/count", "external-task",
        "external-task/count", "history/process-instance", "history/process-instance/count",
        "history/activity-instance", "history/activity-instance/count", "history/task",
        "history/task/count", "history/variable-instance", "history/variable-instance/count",
        "history/decision-instance", "history/decision-instance/count");

    // Process managers: models, tables and forms from Camunda Modeler; definitions, no case.
    allow(MODELLERS, "GET", "process-definition", "process-definition/count", "process-definition/{id}",
        "process-definition/{id}/xml", "process-definition/key/{key}", "process-definition/key/{key}/xml",
        "decision-definition", "decision-definition/count", "decision-definition/{id}",
        "decision-definition/{id}/xml", "decision-requirements-definition",
        "decision-requirements-definition/{id}", "decision-requirements-definition/{id}/xml",
        "deployment", "deployment/count", "deployment/{id}", "deployment/{id}/resources",
        "deployment/{id}/resources/**");
    allow(PROCESS_MANAGERS, "POST", "deployment/create");

    // The webapps' plugin APIs. Cockpit's own plugin ("base") lists and counts process
    // instances, incidents and called processes with the engine's instance authorizations:
    // team managers and chairs see their cases. Its process-definition statistics count the
    // whole engine and are answered with their cases' counts instead (EngineApiPolicy).
    // Tasklist's and Admin's plugins (Admin: engine-wide usage metrics) are for administrators.
    plugin(SUPERVISORS, "cockpit", "GET", "plugin/base/{engine}/process-instance",
        "plugin/base/{engine}/process-instance/count", "plugin/base/{engine}/process-instance/{id}/called-process-instances",
        "plugin/base/{engine}/incident", "plugin/base/{engine}/incident/count",
        "plugin/base/{engine}/process-definition/{id}/called-process-definitions",
        "plugin/base/{engine}/process-definition/statistics-count", "plugin/base/{engine}/process-definition/statistics");
    plugin(SUPERVISORS, "cockpit", "POST", "plugin/base/{engine}/process-instance",
        "plugin/base/{engine}/process-instance/count", "plugin/base/{engine}/process-instance/{id}/called-process-instances",
        "plugin/base/{engine}/incident", "plugin/base/{engine}/incident/count",
        "plugin/base/{engine}/process-definition/{id}/called-process-definitions");
  }

  private EngineApiAllowList() {
  }

  private static void allow(Set<Role> roles, String method, String... templates) {
    for (String template : templates) {
      RULES.add(new Rule(method, template, roles, toPattern(template)));
    }
  }

  private static void plugin(Set<Role> roles, String app, String method, String... templates) {
    for (String template : templates) {
      PLUGIN_RULES.add(new Rule(method, app + ":" + template, roles, toPattern(app + ":" + template)));
    }
  }

  private static Pattern toPattern(String template) {
    String regex = Pattern.quote(template)
        .replace("/**", "\\E(/.*)?\\Q")
        .replaceAll("\\{[a-zA-Z]+}", "\\\\E[^/]+\\\\Q");
    return Pattern.compile(regex);
  }

  /** Whether someone with these roles may make this request; {@code path} is relative to the engine. */
  static boolean allows(Collection<Role> roles, String method, String path) {
    String relative = relativeToEngine(path);
    if (relative.equals("engine") || relative.isEmpty()) {
      return !roles.isEmpty();
    }
    if (ENGINE_WIDE.contains(relative) || REPORTS.contains(relative)) {
      return false;
    }
    return matches(RULES, roles, method, relative);
  }

  /** An engine-wide count that the rules would otherwise let through by an {@code {id}}. */
  static boolean isEngineWide(String path) {
    return ENGINE_WIDE.contains(relativeToEngine(path));
  }

  /**
   * Whether someone with these roles may make this request of a webapp's plugin API;
   * {@code app} is {@code cockpit}, {@code tasklist}, {@code admin} or {@code welcome} and
   * {@code path} is below {@code /camunda/api/{app}/}. A plugin's static files (its scripts,
   * which the login pages load too) are for everyone; what is not a plugin (Admin's login and
   * first-user set-up) is Camunda's own business, decided by Camunda.
   */
  static boolean allowsPlugin(Collection<Role> roles, String app, String method, String path) {
    String relative = path.replaceAll("^/+|/+$", "");
    if (!relative.startsWith("plugin/")) {
      return true;
    }
    String verb = method.equals("HEAD") || method.equals("OPTIONS") ? "GET" : method;
    if (verb.equals("GET") && STATIC.matcher(relative).matches()) {
      return true;
    }
    return matches(PLUGIN_RULES, roles, method, app + ":" + relative);
  }

  private static final Pattern STATIC = Pattern.compile("plugin/[^/]+/static/.*");

  private static boolean matches(List<Rule> rules, Collection<Role> roles, String method, String relative) {
    // OPTIONS lists the actions a resource offers the user (Tasklist asks it of filters): a read.
    String verb = method.equals("HEAD") || method.equals("OPTIONS") ? "GET" : method;
    return rules.stream().anyMatch(rule -> rule.method().equals(verb)
        && rule.roles().stream().anyMatch(roles::contains)
        && rule.pattern().matcher(relative).matches());
  }

  /**
   * The path without slashes at either end and without {@code engine/{name}/}: the REST API
   * answers both {@code /engine-rest/task} and {@code /engine-rest/engine/default/task}, the
   * webapps only the second.
   */
  static String relativeToEngine(String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    if (trimmed.startsWith("engine/")) {
      int next = trimmed.indexOf('/', "engine/".length());
      return next < 0 ? "" : trimmed.substring(next + 1);
    }
    return trimmed;
  }

  static List<Rule> rules() {
    return List.copyOf(RULES);
  }

  static List<Rule> pluginRules() {
    return List.copyOf(PLUGIN_RULES);
  }
}
