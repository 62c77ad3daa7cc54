package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.ProcessVariables;
import org.coregroup.policy.LocalPolicy;

/** The plan's own typed values (policy, history) on top of {@link ProcessVariables}. */
final class PlanVariables extends ProcessVariables {

  PlanVariables(VariableScope scope) {
    super(scope);
  }

  LocalPolicy policy() {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) scope().getVariable(POLICY);
    return LocalPolicy.fromResult(result);
  }

  Jurisdiction jurisdiction() {
    return jurisdiction(JURISDICTION);
  }

  MeetingHistory history() {
    return MeetingHistory.fromJson(scope().getVariable(MEETING_HISTORY));
  }

  /** Saves the history and refreshes the summary the conference chair reads (R33). */
  void setHistory(MeetingHistory history) {
    scope().setVariable(MEETING_HISTORY, SpinValues.jsonValue(history.toJson()).create());
    scope().setVariable(MEETING_HISTORY_SUMMARY,
        history.summary(date(LAST_CONFERENCE_ON), policy(), number(MEETING_INTERVAL_WEEKS)));
  }
}
