package org.coregroup.benchmark;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * A bare Camunda engine on its own PostgreSQL database: authorization on, full history, no
 * product code. A plan here is one process whose parallel branches wait where the product's plan
 * waits right after its start: the same user tasks for the same people with the same due dates,
 * and the same timers. It is the floor the product's figures are compared with.
 */
final class BareEngine implements AutoCloseable {

  static final List<String> GROUPS = List.of("childrens-social-care", "team-managers", "conference-chairs", "health",
      "education", "police");

  final ProcessEngine engine;
  final Map<String, String> filters = new HashMap<>();
  private final Map<String, String> deployed = new ConcurrentHashMap<>();

  BareEngine(String jdbcUrl) {
    ProcessEngineConfiguration config = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
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
    // the product's agency group names (as application.yaml allows them)
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) config)
        .setGroupResourceWhitelistPattern("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*");
    engine = config.buildProcessEngine();
    setUp();
  }

  private void setUp() {
    var identity = engine.getIdentityService();
    for (String group : GROUPS) {
      identity.saveGroup(identity.newGroup(group));
      grant(group, Resources.PROCESS_INSTANCE, "*", READ, CREATE);
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

  @Override
  public void close() {
    engine.close();
  }
}
