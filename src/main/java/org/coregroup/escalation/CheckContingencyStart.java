package org.coregroup.escalation;

import static org.coregroup.escalation.ContingencyReviewProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.springframework.stereotype.Component;

/**
 * Start listener of both start events of {@code ContingencyReviewProcess} (R28): the case, for a
 * member of it; what started the review (a member, a concern, a meeting); the key worker's deadline.
 */
@Component("checkContingencyStart")
class CheckContingencyStart implements ExecutionListener {

  private final CaseLookup cases;
  private final EscalationDeadlines deadlines;

  CheckContingencyStart(CaseLookup cases, EscalationDeadlines deadlines) {
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Optional<CaseFile> found = EscalationCases.find(cases, execution, in);
    in.verify();
    EscalationCases.copyInto(execution, found.orElseThrow());
    if (START_EVENT_PLAN_NOT_PROGRESSING.equals(execution.getCurrentActivityId())) {
      execution.setVariable(CONTINGENCY_TRIGGER, TRIGGER_MEETING);
    } else if (!in.isPresent(CONTINGENCY_TRIGGER)) {
      execution.setVariable(CONTINGENCY_TRIGGER, TRIGGER_KEY_WORKER);
    }
    deadlines.setFromToday(execution, CONTINGENCY_REVIEW_DUE, deadlines.policy(execution).contingencyReviewWorkingDays());
  }
}
