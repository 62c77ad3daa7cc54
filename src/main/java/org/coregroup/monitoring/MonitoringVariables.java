package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.input.FormInput;

/** Typed reads and writes of the monitoring process's variables, shared by its delegates. */
final class MonitoringVariables {

  private final VariableScope scope;

  MonitoringVariables(VariableScope scope) {
    this.scope = scope;
  }

  LocalDate date(String name) {
    return FormInput.toDate(scope.getVariable(name));
  }

  String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  Integer number(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).intValue();
  }

  Jurisdiction jurisdiction() {
    return Jurisdiction.fromCode(text(JURISDICTION));
  }

  /** A deadline in working days, kept with its rule so a calendar change can move it. */
  void setDeadline(String name, WorkingDayDeadline rule, MonitoringClocks clocks) {
    scope.setVariable(name, EngineClock.endOfDay(clocks.due(rule)));
    scope.setVariable(name + WorkingDayDeadline.RULE_SUFFIX, SpinValues.jsonValue(clocks.describe(rule)).create());
  }

  void setJson(String name, String json) {
    scope.setVariable(name, SpinValues.jsonValue(json).create());
  }
}
