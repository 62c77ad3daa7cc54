package org.coregroup.system;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo case, so the demo users find work at once: a plan agreed at a conference on the last
 * working day, with Sarah as key worker, Tom as team manager, Carol as chair and three members.
 * Started once; a restart on the same H2 file keeps it.
 */
@Component
@ConditionalOnProperty(name = "coregroup.demo", havingValue = "true")
class DemoCase {

  static final String REFERENCE = "DEMO-0001";
  static final String MEMBERS = """
      [{"name": "Helen Health", "role": "Health visitor", "agency": "health", "userId": "helen.health",
        "email": "helen.health@coregroup.example"},
       {"name": "Eddie School", "role": "Class teacher", "agency": "education", "userId": "eddie.school",
        "email": "eddie.school@coregroup.example"},
       {"name": "Paul Police", "role": "Police officer", "agency": "police", "userId": "paul.police",
        "email": "paul.police@coregroup.example"},
       {"name": "Jo Example", "role": "Mother", "agency": "family"}]""";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final WorkingDayCalendar calendar;

  DemoCase(RuntimeService runtime, HistoryService history, WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.history = history;
    this.calendar = calendar;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(20)
  void start() {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(REFERENCE).count() > 0) {
      return;
    }
    LocalDate icpc = EngineClock.today().minusDays(1);
    while (!calendar.isWorkingDay(icpc, Jurisdiction.ENGLAND_AND_WALES)) {
      icpc = icpc.minusDays(1);
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(CHILD_NAME, "Amy Example");
    vars.put(CHILD_BIRTH_DATE, icpc.minusYears(6).minusMonths(4).toString());
    vars.put(ICPC_DATE, icpc.toString());
    vars.put(LOCAL_POLICY, "brent");
    vars.put(CATEGORY_OF_ABUSE, "NEG");
    vars.put(OUTLINE_PLAN, "Amy is seen at home and at school; her mother gets parenting support; "
        + "the school tells the key worker of every absence.");
    vars.put(KEY_WORKER, "sarah.social");
    vars.put(TEAM_MANAGER, "tom.manager");
    vars.put(CONFERENCE_CHAIR, "carol.chair");
    vars.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue(MEMBERS).create());
    runtime.startProcessInstanceByKey(KEY, REFERENCE, vars);
  }
}
