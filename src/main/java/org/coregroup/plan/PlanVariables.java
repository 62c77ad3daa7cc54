package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicy;

/** Typed reads and writes of the plan's variables, shared by its delegates and listeners. */
final class PlanVariables {

  private final VariableScope scope;

  PlanVariables(VariableScope scope) {
    this.scope = scope;
  }

  LocalDate date(String name) {
    return FormInput.toDate(scope.getVariable(name));
  }

  int number(String name) {
    return ((Number) scope.getVariable(name)).intValue();
  }

  String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  LocalPolicy policy() {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) scope.getVariable(POLICY);
    return LocalPolicy.fromResult(result);
  }

  Jurisdiction jurisdiction() {
    return Jurisdiction.fromCode(text(JURISDICTION));
  }


  MeetingHistory history() {
    return MeetingHistory.fromJson(scope.getVariable(MEETING_HISTORY));
  }

  /** Saves the history and refreshes the summary the conference chair reads (R33). */
  void setHistory(MeetingHistory history) {
    scope.setVariable(MEETING_HISTORY, SpinValues.jsonValue(history.toJson()).create());
    scope.setVariable(MEETING_HISTORY_SUMMARY,
        history.summary(date(LAST_CONFERENCE_ON), policy(), number(MEETING_INTERVAL_WEEKS)));
  }
}
