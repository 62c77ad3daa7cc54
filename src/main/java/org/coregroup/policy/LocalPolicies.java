package org.coregroup.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.identity.AsSystem;
import org.coregroup.membership.CaseVariables;
import org.springframework.stereotype.Service;

/**
 * Looks up a profile's timescales in the latest deployed {@code LocalPolicyDecision} table.
 *
 * <p>A row depends on nothing but the table's version and the profile (its only input), so each
 * version's row per profile is evaluated once per node and then read from memory (ADR 0034): the
 * start's checks no longer evaluate the whole decision (three tables of FEEL, a hundred rows of
 * decision history) on every plan start. A new version is a new decision definition id, so a
 * deployment, made on any node, is used from the next look-up on.
 */
@Service
public class LocalPolicies {

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final IdentityService identity;
  /** Decision definition id and profile to the row (empty: the table has no row for it). */
  private final Map<String, Optional<LocalPolicy>> rows = new ConcurrentHashMap<>();

  public LocalPolicies(DecisionService decisions, RepositoryService repository, IdentityService identity) {
    this.decisions = decisions;
    this.repository = repository;
    this.identity = identity;
  }

  /** Empty when the table has no row for the profile. */
  public Optional<LocalPolicy> forProfile(String profile) {
    return AsSystem.call(identity, () -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey(LocalPolicy.DECISION_KEY).withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        throw new IllegalStateException("The local policy table " + LocalPolicy.DECISION_KEY + " is not deployed");
      }
      return rows.computeIfAbsent(latest.getId() + "\n" + profile, key -> evaluate(latest.getId(), profile));
    });
  }

  private Optional<LocalPolicy> evaluate(String decisionDefinitionId, String profile) {
    DmnDecisionResultEntries row = decisions.evaluateDecisionById(decisionDefinitionId)
        .variables(Map.of(LocalPolicy.INPUT, profile))
        .evaluate()
        .getSingleResult();
    return Optional.ofNullable(row).map(LocalPolicy::fromResult);
  }

  /**
   * The rules a running case counts with: its {@code policy} variable, the row as it was when the
   * plan started, so a case keeps the values it started with. A column the table did not have
   * then, or a case without the variable, takes the latest table's value for the case's profile;
   * only then is the table looked up ({@link #forProfile}).
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
