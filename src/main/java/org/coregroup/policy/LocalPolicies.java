package org.coregroup.policy;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.coregroup.identity.AsSystem;
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
}
