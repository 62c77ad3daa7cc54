package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** Records the end of a plan and the deadlines that follow it: exit plan and step-down (R35). */
@Component
class PlanEnding {

  private final PlanSchedule schedule;
  private final DeadlineVariables deadlines;

  PlanEnding(PlanSchedule schedule, DeadlineVariables deadlines) {
    this.schedule = schedule;
    this.deadlines = deadlines;
  }

  void end(VariableScope scope, EndReason reason, LocalDate endDate) {
    scope.setVariables(ended(scope, reason, endDate));
    // ADR 0033: every child still on the plan leaves it with the plan
    Object children = scope.getVariable(CHILDREN);
    if (children != null) {
      java.util.List<SiblingGroup.Child> list = SiblingGroup.of(children);
      SiblingGroup.onPlan(list).forEach(child -> child.end(reason, endDate));
      scope.setVariable(CHILDREN, org.camunda.spin.plugin.variable.SpinValues.jsonValue(SiblingGroup.write(list)).create());
    }
  }

  /**
   * What the end of a plan (or, ADR 0033, of one child's plan while the others' continue) records:
   * the reason and day, whether a step-down meeting follows, and the deadlines of the exit plan and
   * the step-down, counted with the case's policy.
   */
  Map<String, Object> ended(VariableScope scope, EndReason reason, LocalDate endDate) {
    PlanVariables vars = new PlanVariables(scope);
    Map<String, Object> ended = new LinkedHashMap<>();
    ended.put(END_REASON, reason.code());
    ended.put(PLAN_END_DATE, endDate.toString());
    ended.put(STEP_DOWN_NEEDED, reason.needsStepDown());
    ended.putAll(deadlines.variables(EXIT_PLAN_DUE, schedule.exitPlan(endDate, vars.policy(), vars.jurisdiction())));
    ended.put(STEP_DOWN_DUE, EngineClock.endOfDay(schedule.stepDownDue(endDate, vars.policy())));
    return ended;
  }
}
