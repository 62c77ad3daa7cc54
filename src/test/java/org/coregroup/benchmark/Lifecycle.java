package org.coregroup.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;

/**
 * A whole plan lifecycle driven through the product's real processes as its real users (the key
 * worker, the members, the minute-taker, the chair; each authenticated as a webapp session is),
 * with the engine clock moved from day to day as the process tests move it: the ICPC, the members'
 * replies and the family's attendance, visits every two weeks, the first core group recorded and
 * its minutes sent, the second likewise, the review conference ending the plan, the exit plan, the
 * step-down meeting and the case closed (the national path of
 * {@code ChildProtectionPlanProcessTest.fromIcpcToClosedCase}). Before each day's work every timer
 * of the case that has come due fires, one {@code executeJob} each, as the job executor would.
 *
 * <p>What the product did is recorded as a {@link Path}: each user task and timer of the case, the
 * step that made it and the step that completed or fired it. The bare engine then walks the same
 * path in a process of its own ({@link BareEngine#startLifecycle}): the same user tasks for the
 * same users with the same due dates and the same form values, the same timers fired by
 * {@code executeJob}, each visit a message. Engine time is the sum of the calls that make each
 * step (start, form submission, visit, job), on each engine.
 */
final class Lifecycle {

  static final int COUNT = Integer.getInteger("benchmark.lifecycles", 20);
  static final int WARM_UP = 2;
  static final LocalDate ICPC = LocalDate.parse("2025-12-15");
  static final ZoneId UK = ZoneId.of("Europe/London");
  static final int TIMER_LIMIT_PER_DAY = 50;

  /** The script: each day's work, in order (national policy, from the ICPC on Monday 15 December 2025). */
  private static final String[][] DAYS = {
      {"2025-12-16", "replies"},
      {"2025-12-22", "visit", "health"},
      {"2025-12-30", "meeting", "2025-12-30", "2026-02-05"},
      {"2026-01-05", "minutes"},
      {"2026-01-05", "visit", "social-care-alone"},
      {"2026-01-19", "visit", "social-care"},
      {"2026-01-26", "replies"},
      {"2026-02-02", "visit", "social-care-alone"},
      {"2026-02-05", "meeting", "2026-02-05", "2026-03-10"},
      {"2026-02-09", "minutes"},
      {"2026-02-16", "visit", "social-care"},
      {"2026-03-02", "visit", "social-care-alone"},
      {"2026-03-12", "review"},
      {"2026-03-12", "exit"},
      {"2026-03-20", "step-down"},
  };
  static final int VISITS = (int) java.util.Arrays.stream(DAYS).filter(d -> d[1].equals("visit")).count();

  static final List<String> RUNTIME_TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_job", "act_ru_variable",
      "act_ru_event_subscr", "act_ru_authorization");
  static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_job_log", "act_hi_op_log", "act_hi_decinst",
      "act_hi_dec_in", "act_hi_dec_out", "act_ge_bytearray");

  /** One wait state of the product's case: a user task, a timer, or (for the bare engine) a visit's message. */
  record Element(int index, String kind, int createdBy, String assignee, Date due, String name) {
  }

  /** One step of the lifecycle: what it completed (-1: the start), by whom, with which values, on which day. */
  record Step(String kind, int element, String user, Map<String, Object> variables, Date clock, String name) {
  }

  /** What one product lifecycle did, for the bare engine to walk. */
  record Path(List<Element> elements, List<Step> steps) {

    /** Elements made by step {@code step}. */
    List<Element> madeBy(int step) {
      return elements.stream().filter(e -> e.createdBy() == step).toList();
    }

    /** The step that completed or fired {@code element}, or -1 if nothing did (cancelled in the product). */
    int completedBy(int element) {
      for (int s = 0; s < steps.size(); s++) {
        if (steps.get(s).element() == element) {
          return s;
        }
      }
      return -1;
    }

    Set<String> users() {
      Set<String> users = new LinkedHashSet<>();
      steps.stream().map(Step::user).filter(u -> u != null).forEach(users::add);
      elements.stream().map(Element::assignee).filter(u -> u != null).forEach(users::add);
      return users;
    }
  }

  private final ProcessEngine product;
  private final BareEngine bare;
  private final Population people;
  private final ScaleBenchmark.Sessions productSessions;
  private final ScaleBenchmark.Sessions bareSessions;
  private final Map<String, String> activities = new HashMap<>();

  Lifecycle(ProcessEngine product, BareEngine bare, Population people) {
    this.product = product;
    this.bare = bare;
    this.people = people;
    this.productSessions = new ScaleBenchmark.Sessions(product);
    this.bareSessions = new ScaleBenchmark.Sessions(bare.engine);
  }

  /** Runs {@link #COUNT} lifecycles (after {@link #WARM_UP} unmeasured) on both engines and puts the figures in {@code result}. */
  void measure(ScaleBenchmark.Result result) throws Exception {
    double[] productTotal = new double[COUNT];
    double[] bareTotal = new double[COUNT];
    double[] productAfterStart = new double[COUNT];
    double[] bareAfterStart = new double[COUNT];
    Map<String, Double> productRows = new LinkedHashMap<>();
    Map<String, Double> bareRows = new LinkedHashMap<>();
    List<String> productInstances = new ArrayList<>();
    Map<String, double[]> productBySteps = new LinkedHashMap<>();
    Map<String, double[]> bareBySteps = new LinkedHashMap<>();
    Path last = null;
    Set<String> paths = new LinkedHashSet<>();
    try {
      for (int s = -WARM_UP; s < COUNT; s++) {
        int k = s + WARM_UP;
        String ref = "LIFE-" + people.run + "-" + k;
        ProductRun run = new ProductRun(ref, k);
        run.drive();
        BareRun walk = new BareRun(ref, run.path, run.startVariables);
        walk.walk();
        last = run.path;
        paths.add(describe(run.path));
        if (s >= 0) {
          productTotal[s] = run.nanos / 1e6;
          productAfterStart[s] = (run.nanos - run.startNanos) / 1e6;
          bareTotal[s] = walk.nanos / 1e6;
          bareAfterStart[s] = (walk.nanos - walk.startNanos) / 1e6;
          add(productRows, rows(ScaleBenchmark.DB, run.instances));
          add(bareRows, rows(ScaleBenchmark.DB + "_bare", List.of(walk.instance)));
          productInstances.addAll(run.instances);
          for (int i = 0; i < run.path.steps().size(); i++) {
            String label = label(run.path.steps().get(i));
            productBySteps.computeIfAbsent(label, n -> new double[COUNT])[s] += run.stepNanos.get(i) / 1e6;
            bareBySteps.computeIfAbsent(label, n -> new double[COUNT])[s] += walk.stepNanos.get(i) / 1e6;
            if (s == 0) {
              result.lifecycleStepCounts.merge(label, 1, Integer::sum);
            }
          }
        }
        ScaleBenchmark.log("  lifecycle %d: product %.0f ms, bare %.0f ms (%d steps, %d product wait states)", k,
            run.nanos / 1e6, walk.nanos / 1e6, run.path.steps().size(), run.path.elements().size());
      }
    } finally {
      ClockUtil.reset();
    }
    productRows.replaceAll((t, v) -> v / COUNT);
    bareRows.replaceAll((t, v) -> v / COUNT);
    result.lifecycleProduct.put("whole plan lifecycle (start to case closed)", productTotal);
    result.lifecycleBare.put("whole plan lifecycle (start to case closed)", bareTotal);
    result.lifecycleProduct.put("the lifecycle after the start (every step but the start)", productAfterStart);
    result.lifecycleBare.put("the lifecycle after the start (every step but the start)", bareAfterStart);
    result.lifecycleProductRows.putAll(productRows);
    result.lifecycleStepsProduct.putAll(productBySteps);
    result.lifecycleStepsBare.putAll(bareBySteps);
    result.lifecycleBareRows.putAll(bareRows);
    result.lifecycleSteps = paths.size() == 1 ? "(the same for every sample): " + describe(last)
        : "(" + paths.size() + " different paths; the last): " + describe(last);
    result.lifecycleDetailNames.addAll(topNames(ScaleBenchmark.DB, "act_hi_detail", productInstances, COUNT));
    ScaleBenchmark.log("  whole plan lifecycle: product p50 %.0f ms, bare p50 %.0f ms",
        BenchmarkReport.percentile(productTotal, 50), BenchmarkReport.percentile(bareTotal, 50));
  }

  /** What a step is called in the report: the start, the user task's name, a visit, or the timer's event. */
  private static String label(Step step) {
    return switch (step.kind()) {
      case "start" -> "plan start (key worker)";
      case "task" -> step.name() + " (" + role(step.user()) + ")";
      case "visit" -> "visit recorded (" + role(step.user()) + ")";
      default -> "timer " + step.name();
    };
  }

  private static void add(Map<String, Double> into, Map<String, Long> rows) {
    rows.forEach((t, n) -> into.merge(t, (double) n, Double::sum));
  }

  /** The steps of the path, counted: user tasks completed by whom, visits, timers fired, wait states left. */
  static String describe(Path path) {
    if (path == null) {
      return "";
    }
    Map<String, Integer> tasks = new LinkedHashMap<>();
    int timers = 0;
    int visits = 0;
    for (Step step : path.steps()) {
      switch (step.kind()) {
        case "task" -> tasks.merge(step.name() + " (" + role(step.user()) + ")", 1, Integer::sum);
        case "timer" -> timers++;
        case "visit" -> visits++;
        default -> {
        }
      }
    }
    long cancelledTasks = path.elements().stream().filter(e -> e.kind().equals("task") && path.completedBy(e.index()) < 0).count();
    long cancelledTimers = path.elements().stream().filter(e -> e.kind().equals("timer") && path.completedBy(e.index()) < 0).count();
    StringBuilder text = new StringBuilder();
    text.append(path.steps().size()).append(" steps: the plan started by the key worker; ")
        .append(tasks.values().stream().mapToInt(Integer::intValue).sum()).append(" user tasks completed (");
    text.append(String.join(", ", tasks.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
    text.append("); ").append(visits).append(" visits recorded; ").append(timers).append(" timers fired. ")
        .append(cancelledTasks).append(" user tasks and ").append(cancelledTimers)
        .append(" timers were made and then cancelled by the product (the bare engine keeps them waiting until the case closes).");
    return text.toString();
  }

  private static String role(String user) {
    if (user == null) {
      return "nobody";
    }
    String letters = user.replaceAll("[0-9]", "");
    return switch (letters) {
      case "kw" -> "key worker";
      case "tm" -> "team manager";
      case "chair" -> "chair";
      case "hv" -> "health visitor";
      case "teacher" -> "teacher";
      case "officer" -> "police officer";
      default -> letters;
    };
  }

  /** The product's lifecycle of one plan, recorded as it goes. */
  private final class ProductRun {
    final String ref;
    final int k;
    final List<Element> elements = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final Map<String, Integer> known = new HashMap<>();
    final List<String> instances = new ArrayList<>();
    final List<Integer> visitElements = new ArrayList<>();
    final Path path = new Path(elements, steps);
    Map<String, Object> startVariables;
    String keyWorker;
    String healthVisitor;
    List<String[]> members = new ArrayList<>();
    long nanos;
    long startNanos;
    int visitsDone;

    ProductRun(String ref, int k) {
      this.ref = ref;
      this.k = k;
    }

    void drive() {
      day(ICPC);
      int i = people.plans + 1000 + k;
      Map<String, Object> vars = people.plan(i, ICPC);
      vars.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
      vars.put(ChildProtectionPlanProcess.CHILD_NAME, "Lifecycle " + people.run + " " + k);
      vars.put(ChildProtectionPlanProcess.CHILD_BIRTH_DATE, ICPC.minusYears(6).minusDays(k).toString());
      vars.put(ChildProtectionPlanProcess.ICPC_DATE, ICPC.toString());
      vars.put(ChildProtectionPlanProcess.LOCAL_POLICY, "national");
      keyWorker = (String) vars.get(ChildProtectionPlanProcess.KEY_WORKER);
      SpinJsonNode group = ((JsonValue) vars.get(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS)).getValue();
      for (SpinJsonNode m : group.elements()) {
        members.add(new String[] {m.prop("name").stringValue(), m.prop("agency").stringValue(),
            m.hasProp("userId") ? m.prop("userId").stringValue() : null});
      }
      healthVisitor = members.stream().filter(m -> m[1].equals("health")).findFirst().orElseThrow()[2];
      startVariables = new HashMap<>(vars);
      for (int v = 0; v < VISITS; v++) {
        visitElements.add(element("visit", 0, null, null, "visit"));
      }
      long t = timed(keyWorker, () -> product.getRuntimeService()
          .startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(vars)));
      startNanos = t;
      step("start", -1, keyWorker, vars, "start", t);
      for (String[] d : DAYS) {
        day(LocalDate.parse(d[0]));
        switch (d[1]) {
          case "replies" -> replies();
          case "visit" -> visit(LocalDate.parse(d[0]), d[2]);
          case "meeting" -> meeting(d[2], d[3]);
          case "minutes" -> minutes();
          case "review" -> complete(task(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE), Map.of(
              ChildProtectionPlanProcess.REVIEW_HELD_ON, d[0], ChildProtectionPlanProcess.PLAN_CONTINUES, "false",
              ChildProtectionPlanProcess.END_REASON, "no-longer-at-risk"));
          case "exit" -> complete(task(ChildProtectionPlanProcess.TASK_RECORD_EXIT_PLAN), Map.of(
              ChildProtectionPlanProcess.EXIT_PLAN, "Health visitor and the school nurse, with the family hub"));
          case "step-down" -> complete(task(ChildProtectionPlanProcess.TASK_HOLD_STEP_DOWN_MEETING), Map.of(
              ChildProtectionPlanProcess.STEP_DOWN_HELD_ON, d[0], ChildProtectionPlanProcess.STEP_DOWN_TYPE, "child-in-need",
              ChildProtectionPlanProcess.CHILD_IN_NEED_PLAN_FROM, d[0]));
          default -> throw new IllegalStateException(d[1]);
        }
      }
      long open = product.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
          .processDefinitionKey(ChildProtectionPlanProcess.KEY).unfinished().count();
      if (open != 0) {
        throw new IllegalStateException(ref + ": the plan did not end");
      }
      product.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list()
          .stream().map(HistoricProcessInstance::getId).forEach(instances::add);
    }

    /** Sets the clock to 10:00 on the day and fires every timer of the case that has come due. */
    void day(LocalDate date) {
      ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(date, java.time.LocalTime.of(10, 0)).atZone(UK).toInstant()));
      for (int n = 0; n < TIMER_LIMIT_PER_DAY; n++) {
        Job due = jobs().stream().filter(j -> j.getDuedate() != null && !j.getDuedate().after(ClockUtil.getCurrentTime()))
            .min(Comparator.comparing(Job::getDuedate)).orElse(null);
        if (due == null) {
          return;
        }
        Integer e = known.get(due.getId());
        if (e == null) {
          throw new IllegalStateException(ref + ": timer " + due.getId() + " was not seen");
        }
        long t = timed(null, () -> product.getManagementService().executeJob(due.getId()));
        step("timer", e, null, null, elements.get(e).name(), t);
      }
      throw new IllegalStateException(ref + ": timers still due after " + TIMER_LIMIT_PER_DAY);
    }

    void replies() {
      for (Task t : tasks(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE)) {
        complete(t, Map.of(CoreGroupMeetingProcess.ATTENDING, "true"));
      }
      for (Task t : tasks(CoreGroupMeetingProcess.TASK_RECORD_FAMILY_ATTENDANCE)) {
        complete(t, Map.of(CoreGroupMeetingProcess.CHILD_ATTENDING, "true", CoreGroupMeetingProcess.FAMILY_ATTENDING, "true"));
      }
    }

    void visit(LocalDate date, String who) {
      boolean health = who.equals("health");
      String visitor = health ? healthVisitor : keyWorker;
      Map<String, Object> vars = new HashMap<>();
      vars.put(RecordVisitProcess.CASE_REFERENCE, ref);
      vars.put(RecordVisitProcess.VISIT_DATE, date.toString());
      vars.put(RecordVisitProcess.VISITOR_AGENCY, health ? "health" : "childrens-social-care");
      vars.put(RecordVisitProcess.CHILD_SEEN, "true");
      vars.put(RecordVisitProcess.SEEN_ALONE, Boolean.toString(who.endsWith("alone")));
      vars.put(RecordVisitProcess.VISIT_NOTES, "Home visit; the child was well and at home with mum");
      ProcessInstance[] started = new ProcessInstance[1];
      long t = timed(visitor, () -> started[0] = product.getRuntimeService()
          .startProcessInstanceByKey(RecordVisitProcess.KEY, new HashMap<>(vars)));
      instances.add(started[0].getId());
      step("visit", visitElements.get(visitsDone++), visitor, vars, "visit", t);
    }

    void meeting(String heldOn, String next) {
      Map<String, Object> record = new HashMap<>(MeetingRecords.held(heldOn, next));
      StringBuilder attendance = new StringBuilder("[");
      for (String[] m : members) {
        attendance.append(attendance.length() > 1 ? "," : "").append("{\"name\":\"").append(m[0]).append("\",\"agency\":\"")
            .append(m[1]).append("\",\"status\":\"").append(CoreGroupMeetingProcess.PRESENT).append("\"}");
      }
      record.put(CoreGroupMeetingProcess.ATTENDANCE, SpinValues.jsonValue(attendance.append(']').toString()).create());
      complete(task(CoreGroupMeetingProcess.TASK_RECORD_MEETING), record);
    }

    void minutes() {
      Task t = task(CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES);
      Map<String, Object> vars = Variables.createVariables().putValue(CoreGroupFollowUpProcess.MINUTES,
          product.getTaskService().getVariable(t.getId(), CoreGroupFollowUpProcess.MINUTES));
      complete(t, vars);
    }

    void complete(Task task, Map<String, Object> vars) {
      Integer e = known.get(task.getId());
      if (e == null) {
        throw new IllegalStateException(ref + ": task " + task.getTaskDefinitionKey() + " was not seen");
      }
      long t = timed(task.getAssignee(), () -> product.getFormService().submitTaskForm(task.getId(), new HashMap<>(vars)));
      step("task", e, task.getAssignee(), vars, task.getName(), t);
    }

    Task task(String key) {
      List<Task> found = tasks(key);
      if (found.size() != 1) {
        throw new IllegalStateException(ref + ": " + found.size() + " open tasks " + key);
      }
      return found.get(0);
    }

    List<Task> tasks(String key) {
      return product.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key)
          .orderByTaskId().asc().list();
    }

    List<Job> jobs() {
      List<Job> jobs = new ArrayList<>();
      for (ProcessInstance p : product.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
        jobs.addAll(product.getManagementService().createJobQuery().processInstanceId(p.getId()).list());
      }
      return jobs;
    }

    /** Runs {@code call} as {@code user} (none: as the job executor), returning its engine time in nanoseconds. */
    long timed(String user, Runnable call) {
      if (user != null) {
        productSessions.login(user);
      }
      long a = System.nanoTime();
      try {
        call.run();
      } finally {
        long b = System.nanoTime();
        productSessions.logout();
        nanos += b - a;
        lastNanos = b - a;
      }
      return lastNanos;
    }

    long lastNanos;
    final List<Long> stepNanos = new ArrayList<>();

    /** Records a step and the wait states it made (the case's new tasks and timers). */
    void step(String kind, int element, String user, Map<String, Object> vars, String name, long t) {
      int index = steps.size();
      stepNanos.add(t);
      steps.add(new Step(kind, element, user, vars == null ? Map.of() : new HashMap<>(vars), ClockUtil.getCurrentTime(), name));
      for (Task task : product.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).orderByTaskId().asc().list()) {
        if (!known.containsKey(task.getId())) {
          known.put(task.getId(), element("task", index, task.getAssignee(), task.getDueDate(), task.getName()));
        }
      }
      List<Job> jobs = jobs();
      jobs.sort(Comparator.comparing(Job::getId));
      for (Job job : jobs) {
        if (!known.containsKey(job.getId())) {
          String activity = activities.computeIfAbsent(job.getJobDefinitionId(), d -> d == null ? "timer"
              : product.getManagementService().createJobDefinitionQuery().jobDefinitionId(d).singleResult().getActivityId());
          known.put(job.getId(), element("timer", index, null, job.getDuedate(), activity));
        }
      }
    }

    int element(String kind, int createdBy, String assignee, Date due, String name) {
      elements.add(new Element(elements.size(), kind, createdBy, assignee, due, name));
      return elements.size() - 1;
    }
  }

  /** The bare engine walking the product's path. */
  private final class BareRun {
    final String ref;
    final Path path;
    final Map<String, Object> startVariables;
    String instance;
    long nanos;
    long startNanos;

    BareRun(String ref, Path path, Map<String, Object> startVariables) {
      this.ref = ref;
      this.path = path;
      this.startVariables = startVariables;
    }

    void walk() {
      var engine = bare.engine;
      List<String> users = new ArrayList<>(path.users());
      String key = bare.deployLifecycle(path, users);
      for (Step step : path.steps()) {
        ClockUtil.setCurrentTime(step.clock());
        switch (step.kind()) {
          case "start" -> {
            startNanos = timed(step.user(), () -> instance = bare.startLifecycle(key, ref, users, startVariables));
          }
          case "task" -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(BareEngine.elementId(step.element())).singleResult();
            timed(step.user(), () -> engine.getTaskService().complete(task.getId(), new HashMap<>(step.variables())));
          }
          case "timer" -> {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(BareEngine.elementId(step.element())).singleResult();
            timed(null, () -> engine.getManagementService().executeJob(job.getId()));
          }
          case "visit" -> timed(step.user(), () -> engine.getRuntimeService()
              .createMessageCorrelation(BareEngine.messageName(step.element())).processInstanceId(instance)
              .setVariables(new HashMap<>(step.variables())).correlate());
          default -> throw new IllegalStateException(step.kind());
        }
        stepNanos.add(last);
      }
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
        throw new IllegalStateException(ref + ": the bare plan did not end");
      }
    }

    long timed(String user, Runnable call) {
      if (user != null) {
        bareSessions.login(user);
      }
      long a = System.nanoTime();
      try {
        call.run();
      } finally {
        long b = System.nanoTime();
        bareSessions.logout();
        nanos += b - a;
        last = b - a;
      }
      return last;
    }

    long last;
    final List<Long> stepNanos = new ArrayList<>();
  }

  /** Rows the plan's process instances hold, table by table, once the case is closed. */
  static Map<String, Long> rows(String db, List<String> instances) throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = ScaleBenchmark.connect(db)) {
      for (String table : RUNTIME_TABLES) {
        String column = switch (table) {
          case "act_ru_job" -> "process_instance_id_";
          case "act_ru_authorization" -> "resource_id_";
          default -> "proc_inst_id_";
        };
        rows.put(table, count(c, table, column, instances));
      }
      for (String table : HISTORY_TABLES) {
        rows.put(table, count(c, table, "root_proc_inst_id_", instances));
      }
    }
    return rows;
  }

  private static long count(Connection c, String table, String column, List<String> ids) throws Exception {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ANY(?)")) {
      s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The 15 variable names with the most rows per plan in {@code table}, over the given instances (null: every plan). */
  static List<String> topNames(String db, String table, List<String> instances, int plans) throws Exception {
    List<String> top = new ArrayList<>();
    String where = instances == null ? "" : " WHERE root_proc_inst_id_ = ANY(?)";
    String column = "name_";
    try (Connection c = ScaleBenchmark.connect(db);
        PreparedStatement s = c.prepareStatement("SELECT " + column + ", count(*) FROM " + table + where
            + " GROUP BY " + column + " ORDER BY 2 DESC, 1 LIMIT 15")) {
      if (instances != null) {
        s.setArray(1, c.createArrayOf("varchar", instances.toArray()));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          top.add(String.format("%s %.1f", r.getString(1), r.getLong(2) / (double) plans));
        }
      }
    }
    return top;
  }

}
