package org.coregroup.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Keeps a deadline counted in working days as process variables: the deadline (the end of its
 * day, what task due dates and timers use) and, beside it, its rule ({@code <name>Rule}), so that
 * a calendar change can work it out again (ADR 0004). Every process stores such deadlines here.
 */
@Component
public class DeadlineVariables {

  private final WorkingDayCalendar calendar;

  public DeadlineVariables(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The two variables, e.g. for the start of another process. */
  public Map<String, Object> variables(String name, WorkingDayDeadline rule) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(name, EngineClock.endOfDay(rule.due(calendar)));
    variables.put(name + WorkingDayDeadline.RULE_SUFFIX, SpinValues.jsonValue(rule.toJson(calendar)).create());
    return variables;
  }

  public void set(VariableScope scope, String name, WorkingDayDeadline rule) {
    scope.setVariables(variables(name, rule));
  }
}
