package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;

/** Start variables of a valid demo plan (the clock and case references are in {@code org.coregroup.testing}). */
public final class PlanCases {

  static final String MEMBERS = """
      [{"name": "Helen Health", "role": "Health visitor", "agency": "health", "userId": "helen.health"},
       {"name": "Eddie School", "role": "Class teacher", "agency": "education", "userId": "eddie.school"},
       {"name": "Jo Parent", "role": "Mother", "agency": "family"}]""";

  private PlanCases() {
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

  /** A plan for brothers and sisters (ADR 0033): {@link #plan} with {@code children} (a Json list) in place of the one child's fields. */
  public static Map<String, Object> siblingPlan(String localPolicy, String icpcDate, String children) {
    Map<String, Object> vars = plan(localPolicy, icpcDate);
    vars.remove(CHILD_NAME);
    vars.remove(CHILD_BIRTH_DATE);
    vars.remove(CATEGORY_OF_ABUSE);
    vars.put(CHILDREN, SpinValues.jsonValue(children).create());
    return vars;
  }
}
