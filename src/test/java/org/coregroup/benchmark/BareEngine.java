package org.coregroup.benchmark;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.coregroup.security.GroupChecksWithoutTableScan;
import org.coregroup.system.MissingIndexes;

/**
 * A bare Camunda engine on its own PostgreSQL database: authorization on, full history, no
 * product code. A plan here is one process whose parallel branches wait where the product's plan
 * waits right after its start: the same user tasks for the same people with the same due dates,
 * and the same timers. A whole lifecycle ({@link #startLifecycle}) is one process that walks the
 * path the product's case took ({@link Lifecycle}). It is the floor the product's figures are
 * compared with. Spin is on (the product's form values include JSON), as in the product.
 */
final class BareEngine implements AutoCloseable {

  static final List<String> GROUPS = List.of("childrens-social-care", "team-managers", "conference-chairs", "health",
      "education", "police");

  final ProcessEngine engine;
  final Map<String, String> filters = new HashMap<>();
  private final Map<String, String> deployed = new ConcurrentHashMap<>();

  BareEngine(String jdbcUrl, JobExecutionProperty productJobs) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare")
        .setJdbcUrl(jdbcUrl)
        .setJdbcUsername("postgres")
        .setJdbcPassword("")
        .setJdbcDriver("org.postgresql.Driver")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false);
    config.setJdbcMaxActiveConnections(10);
    config.getProcessEnginePlugins().addAll(List.of(new SpinProcessEnginePlugin(),
        // The product's fixes of the engine's own costs, so the bare engine is compared on its work
        // rather than on defects: the read of every grant's group before each command
        // (security.GroupChecksWithoutTableScan), and the indexes for a task's subtasks and job locks
        // (system.MissingIndexes), without which every step pays for every plan in the database.
        new GroupChecksWithoutTableScan(), MissingIndexes.forTheEnginesOwnStatements()));
    // the product's agency group names (as application.yaml allows them)
    config.setGroupResourceWhitelistPattern("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*");
    // the product's job executor threads and acquisition size (application.yaml), for the timers
    DefaultJobExecutor jobs = new DefaultJobExecutor();
    jobs.setCorePoolSize(productJobs.getCorePoolSize());
    jobs.setMaxPoolSize(productJobs.getMaxPoolSize());
    jobs.setQueueSize(productJobs.getQueueCapacity());
    if (productJobs.getMaxJobsPerAcquisition() != null) {
      jobs.setMaxJobsPerAcquisition(productJobs.getMaxJobsPerAcquisition());
    }
    config.setJobExecutor(jobs);
    engine = config.buildProcessEngine();
    setUp();
  }

  private void setUp() {
    var identity = engine.getIdentityService();
    for (String group : GROUPS) {
      identity.saveGroup(identity.newGroup(group));
      // UPDATE: a visit is a message to the plan, sent by the member who made it (Lifecycle)
      grant(group, Resources.PROCESS_INSTANCE, "*", READ, CREATE, UPDATE);
      grant(group, Resources.PROCESS_DEFINITION, "*", READ, CREATE_INSTANCE, READ_HISTORY);
    }
    var tasks = engine.getTaskService();
    saveFilter("My tasks", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    saveFilter("Overdue", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .dueBeforeExpression("${now()}").orderByDueDate().asc());
    saveFilter("Due this week", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}").orderByDueDate().asc());
  }

  private void saveFilter(String name, org.camunda.bpm.engine.task.TaskQuery query) {
    Filter filter = engine.getFilterService().newTaskFilter(name).setQuery(query)
        .setProperties(Map.of("variables", List.of(Map.of("name", "childName", "label", "Child"),
            Map.of("name", "caseReference", "label", "Case"))));
    engine.getFilterService().saveFilter(filter);
    filters.put(name, filter.getId());
    for (String group : GROUPS) {
      grant(group, Resources.FILTER, filter.getId(), READ);
    }
  }

  private void grant(String group, Resource resource, String id, Permission... permissions) {
    var auth = engine.getAuthorizationService();
    Authorization a = auth.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(id);
    for (Permission p : permissions) {
      a.addPermission(p);
    }
    auth.saveAuthorization(a);
  }

  void createUsers(Population people) {
    var identity = engine.getIdentityService();
    List<String> all = new java.util.ArrayList<>();
    all.addAll(people.keyWorkers);
    all.addAll(people.teamManagers);
    all.addAll(people.chairs);
    all.addAll(people.health);
    all.addAll(people.education);
    all.addAll(people.police);
    for (String userId : all) {
      var user = identity.newUser(userId);
      user.setPassword(Population.PASSWORD);
      identity.saveUser(user);
      people.groupsOf(userId).forEach(g -> identity.createMembership(userId, g));
    }
  }

  /** The wait states of one plan: who has a task and when it is due, and when each timer is due. */
  record Shape(List<String> assignees, List<Date> taskDue, List<Date> timers) {
  }

  /** Starts a plan waiting where {@code shape} says; the caller's authentication applies. */
  String start(String reference, String childName, Shape shape) {
    String key = "BarePlan" + shape.assignees().size() + "x" + shape.timers().size();
    deployed.computeIfAbsent(key, k -> {
      engine.getRepositoryService().createDeployment().addModelInstance(k + ".bpmn", model(k, shape)).deploy();
      return k;
    });
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseReference", reference);
    vars.put("childName", childName);
    for (int i = 0; i < shape.assignees().size(); i++) {
      vars.put("assignee" + i, shape.assignees().get(i));
      vars.put("due" + i, shape.taskDue().get(i));
    }
    for (int i = 0; i < shape.timers().size(); i++) {
      vars.put("timer" + i, shape.timers().get(i));
    }
    return engine.getRuntimeService().startProcessInstanceByKey(key, reference, vars).getId();
  }

  private static BpmnModelInstance model(String key, Shape shape) {
    AbstractFlowNodeBuilder<?, ?> fork = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180)
        .startEvent().parallelGateway("fork");
    AbstractFlowNodeBuilder<?, ?> builder = fork;
    boolean first = true;
    for (int i = 0; i < shape.assignees().size(); i++) {
      builder = (first ? builder : builder.moveToNode("fork")).userTask("task" + i)
          .camundaAssignee("${assignee" + i + "}").camundaDueDate("${due" + i + "}").endEvent("taskEnd" + i);
      first = false;
    }
    for (int i = 0; i < shape.timers().size(); i++) {
      builder = (first ? builder : builder.moveToNode("fork")).intermediateCatchEvent("timer" + i)
          .timerWithDate("${timer" + i + "}").endEvent("timerEnd" + i);
      first = false;
    }
    if (first) {
      builder = builder.endEvent();
    }
    return builder.done();
  }

  static String elementId(int element) {
    return "e" + element;
  }

  static String messageName(int element) {
    return "Visit_e" + element;
  }

  /**
   * Deploys (once per distinct path) the process that walks {@code path}: every user task and timer
   * the product's case had, each made when the step that made it in the product completes, with
   * the same assignee (a start variable per user, as the product keeps its people) and due date;
   * each visit a message the plan waits for from its start. The step that closed the case ends it
   * with a terminate end event, so what the product cancelled on the way waits until then.
   * Returns the process key.
   */
  String deployLifecycle(Lifecycle.Path path, List<String> users) {
    AbstractFlowNodeBuilder<?, ?> start = Bpmn.createExecutableProcess("BareLifecycle").camundaHistoryTimeToLive(180)
        .startEvent("start");
    branchOut(start, path, 0, "start", users);
    BpmnModelInstance model = start.done();
    EndEvent end = model.getModelElementById("terminate");
    end.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    String xml = Bpmn.convertToString(model);
    String key = "BareLifecycle" + Integer.toHexString(xml.hashCode());
    deployed.computeIfAbsent(key, k -> {
      engine.getRepositoryService().createDeployment()
          .addString(k + ".bpmn", xml.replace("\"BareLifecycle\"", "\"" + k + "\"")).deploy();
      return k;
    });
    return key;
  }

  /** Starts a lifecycle plan deployed by {@link #deployLifecycle}; the caller's authentication applies. */
  String startLifecycle(String key, String reference, List<String> users, Map<String, Object> startVariables) {
    Map<String, Object> vars = new HashMap<>(startVariables);
    for (int i = 0; i < users.size(); i++) {
      vars.put("u" + i, users.get(i));
    }
    return engine.getRuntimeService().startProcessInstanceByKey(key, reference, vars).getId();
  }

  /** What follows the step {@code step}: the wait states it made, in parallel, or the end. */
  private static void branchOut(AbstractFlowNodeBuilder<?, ?> from, Lifecycle.Path path, int step, String fromId,
      List<String> users) {
    if (step == path.steps().size() - 1) {
      from.endEvent("terminate");
      return;
    }
    List<Lifecycle.Element> made = path.madeBy(step);
    if (made.isEmpty()) {
      from.endEvent("end_" + fromId);
      return;
    }
    if (made.size() == 1) {
      waitState(from, made.get(0), path, users);
      return;
    }
    String fork = "fork" + step;
    AbstractFlowNodeBuilder<?, ?> gateway = from.parallelGateway(fork);
    boolean first = true;
    for (Lifecycle.Element e : made) {
      waitState(first ? gateway : gateway.moveToNode(fork), e, path, users);
      first = false;
    }
  }

  private static void waitState(AbstractFlowNodeBuilder<?, ?> from, Lifecycle.Element e, Lifecycle.Path path,
      List<String> users) {
    String id = elementId(e.index());
    AbstractFlowNodeBuilder<?, ?> node = switch (e.kind()) {
      case "task" -> {
        var task = from.userTask(id).name(e.name());
        if (e.assignee() != null) {
          task = task.camundaAssignee("${u" + users.indexOf(e.assignee()) + "}");
        }
        if (e.due() != null) {
          task = task.camundaDueDate(e.due().toInstant().toString());
        }
        yield task;
      }
      case "timer" -> from.intermediateCatchEvent(id).name(e.name()).timerWithDate(e.due().toInstant().toString());
      case "visit" -> from.intermediateCatchEvent(id).name("visit").message(messageName(e.index()));
      default -> throw new IllegalStateException(e.kind());
    };
    int completedBy = path.completedBy(e.index());
    if (completedBy < 0) {
      node.endEvent("end_" + id);
    } else {
      branchOut(node, path, completedBy, id, users);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
