package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.testing.Http;
import org.coregroup.testing.ProductJar;
import org.coregroup.testing.ProductJar.Running;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, one database (docs/cluster.md, ADR 0029): two JVMs of the built jar, each with its
 * job executor on, on one fresh PostgreSQL database, as a partnership runs the product behind a
 * load balancer. The models are deployed once; each due timer fires once, whichever node takes
 * it; a node killed with {@code kill -9} while it holds jobs loses nothing and the other node runs
 * those jobs once their lock expires; Tasklist and REST answer the same on either node.
 *
 * <p>The running jars keep real time (the engine's clock of a test is its own JVM's), so the
 * timers here are due when they are made: plans agreed at a conference four weeks ago, whose
 * first core group ({@link CoreGroupMeetingProcess#BOUNDARY_MEETING_STARTS}) and child-seen
 * deadline ({@link CaseMonitoringProcess#TIMER_CHILD_NOT_SEEN}) have passed. A node that makes a
 * due timer looks for it at once and the other within 2 s, so both take timers. For the killed
 * node, the test holds the timers (their job definitions suspended: new jobs are made suspended)
 * while it starts the plans, freezes node B ({@code kill -STOP}), lets the timers go, and kills
 * node A as soon as it has locked some of them: many deadlines falling due together, as at
 * midnight, with one node dying in the middle. Every wait polls for the effect with a deadline.
 *
 * <p>Needs PostgreSQL ({@code 127.0.0.1:5432}, user {@code postgres} without a password, or
 * {@code -Dcoregroup.cluster.db.host}, {@code .user}, {@code .password}); it drops and creates
 * the database {@code coregroup_cluster}. Without the server it is skipped, except in CI
 * ({@code CI=true}, or {@code -Dcoregroup.cluster.required=true}), which has one. Run by failsafe
 * after {@code package}; the nodes log to {@code target/product-jar/node-a.log} and {@code node-b.log}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TwoNodesClusterIT {

  static final String DB_HOST = System.getProperty("coregroup.cluster.db.host", "127.0.0.1:5432");
  static final String DB_USER = System.getProperty("coregroup.cluster.db.user", "postgres");
  static final String DB_PASSWORD = System.getProperty("coregroup.cluster.db.password", "");
  static final String DATABASE = "coregroup_cluster";
  /** How long a node's lock on a job lasts (production keeps Camunda's 5 minutes). */
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final Duration JOBS_DEADLINE = Duration.ofSeconds(90);
  static final ZoneId UK = ZoneId.of("Europe/London");
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "admin";
  /** The two timers each test plan has due at once, and what each runs when it fires. */
  static final Map<String, String> DUE_TIMERS = Map.of(
      CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN, "Task_NotifyChildNotSeen",
      CoreGroupMeetingProcess.BOUNDARY_MEETING_STARTS, CoreGroupMeetingProcess.TASK_BRIEF_CHAIR);
  static final List<String> TIMER_PROCESSES = List.of(CaseMonitoringProcess.KEY, CoreGroupMeetingProcess.KEY);

  Running a;
  Running b;
  Connection db;
  /** Why the tests are skipped: no PostgreSQL server; null when there is one. */
  String unavailable;

  @BeforeAll
  void startTwoNodes() throws Exception {
    unavailable = freshDatabase();
    if (unavailable != null) {
      if (Boolean.getBoolean("coregroup.cluster.required") || "true".equals(System.getenv("CI"))) {
        throw new AssertionError(unavailable);
      }
      System.err.println("TwoNodesClusterIT skipped: " + unavailable);
      return;
    }
    db = DriverManager.getConnection(jdbcUrl(DATABASE), DB_USER, DB_PASSWORD);
    // the first node creates the schema and deploys; the second finds both there
    a = ProductJar.start("node-a", nodeArguments("node-a"));
    b = ProductJar.start("node-b", nodeArguments("node-b"));
  }

  @BeforeEach
  void needsPostgres() {
    Assumptions.assumeTrue(unavailable == null, unavailable);
  }

  @AfterAll
  void stopNodes() throws Exception {
    for (Running node : new Running[] {b, a}) {
      if (node != null && node.process().isAlive()) {
        node.signal("CONT");
        node.stop();
      }
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName("Cluster: the models are deployed once; the second node to start on the database deploys nothing")
  void deploymentMadeOnce() throws Exception {
    for (Running node : List.of(a, b)) {
      assertThat(json(node, ADMIN, "/engine-rest/deployment/count").get("count").asInt()).as("deployments seen on %s", node.name())
          .isOne();
      JsonNode plans = json(node, ADMIN, "/engine-rest/process-definition?key=" + ChildProtectionPlanProcess.KEY);
      assertThat(plans).hasSize(1);
      assertThat(plans.get(0).get("version").asInt()).isOne();
    }
  }

  @Test
  @Order(2)
  @DisplayName("Cluster: each due timer fires exactly once with both nodes' job executors on: one 'See the child' task per case, one chair's briefing per meeting")
  void dueTimersFireOnce() throws Exception {
    List<String> cases = startPlans("ONCE", 8);
    Set<String> jobs = dueTimerJobs(cases);
    assertThat(jobs).as("two due timers per plan").hasSize(2 * cases.size());
    awaitJobsDone(jobs);

    Map<String, JobRuns> runs = jobRuns(jobs);
    assertThat(runs.values()).as("each timer ran once").allSatisfy(run -> assertThat(run.successes()).isOne());
    assertThat(runs.values().stream().map(JobRuns::host).distinct()).as("both nodes fired timers")
        .containsExactlyInAnyOrder("node-a", "node-b");
    assertEffectsOnce(cases);
  }

  @Test
  @Order(3)
  @DisplayName("Cluster: Tasklist and REST work on either node: a task completed in Tasklist on one node is done on the other, and one completed by REST on the other is done on the first; a Tasklist login belongs to its node")
  void tasklistAndRestOnEitherNode() throws Exception {
    Http helenOnA = Http.tasklist(a.port(), "helen.health");
    String helensTask = openTask(helenOnA, "helen.health");
    assertThat(helenOnA.submitTaskForm(helensTask, "{\"attending\": {\"value\": true}}").statusCode()).isEqualTo(204);

    Http helenOnB = Http.tasklist(b.port(), "helen.health");
    assertThat(JSON.readTree(helenOnB.call("GET", "/task?assignee=helen.health&processInstanceBusinessKey="
        + DemoCase.REFERENCE, null).body())).as("helen's open tasks on node B").isEmpty();
    assertThat(endTime(helenOnB, helensTask)).as("completed on node A, seen on node B's Tasklist").isNotNull();
    assertThat(endTime(Http.rest(b.port(), "helen.health"), helensTask)).as("and by REST on node B").isNotNull();

    Http eddieByRestOnB = Http.rest(b.port(), "eddie.school");
    String eddiesTask = openTask(eddieByRestOnB, "eddie.school");
    assertThat(eddieByRestOnB.submitTaskForm(eddiesTask, "{\"attending\": {\"value\": true}}").statusCode()).isEqualTo(204);
    assertThat(endTime(Http.tasklist(a.port(), "eddie.school"), eddiesTask)).as("completed by REST on B, seen in Tasklist on A")
        .isNotNull();

    // the webapps keep the login in the node's own HTTP session: a load balancer keeps a browser on its node
    HttpResponse<String> sessionOfAOnB = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + b.port() + "/camunda/api/engine/engine/default/task"))
        .header("Cookie", "JSESSIONID=" + helenOnA.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(sessionOfAOnB.statusCode()).as("node A's session on node B").isEqualTo(401);
  }

  @Test
  @Order(4)
  @DisplayName("Cluster: a node killed with kill -9 while it holds jobs loses nothing: the other node runs each of them once its lock expires, and every timer still fires exactly once")
  void killedNodeLosesNothing() throws Exception {
    setTimersSuspended(a, true);
    List<String> cases = startPlans("KILL", 6);
    Set<String> jobs = dueTimerJobs(cases);
    assertThat(jobs).as("two due timers per plan, held").hasSize(2 * cases.size());

    // node B is held still so that node A alone takes the timers, then A dies holding some of them
    b.signal("STOP");
    Map<String, Timestamp> heldByA;
    try {
      setTimersSuspended(a, false);
      // polled without pause: a node runs a timer in milliseconds
      await("node A to lock due timers", Duration.ofSeconds(60), Duration.ZERO, () -> !lockedJobs(jobs).isEmpty());
      a.kill();
      // PostgreSQL rolls back what node A had not committed once its sessions end
      await("node A's database sessions to end", Duration.ofSeconds(30), () -> sessionsOf("node-a") == 0);
      heldByA = lockedJobs(jobs);
    } finally {
      b.signal("CONT");
    }
    assertThat(heldByA).as("jobs node A held when it was killed").isNotEmpty();

    awaitJobsDone(jobs);
    Map<String, JobRuns> runs = jobRuns(jobs);
    assertThat(runs.values()).as("each timer ran once").allSatisfy(run -> assertThat(run.successes()).isOne());
    for (Map.Entry<String, Timestamp> held : heldByA.entrySet()) {
      JobRuns run = runs.get(held.getKey());
      assertThat(run.host()).as("job %s of node A", held.getKey()).isEqualTo("node-b");
      assertThat(run.at()).as("job %s run after node A's lock expired", held.getKey()).isAfterOrEqualTo(held.getValue());
    }
    for (String ref : cases) {
      assertThat(json(b, "sarah.social", "/engine-rest/history/process-instance?processDefinitionKey="
          + ChildProtectionPlanProcess.KEY + "&processInstanceBusinessKey=" + ref)).as("plan %s", ref).hasSize(1);
    }
    assertEffectsOnce(cases);
  }

  // --- the cases and their timers

  /** Starts {@code count} plans with due timers by REST, alternately on each node, two at a time. */
  List<String> startPlans(String prefix, int count) throws Exception {
    LocalDate icpc = LocalDate.now(UK).minusWeeks(4);
    while (icpc.getDayOfWeek() == DayOfWeek.SATURDAY || icpc.getDayOfWeek() == DayOfWeek.SUNDAY) {
      icpc = icpc.minusDays(1);
    }
    List<String> cases = new ArrayList<>();
    ExecutorService starters = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        String ref = prefix + "-" + i;
        Running node = i % 2 == 0 ? a : b;
        String body = plan(ref, icpc);
        cases.add(ref);
        answers.add(starters.submit(() -> Http.rest(node.port(), "sarah.social").submitStartForm(ChildProtectionPlanProcess.KEY, body)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
      }
    } finally {
      starters.shutdownNow();
    }
    return cases;
  }

  static String plan(String ref, LocalDate icpc) throws Exception {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    vars.put(ChildProtectionPlanProcess.CHILD_NAME, "Amy Example");
    vars.put(ChildProtectionPlanProcess.CHILD_BIRTH_DATE, icpc.minusYears(6).toString());
    vars.put(ChildProtectionPlanProcess.ICPC_DATE, icpc.toString());
    vars.put(ChildProtectionPlanProcess.LOCAL_POLICY, "brent");
    vars.put(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE, "NEG");
    vars.put(ChildProtectionPlanProcess.KEY_WORKER, "sarah.social");
    vars.put(ChildProtectionPlanProcess.TEAM_MANAGER, "tom.manager");
    vars.put(ChildProtectionPlanProcess.CONFERENCE_CHAIR, "carol.chair");
    Map<String, Object> body = new LinkedHashMap<>();
    vars.forEach((name, value) -> body.put(name, Map.of("value", value)));
    body.put(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS, Map.of("type", "Json", "value",
        "[{\"name\": \"Helen Health\", \"agency\": \"health\", \"userId\": \"helen.health\"}]"));
    return JSON.writeValueAsString(body);
  }

  /** Holds (or lets go) the timers of the meeting and monitoring processes: new jobs of a suspended job definition are made suspended. */
  void setTimersSuspended(Running node, boolean suspended) throws Exception {
    for (String key : TIMER_PROCESSES) {
      HttpResponse<String> answer = Http.rest(node.port(), ADMIN).send("PUT", "/engine-rest/job-definition/suspended",
          "{\"processDefinitionKey\": \"" + key + "\", \"suspended\": " + suspended + ", \"includeJobs\": true}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }
  }

  /** The due timers made for the cases (the job log keeps them once they have run). */
  Set<String> dueTimerJobs(List<String> cases) throws SQLException {
    Set<String> jobs = new HashSet<>();
    try (PreparedStatement query = db.prepareStatement("""
        select l.job_id_ from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
        where l.job_state_ = 0 and p.business_key_ = any(?) and l.act_id_ = any(?)""")) {
      query.setArray(1, array(cases));
      query.setArray(2, array(DUE_TIMERS.keySet()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          jobs.add(rows.getString(1));
        }
      }
    }
    return jobs;
  }

  void awaitJobsDone(Set<String> jobs) throws Exception {
    await("every due timer to have run", JOBS_DEADLINE.plus(LOCK_TIME), () -> {
      try (PreparedStatement query = db.prepareStatement("select count(*) from act_ru_job where id_ = any(?)")) {
        query.setArray(1, array(jobs));
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getInt(1) == 0;
        }
      }
    });
  }

  /** Of each job: how often it succeeded, the node that ran it (the last success) and when. */
  record JobRuns(int successes, String host, Timestamp at) {
  }

  Map<String, JobRuns> jobRuns(Set<String> jobs) throws SQLException {
    Map<String, JobRuns> runs = new HashMap<>();
    for (String job : jobs) {
      runs.put(job, new JobRuns(0, null, null));
    }
    // job log states: 0 created, 1 failed, 2 successful, 3 deleted
    try (PreparedStatement query = db.prepareStatement("""
        select job_id_, hostname_, timestamp_ from act_hi_job_log where job_id_ = any(?) and job_state_ = 2
        order by timestamp_""")) {
      query.setArray(1, array(jobs));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          JobRuns before = runs.get(rows.getString(1));
          runs.put(rows.getString(1), new JobRuns(before.successes() + 1, rows.getString(2), rows.getTimestamp(3)));
        }
      }
    }
    return runs;
  }

  int sessionsOf(String node) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select count(*) from pg_stat_activity where application_name = ?")) {
      query.setString(1, node);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** The jobs among {@code jobs} a node has locked, with the moment each lock expires. */
  Map<String, Timestamp> lockedJobs(Set<String> jobs) throws SQLException {
    Map<String, Timestamp> locked = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement(
        "select id_, lock_exp_time_ from act_ru_job where id_ = any(?) and lock_owner_ is not null")) {
      query.setArray(1, array(jobs));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          locked.put(rows.getString(1), rows.getTimestamp(2));
        }
      }
    }
    return locked;
  }

  /**
   * What people notice of the timers, once per case: Sarah's "See the child" task (read by REST on
   * node B), the team manager told and the chair briefed once (each service task ran once).
   */
  void assertEffectsOnce(List<String> cases) throws Exception {
    for (String ref : cases) {
      assertThat(json(b, "sarah.social", "/engine-rest/history/task?processInstanceBusinessKey=" + ref
          + "&taskDefinitionKey=" + CaseMonitoringProcess.TASK_SEE_CHILD)).as("'See the child' tasks of %s", ref).hasSize(1);
    }
    Map<String, Integer> runs = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement("""
        select p.business_key_, a.act_id_, count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
        where p.business_key_ = any(?) and a.act_id_ = any(?) group by p.business_key_, a.act_id_""")) {
      query.setArray(1, array(cases));
      query.setArray(2, array(DUE_TIMERS.values()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          runs.put(rows.getString(1) + " " + rows.getString(2), rows.getInt(3));
        }
      }
    }
    Map<String, Integer> once = new HashMap<>();
    for (String ref : cases) {
      for (String effect : DUE_TIMERS.values()) {
        once.put(ref + " " + effect, 1);
      }
    }
    assertThat(runs).as("runs of what the timers start, per case").isEqualTo(once);
  }

  // --- the demo case's tasks, Tasklist and REST

  static String openTask(Http http, String user) throws Exception {
    JsonNode tasks = JSON.readTree(http.call("GET", "/task?processInstanceBusinessKey=" + DemoCase.REFERENCE + "&assignee=" + user
        + "&taskDefinitionKey=" + CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE, null).body());
    assertThat(tasks).as("%s's attendance task in the demo case", user).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static String endTime(Http http, String taskId) throws Exception {
    JsonNode historic = JSON.readTree(http.call("GET", "/history/task?taskId=" + taskId, null).body());
    assertThat(historic).as("task %s in history", taskId).hasSize(1);
    return historic.get(0).get("endTime").isNull() ? null : historic.get(0).get("endTime").asText();
  }

  static JsonNode json(Running node, String user, String path) throws Exception {
    HttpResponse<String> answer = Http.rest(node.port(), user).get(path);
    assertThat(answer.statusCode()).as("%s on %s: %s", path, node.name(), answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  // --- the database and the nodes

  static List<String> nodeArguments(String name) {
    return List.of("--spring.profiles.active=postgres",
        // the node's sessions carry its name (pg_stat_activity)
        "--spring.datasource.url=" + jdbcUrl(DATABASE) + "?ApplicationName=" + name,
        "--spring.datasource.username=" + DB_USER,
        "--spring.datasource.password=" + DB_PASSWORD,
        // the job log names the node that ran each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        // an idle node looks for due jobs at least every 2 s (Camunda's default backs off to 60 s)
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000");
  }

  static String jdbcUrl(String database) {
    return "jdbc:postgresql://" + DB_HOST + "/" + database;
  }

  /** Drops and creates {@value #DATABASE}; why it cannot when there is no PostgreSQL server, else null. */
  static String freshDatabase() {
    SQLException failure = null;
    for (String maintenance : List.of("postgres", "test")) {
      try (Connection server = DriverManager.getConnection(jdbcUrl(maintenance), DB_USER, DB_PASSWORD);
          Statement sql = server.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        sql.execute("CREATE DATABASE " + DATABASE);
        return null;
      } catch (SQLException e) {
        failure = e;
      }
    }
    return "the two-node test needs PostgreSQL at " + DB_HOST + " (user " + DB_USER + "), which is not reachable: "
        + failure.getMessage();
  }

  Array array(java.util.Collection<String> values) throws SQLException {
    return db.createArrayOf("varchar", values.toArray());
  }

  /** Polls {@code done} every 200 ms until it holds, failing after {@code limit}. */
  static void await(String what, Duration limit, Callable<Boolean> done) throws Exception {
    await(what, limit, Duration.ofMillis(200), done);
  }

  static void await(String what, Duration limit, Duration every, Callable<Boolean> done) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!done.call()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
      }
      Thread.sleep(every.toMillis());
    }
  }
}
