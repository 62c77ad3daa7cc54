package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/** Start variables of a valid demo case, and the test clock (Europe/London). */
public final class PlanCases {

  static final String MEMBERS = """
      [{"name": "Helen Health", "role": "Health visitor", "agency": "health", "userId": "helen.health"},
       {"name": "Eddie School", "role": "Class teacher", "agency": "education", "userId": "eddie.school"},
       {"name": "Jo Parent", "role": "Mother", "agency": "family"}]""";

  private static final AtomicInteger NEXT = new AtomicInteger();
  /** Case references stay unique across runs against a database that outlives them (PostgreSQL). */
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

  private PlanCases() {
  }

  public static String newReference() {
    return "CASE-" + RUN + "-" + NEXT.incrementAndGet();
  }

  /** A plan agreed at an ICPC on {@code icpcDate} for a 6-year-old, with the demo users. */
  public static Map<String, Object> plan(String localPolicy, String icpcDate) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CHILD_NAME, "Amy Example");
    vars.put(CHILD_BIRTH_DATE, LocalDate.parse(icpcDate).minusYears(6).toString());
    vars.put(ICPC_DATE, icpcDate);
    vars.put(LOCAL_POLICY, localPolicy);
    vars.put(CATEGORY_OF_ABUSE, "NEG");
    vars.put(KEY_WORKER, "sarah.social");
    vars.put(TEAM_MANAGER, "tom.manager");
    vars.put(CONFERENCE_CHAIR, "carol.chair");
    vars.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue(MEMBERS).create());
    return vars;
  }

  /** Sets the engine's clock to 10:00 UK time on the day. */
  public static void today(String date) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(date + "T10:00").atZone(ZoneId.of("Europe/London")).toInstant()));
  }

  /** The end of a deadline day, as due dates carry it. */
  public static Date endOf(String date) {
    return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(ZoneId.of("Europe/London")).toInstant());
  }

  /** The start of a day, as the 18th-birthday timer carries it. */
  public static Date midnight(String date) {
    return Date.from(LocalDate.parse(date).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
  }

  /** The one open task of a case with this definition key; fails the test if there is not exactly one. */
  public static Task openTask(TaskService tasks, String ref, String taskDefinitionKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskDefinitionKey).list();
    assertThat(found).as(taskDefinitionKey + " of " + ref).hasSize(1);
    return found.get(0);
  }
}
