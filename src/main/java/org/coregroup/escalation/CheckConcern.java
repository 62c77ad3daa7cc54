package org.coregroup.escalation;

import static org.coregroup.escalation.RaiseConcernProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ConcernRaised} (R27): a member of the case, logged in,
 * describes the concern. The key worker's task is due at once; the written confirmation within the policy's hours (48).
 */
@Component("checkConcern")
class CheckConcern implements ExecutionListener {

  private final CaseLookup cases;
  private final EscalationDeadlines deadlines;

  CheckConcern(CaseLookup cases, EscalationDeadlines deadlines) {
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Optional<CaseFile> found = EscalationCases.find(cases, execution, in);
    in.oneOf(CONCERN_TYPE, "Kind of concern", CONCERN_TYPES);
    in.text(CONCERN_DESCRIPTION, "A description of the concern");
    if (!in.isPresent(RAISED_BY)) {
      in.reject(RAISED_BY, "log in to raise a concern: the written confirmation is your task");
    }
    in.verify();
    EscalationCases.copyInto(execution, found.orElseThrow());
    execution.setVariable(CONCERN_DECISION_DUE, EngineClock.now());
    // R27 [000]: "within 24-48 hours": counted in hours from the moment it was raised
    int hours = deadlines.policy(execution).concernConfirmationHours();
    execution.setVariable(CONFIRMATION_DUE, Date.from(EngineClock.now().toInstant().plus(Duration.ofHours(hours))));
  }
}
