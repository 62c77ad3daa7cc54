package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.Jurisdiction;
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


  void setJson(String name, String json) {
    scope.setVariable(name, SpinValues.jsonValue(json).create());
  }
}
