package org.coregroup.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.coregroup.CoreGroupApplication;
import org.junit.jupiter.api.Test;
import org.coregroup.membership.CaseLookup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale benchmark (README, docs/benchmarks.md): for each size, a fresh PostgreSQL database
 * with that many realistic plans started through the product, and a bare engine on a database of
 * its own walking the same wait states; then the practitioner's and supervisor's queries, plan
 * start, timers and whole plan lifecycles ({@link Lifecycle}), measured on both. Not part of {@code ./mvnw verify}: run
 * {@code tools/benchmark/run.sh}. Every loop is bounded; the database is on the loopback address.
 */
class ScaleBenchmark {

  static final String PLAN = "ChildProtectionPlanProcess";
  static final String HOST = System.getProperty("benchmark.db.host", "127.0.0.1:5432");
  static final String DB = System.getProperty("benchmark.db", "scale_bench");
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 100);
  static final int WARM_UP = 10;
  static final int STARTS = Integer.getInteger("benchmark.starts", 30);
  static final int THREADS = Integer.getInteger("benchmark.threads", 2);
  static final int TIMER_LIMIT_SECONDS = 900;

  @Test
  void benchmark() throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(CoreGroupApplication.ZONE));
    int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "500,2000").split(","))
        .map(String::trim).mapToInt(Integer::parseInt).toArray();
    List<Result> results = new ArrayList<>();
    for (int size : sizes) {
      results.add(runSize(size));
      BenchmarkReport.write(Path.of(System.getProperty("benchmark.report", "docs/benchmarks.md")), results);
    }
  }

  /** Figures of one size: name to product / bare samples, plus footprint and load figures. */
  static final class Result {
    final int plans;
    final Map<String, double[]> product = new LinkedHashMap<>();
    final Map<String, double[]> bare = new LinkedHashMap<>();
    final Map<String, Double> productFootprint = new LinkedHashMap<>();
    final Map<String, Double> bareFootprint = new LinkedHashMap<>();
    final Map<String, String> facts = new LinkedHashMap<>();
    /** Whole plan lifecycles (Lifecycle): engine time per lifecycle, and rows per plan once the case closed. */
    final Map<String, double[]> lifecycleProduct = new LinkedHashMap<>();
    final Map<String, double[]> lifecycleBare = new LinkedHashMap<>();
    final Map<String, Double> lifecycleProductRows = new LinkedHashMap<>();
    final Map<String, Double> lifecycleBareRows = new LinkedHashMap<>();
    String lifecycleSteps = "";
    /** Engine time per lifecycle spent on each kind of step (summed within a lifecycle), and how many a lifecycle has. */
    final Map<String, double[]> lifecycleStepsProduct = new LinkedHashMap<>();
    final Map<String, double[]> lifecycleStepsBare = new LinkedHashMap<>();
    final Map<String, Integer> lifecycleStepCounts = new LinkedHashMap<>();
    final List<String> lifecycleDetailNames = new ArrayList<>();
    /** Lean cases: the variable names with the most rows per plan after loading ("name rows-per-plan"). */
    final List<String> leanRuntimeNames = new ArrayList<>();
    final List<String> leanDetailNames = new ArrayList<>();

    Result(int plans) {
      this.plans = plans;
    }
  }

  Result runSize(int size) throws Exception {
    Result result = new Result(size);
    String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
    recreate(DB);
    recreate(DB + "_bare");
    Population people = new Population(size, run);
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(CoreGroupApplication.class)
        .profiles("postgres")
        .run("--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + DB,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--server.port=0",
            // mail goes to an SMTP server of the benchmark's own (GreenMail), as in the tests
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + mail.getSmtp().getPort(),
            "--server.address=127.0.0.1",
            "--spring.datasource.hikari.maximum-pool-size=10");
    // The product's own job executor, as application.yaml configures it, stopped while loading
    // (nothing is due yet); the bare engine's gets the same threads and acquisition size.
    ProcessEngine product = app.getBean(ProcessEngine.class);
    ((ProcessEngineConfigurationImpl) product.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    try (BareEngine bare = new BareEngine("jdbc:postgresql://" + HOST + "/" + DB + "_bare",
        app.getBean(CamundaBpmProperties.class).getJobExecution())) {
      long t0 = System.nanoTime();
      people.createUsers(product.getIdentityService(), false);
      bare.createUsers(people);
      result.facts.put("users", Integer.toString(people.keyWorkers.size() * 4 + people.teamManagers.size()
          + people.chairs.size()));
      log("size %d: users in %.0f s", size, (System.nanoTime() - t0) / 1e9);

      load(size, people, product, bare, mail, result);
      checkpoint();
      result.productFootprint.putAll(footprint(DB, size));
      result.bareFootprint.putAll(footprint(DB + "_bare", size));
      result.leanRuntimeNames.addAll(Lifecycle.topNames(DB, "act_ru_variable", null, size));
      result.leanDetailNames.addAll(Lifecycle.topNames(DB, "act_hi_detail", null, size));
      groupRead(DB, "product", result);
      groupRead(DB + "_bare", "bare", result);

      Measurement m = new Measurement(product, bare.engine, people);
      m.queries(result, bare);
      m.supervisorsOwnCases(result, app.getBean(CaseLookup.class));
      m.planStarts(result, bare);
      timers(product, "product", "due timers", result);
      timers(bare.engine, "bare", "due timers", result);
      aDaysTimers(product, bare.engine, result);
      if (Lifecycle.COUNT > 0) {
        try {
          new Lifecycle(product, bare, people).measure(result);
        } catch (Exception | AssertionError e) {
          // a lifecycle the product refuses (its rules changed, say) leaves the other figures standing
          result.lifecycleProduct.clear();
          result.lifecycleBare.clear();
          result.facts.put("whole plan lifecycle", "not measured: " + e);
          log("whole plan lifecycle failed: %s", e);
        }
      }
    } finally {
      app.close();
      mail.stop();
    }
    return result;
  }

  private void load(int size, Population people, ProcessEngine product, BareEngine bare, GreenMail mail,
      Result result) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of(CoreGroupApplication.ZONE));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger done = new AtomicInteger();
    long[] productNanos = new long[1];
    long[] bareNanos = new long[1];
    long t0 = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      work.add(pool.submit(() -> {
        for (int i = thread; i < size; i += THREADS) {
          Map<String, Object> vars = people.plan(i, today);
          long a = System.nanoTime();
          product.getRuntimeService().startProcessInstanceByKey(PLAN, people.reference(i), vars);
          long b = System.nanoTime();
          BareEngine.Shape shape = shapeOf(product, people.reference(i));
          long c = System.nanoTime();
          bare.start(people.reference(i), (String) vars.get("childName"), shape);
          long d = System.nanoTime();
          synchronized (productNanos) {
            productNanos[0] += b - a;
            bareNanos[0] += d - c;
          }
          int n = done.incrementAndGet();
          if (n % 250 == 0) {
            mail.purgeEmailFromAllMailboxes(); // the invitations, received: not kept in memory for 50,000 plans
            log("  %d/%d plans loaded (%.0f s)", n, size, (System.nanoTime() - t0) / 1e9);
          }
          if (n == 500 || n % 2500 == 0) {
            analyze(); // as autovacuum would while a database grows (the server the benchmark ran on has it off)
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(6, TimeUnit.HOURS);
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    result.facts.put("load seconds (both engines, " + THREADS + " threads)", String.format("%.0f", seconds));
    result.facts.put("product: engine time per plan start while loading (ms)", String.format("%.1f", productNanos[0] / 1e6 / size));
    result.facts.put("bare: engine time per plan start while loading (ms)", String.format("%.1f", bareNanos[0] / 1e6 / size));
    log("size %d: loaded in %.0f s", size, seconds);
  }

  /** Where the product's plan waits: its open tasks and its timers. */
  static BareEngine.Shape shapeOf(ProcessEngine product, String reference) {
    List<Task> tasks = product.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .orderByTaskId().asc().list();
    List<String> instances = product.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).list().stream().map(ProcessInstance::getId).toList();
    List<Date> timers = new ArrayList<>();
    for (String id : instances) {
      product.getManagementService().createJobQuery().processInstanceId(id).timers().list()
          .stream().map(Job::getDuedate).forEach(timers::add);
    }
    return new BareEngine.Shape(tasks.stream().map(Task::getAssignee).toList(),
        tasks.stream().map(Task::getDueDate).toList(), timers);
  }

  /**
   * A day's timers all due at once: the engine's clock moved on one day, so every timer due
   * within it is due together (the worst bunching a day can bring), then fired on both engines.
   */
  private void aDaysTimers(ProcessEngine product, ProcessEngine bare, Result result) throws InterruptedException {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
    try {
      timers(product, "product", "the next day's timers", result);
      timers(bare, "bare", "the next day's timers", result);
    } finally {
      ClockUtil.reset();
    }
  }

  /** Starts the engine's job executor and waits (bounded) until no timer is due any more. */
  private void timers(ProcessEngine engine, String which, String what, Result result) throws InterruptedException {
    var jobs = engine.getManagementService();
    Supplier<Long> due = () -> jobs.createJobQuery().timers().executable().duedateLowerThan(ClockUtil.getCurrentTime()).count();
    long before = due.get();
    long failedBefore = jobs.createJobQuery().withException().count();
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    long t0 = System.nanoTime();
    config.getJobExecutor().start();
    long left = before;
    try {
      while (left > 0 && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(TIMER_LIMIT_SECONDS)) {
        // the count reads every due job (0.5 s with 50,000 due): asked often, it slows what it waits for
        Thread.sleep(before < 5_000 ? 1_000 : 5_000);
        left = due.get();
      }
    } finally {
      config.getJobExecutor().shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long failed = jobs.createJobQuery().withException().count() - failedBefore;
    result.facts.put(which + ": " + what, Long.toString(before));
    result.facts.put(which + ": seconds until all of " + what + " had fired", left == 0
        ? String.format("%.1f", seconds) : "not all within " + TIMER_LIMIT_SECONDS + " s (" + left + " left)");
    result.facts.put(which + ": " + what + ", jobs failed", Long.toString(failed));
    log("%s: %d %s fired in %.1f s, %d left, %d failed", which, before, what, seconds, left, failed);
  }

  /**
   * The load's pages written out before measuring (for the whole server), so no query waits for the
   * disk to take them: the 7 December 50,000-plan run, without it, had both engines' p95 tails at once.
   */
  private static void checkpoint() throws Exception {
    try (Connection c = connect(DB); Statement s = c.createStatement()) {
      s.execute("CHECKPOINT");
    }
  }

  /** Fresh statistics for both databases' planners, and the outbox's deleted rows cleared, as autovacuum would. */
  private static void analyze() throws Exception {
    for (String db : List.of(DB, DB + "_bare")) {
      try (Connection c = connect(db); Statement s = c.createStatement()) {
        s.execute("ANALYZE");
        if (db.equals(DB)) {
          s.execute("VACUUM cg_mail_outbox"); // a queue: without it each look reads every message ever sent
        }
      }
    }
  }

  static final List<String> FOOTPRINT_TABLES = List.of("act_ru_authorization", "act_ru_variable", "act_ru_execution",
      "act_ru_task", "act_ru_job", "act_hi_varinst", "act_hi_detail", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_dec_in", "act_hi_dec_out", "act_hi_procinst", "act_ge_bytearray", "act_id_tenant_member");

  private Map<String, Double> footprint(String db, int plans) throws Exception {
    Map<String, Double> rows = new LinkedHashMap<>();
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
      for (String table : FOOTPRINT_TABLES) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
          r.next();
          rows.put(table, r.getLong(1) / (double) plans);
        }
      }
      try (ResultSet r = s.executeQuery("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
          + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' "
          + "AND c.relname LIKE 'act_%'")) {
        r.next();
        rows.put("bytes (tables and indexes)", r.getLong(1) / (double) plans);
      }
    }
    return rows;
  }

  /**
   * What Camunda 7 reads before every command of a user with groups, timed on its own: the bare
   * engine pays it, the product no longer does (ADR 0034, security.GroupChecksWithoutTableScan).
   */
  private void groupRead(String db, String which, Result result) throws Exception {
    double[] samples = new double[SAMPLES];
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      for (int i = -WARM_UP; i < SAMPLES; i++) {
        long a = System.nanoTime();
        try (ResultSet r = s.executeQuery("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A")) {
          while (r.next()) {
            r.getString(1);
          }
        }
        if (i >= 0) {
          samples[i] = (System.nanoTime() - a) / 1e6;
        }
      }
    }
    result.facts.put(which + ": the engine's read of every group with a grant, p50 / p95 (ms)", String.format("%.1f / %.1f",
        BenchmarkReport.percentile(samples, 50), BenchmarkReport.percentile(samples, 95)));
  }

  /**
   * The planner's cost of a random page read on both databases, as docs/operations.md advises for
   * solid-state storage (PostgreSQL's default, 4, is for spinning disks: with it the grant join of a
   * Tasklist list reads the whole grant table at 1,000 plans, ten times slower than its index).
   */
  static final String RANDOM_PAGE_COST = System.getProperty("benchmark.random.page.cost", "1.1");

  static void recreate(String db) throws Exception {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + db);
      s.execute("ALTER DATABASE " + db + " SET random_page_cost = " + Double.parseDouble(RANDOM_PAGE_COST));
    }
  }

  static Connection connect(String db) throws Exception {
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + db, "postgres", "");
  }

  static void log(String format, Object... args) {
    System.out.println(Instant.now() + " " + String.format(format, args));
  }

  /** The authentication a webapp session holds for a user: groups and tenants, looked up once. */
  static final class Sessions {
    private final ProcessEngine engine;
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Map<String, List<String>> tenants = new HashMap<>();

    Sessions(ProcessEngine engine) {
      this.engine = engine;
    }

    void login(String userId) {
      var identity = engine.getIdentityService();
      List<String> g = groups.computeIfAbsent(userId, u -> identity.createGroupQuery().groupMember(u).list()
          .stream().map(Group::getId).toList());
      List<String> t = tenants.computeIfAbsent(userId, u -> identity.createTenantQuery().userMember(u)
          .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
      identity.setAuthentication(userId, g, t);
    }

    void logout() {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
