package org.coregroup.escalation;

import static org.coregroup.escalation.RaiseConcernProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.OnBehalfOf;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ConcernRaised} (R27): a member of the case, logged in,
 * describes the concern. The key worker's task is due by the end of that day; the written confirmation within the policy's hours (48).
 * Who raised it is the logged-in user, never a name in the payload; a concern passed on from another
 * member names them in {@code onBehalfOf}.
 */
@Component("checkConcern")
class CheckConcern implements ExecutionListener {

  private final CaseLookup cases;
  private final EscalationDeadlines deadlines;
  private final IdentityService identity;

  CheckConcern(CaseLookup cases, EscalationDeadlines deadlines, IdentityService identity) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Optional<CaseFile> found = EscalationCases.find(cases, execution, in);
    in.oneOf(CONCERN_TYPE, "Kind of concern", CONCERN_TYPES);
    in.text(CONCERN_DESCRIPTION, "A description of the concern");
    String raisedBy = Submitter.self(in, identity, RAISED_BY, "Raised by");
    if (raisedBy == null) {
      in.reject(RAISED_BY, "log in to raise a concern: the written confirmation is your task");
    }
    String onBehalfOf = OnBehalfOf.read(in, found.orElse(null)).orElse(null);
    in.verify();
    execution.setVariable(RAISED_BY, raisedBy);
    execution.setVariable(ON_BEHALF_OF, onBehalfOf);
    EscalationCases.copyInto(execution, found.orElseThrow());
    // raised "immediately" [000]: the key worker decides the same day; due now would be overdue at once
    execution.setVariable(CONCERN_DECISION_DUE, EngineClock.endOfDay(EngineClock.today()));
    // R27 [000]: "within 24-48 hours": counted in hours from the moment it was raised
    int hours = deadlines.policy(execution).concernConfirmationHours();
    execution.setVariable(CONFIRMATION_DUE, Date.from(EngineClock.now().toInstant().plus(Duration.ofHours(hours))));
  }
}
