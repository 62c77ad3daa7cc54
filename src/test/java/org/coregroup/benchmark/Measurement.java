package org.coregroup.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.CoreGroupApplication;
import org.coregroup.membership.CaseLookup;

/**
 * The queries a practitioner's Tasklist and a supervisor make, timed through the engine's Java
 * API with the user's authentication (groups and tenants, as a webapp session holds them) on the
 * product and on the bare engine alike. The REST layer adds the same fixed cost to both and is
 * left out. One client thread; each figure gets {@link ScaleBenchmark#SAMPLES} samples after
 * {@link ScaleBenchmark#WARM_UP} unmeasured ones, rotating over the users.
 */
final class Measurement {

  static final int PAGE = 15;
  static final List<String> LIST_VARIABLES = List.of("childName", "caseReference");

  private final ProcessEngine product;
  private final ProcessEngine bare;
  private final Population people;
  private final ScaleBenchmark.Sessions productSessions;
  private final ScaleBenchmark.Sessions bareSessions;

  Measurement(ProcessEngine product, ProcessEngine bare, Population people) {
    this.product = product;
    this.bare = bare;
    this.people = people;
    this.productSessions = new ScaleBenchmark.Sessions(product);
    this.bareSessions = new ScaleBenchmark.Sessions(bare);
  }

  void queries(ScaleBenchmark.Result result, BareEngine bareEngine) {
    Map<String, String> productFilters = filters(product);
    measure(result, "Tasklist \"My tasks\" list (15, with child and case)",
        (engine, user) -> filterList(engine, filterId(engine, productFilters, bareEngine, "My tasks")), false);
    measure(result, "Tasklist \"Overdue\" list (15, with child and case)",
        (engine, user) -> filterList(engine, filterId(engine, productFilters, bareEngine, "Overdue")), false);
    measure(result, "Tasklist filter counts (3 filters)", (engine, user) -> {
      for (String name : List.of("My tasks", "Overdue", "Due this week")) {
        engine.getFilterService().count(filterId(engine, productFilters, bareEngine, name));
      }
    }, false);
    measure(result, "task query: assignee's first page (GET /task?assignee=)",
        (engine, user) -> engine.getTaskService().createTaskQuery().taskAssignee(user).orderByDueDate().asc()
            .listPage(0, PAGE), false);
    measure(result, "case search: process instances by case reference",
        (engine, user) -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(caseOf(user)).list(), false);
    measure(result, "supervisor: open plans, newest first, page and count",
        (engine, user) -> {
          engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstances().unfinished()
              .orderByProcessInstanceStartTime().desc().listPage(0, PAGE);
          engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstances().unfinished().count();
        }, true);
    measure(result, "supervisor: task history of one case",
        (engine, user) -> engine.getHistoryService().createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(people.reference(supervisedCase(user))).list(), true);
  }

  /**
   * The list the oversight page starts from: the open cases a team manager supervises, found by
   * her role in them (product only: a bare engine has no such list).
   */
  void supervisorsOwnCases(ScaleBenchmark.Result result, CaseLookup lookup) {
    double[] samples = new double[ScaleBenchmark.SAMPLES];
    int cases = 0;
    for (int s = -ScaleBenchmark.WARM_UP; s < ScaleBenchmark.SAMPLES; s++) {
      String user = people.teamManagers.get(Math.floorMod(s, people.teamManagers.size()));
      List<String> groups = product.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      long a = System.nanoTime();
      cases = lookup.casesSupervisedBy(user, groups).size();
      long b = System.nanoTime();
      if (s >= 0) {
        samples[s] = (b - a) / 1e6;
      }
    }
    result.facts.put("product: a team manager's own open cases (the oversight page's list, " + cases + " cases), p50 / p95 (ms)",
        String.format("%.1f / %.1f", BenchmarkReport.percentile(samples, 50), BenchmarkReport.percentile(samples, 95)));
  }

  void planStarts(ScaleBenchmark.Result result, BareEngine bareEngine) {
    LocalDate today = LocalDate.now(ZoneId.of(CoreGroupApplication.ZONE));
    double[] productSamples = new double[ScaleBenchmark.STARTS];
    double[] bareSamples = new double[ScaleBenchmark.STARTS];
    for (int s = -ScaleBenchmark.WARM_UP / 2; s < ScaleBenchmark.STARTS; s++) {
      int i = people.plans + ScaleBenchmark.WARM_UP + s;
      String user = people.keyWorkerOf(i % people.plans);
      var vars = people.plan(i, today);
      vars.put("keyWorker", user);
      productSessions.login(user);
      long a = System.nanoTime();
      product.getRuntimeService().startProcessInstanceByKey(ScaleBenchmark.PLAN, people.reference(i), vars);
      long b = System.nanoTime();
      productSessions.logout();
      BareEngine.Shape shape = ScaleBenchmark.shapeOf(product, people.reference(i));
      bareSessions.login(user);
      long c = System.nanoTime();
      bareEngine.start(people.reference(i), (String) vars.get("childName"), shape);
      long d = System.nanoTime();
      bareSessions.logout();
      if (s >= 0) {
        productSamples[s] = (b - a) / 1e6;
        bareSamples[s] = (d - c) / 1e6;
      }
    }
    result.product.put("plan start (as the key worker)", productSamples);
    result.bare.put("plan start (as the key worker)", bareSamples);
  }

  private void measure(ScaleBenchmark.Result result, String name, BiConsumer<ProcessEngine, String> query,
      boolean supervisor) {
    result.product.put(name, run(product, productSessions, query, supervisor));
    result.bare.put(name, run(bare, bareSessions, query, supervisor));
    ScaleBenchmark.log("  %s: product p95 %.1f ms, bare p95 %.1f ms", name,
        BenchmarkReport.percentile(result.product.get(name), 95), BenchmarkReport.percentile(result.bare.get(name), 95));
  }

  private double[] run(ProcessEngine engine, ScaleBenchmark.Sessions sessions, BiConsumer<ProcessEngine, String> query,
      boolean supervisor) {
    double[] samples = new double[ScaleBenchmark.SAMPLES];
    for (int s = -ScaleBenchmark.WARM_UP; s < ScaleBenchmark.SAMPLES; s++) {
      int k = Math.floorMod(s, 1 << 20);
      String user = supervisor ? people.teamManagers.get(k % people.teamManagers.size())
          : people.keyWorkers.get(k % people.keyWorkers.size());
      sessions.login(user);
      long a = System.nanoTime();
      try {
        query.accept(engine, user);
      } finally {
        sessions.logout();
      }
      long b = System.nanoTime();
      if (s >= 0) {
        samples[s] = (b - a) / 1e6;
      }
    }
    return samples;
  }

  /** What Tasklist fetches for a filter's first page: the tasks, then their listed variables. */
  private static void filterList(ProcessEngine engine, String filterId) {
    List<Task> tasks = engine.getFilterService().listPage(filterId, 0, PAGE);
    List<String> scopes = new ArrayList<>();
    for (Task task : tasks) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
    }
    if (!scopes.isEmpty()) {
      engine.getRuntimeService().createVariableInstanceQuery().variableScopeIdIn(scopes.toArray(String[]::new))
          .variableNameIn(LIST_VARIABLES.toArray(String[]::new)).disableBinaryFetching()
          .disableCustomObjectDeserialization().list();
    }
  }

  private String filterId(ProcessEngine engine, Map<String, String> productFilters, BareEngine bareEngine, String name) {
    return engine == product ? productFilters.get(name) : bareEngine.filters.get(name);
  }

  private static Map<String, String> filters(ProcessEngine engine) {
    Map<String, String> ids = new java.util.HashMap<>();
    for (Filter f : engine.getFilterService().createFilterQuery().list()) {
      ids.put(f.getName(), f.getId());
    }
    return ids;
  }

  /** One of the key worker's own cases, a different one each time. */
  private int sample;

  private String caseOf(String keyWorker) {
    int k = people.keyWorkers.indexOf(keyWorker);
    int i = Math.min(people.plans - 1, k * Population.CASES_PER_KEY_WORKER + (sample++ % Population.CASES_PER_KEY_WORKER));
    return people.reference(i);
  }

  private int supervisedCase(String teamManager) {
    int t = people.teamManagers.indexOf(teamManager);
    return Math.min(people.plans - 1, t * Population.CASES_PER_KEY_WORKER * 8 + (sample++ % (Population.CASES_PER_KEY_WORKER * 8)));
  }
}
