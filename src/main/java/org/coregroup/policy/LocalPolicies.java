package org.coregroup.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.identity.AsSystem;
import org.coregroup.membership.CaseVariables;
import org.springframework.stereotype.Service;

/** Looks up a profile's timescales in the latest deployed {@code LocalPolicyDecision} table. */
@Service
public class LocalPolicies {

  private final DecisionService decisions;
  private final IdentityService identity;

  public LocalPolicies(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  /** Empty when the table has no row for the profile. */
  public Optional<LocalPolicy> forProfile(String profile) {
    DmnDecisionResultEntries row = AsSystem.call(identity, () -> decisions
        .evaluateDecisionByKey(LocalPolicy.DECISION_KEY)
        .variables(Map.of(LocalPolicy.INPUT, profile))
        .evaluate()
        .getSingleResult());
    return Optional.ofNullable(row).map(LocalPolicy::fromResult);
  }

  /**
   * The rules a running case counts with: its {@code policy} variable, the row as it was when the
   * plan started, so a case keeps the values it started with. A column the table did not have
   * then, or a case without the variable, takes the latest table's value for the case's profile;
   * only then is the table evaluated (each evaluation writes a hundred rows of decision history).
   */
  public LocalPolicy inForce(VariableScope scope) {
    Map<String, Object> row = new HashMap<>();
    if (scope.getVariable(CaseVariables.POLICY) instanceof Map<?, ?> started) {
      started.forEach((name, value) -> row.put(name.toString(), value));
    }
    if (!row.keySet().containsAll(LocalPolicy.columns())) {
      Object profile = scope.getVariable(CaseVariables.LOCAL_POLICY);
      LocalPolicy latest = profile == null ? null : forProfile(profile.toString()).orElse(null);
      if (latest != null) {
        latest.asMap().forEach((name, value) -> {
          if (!row.containsKey(name)) {
            row.put(name, value);
          }
        });
      }
      if (row.isEmpty()) {
        throw new IllegalStateException("The case has no local policy profile the local policy table knows: " + profile);
      }
    }
    return LocalPolicy.fromResult(row);
  }
}
