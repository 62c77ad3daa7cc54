package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.springframework.stereotype.Component;

/**
 * Start listener of both start events of {@code ProfessionalDifferencesProcess} (R30): a member of
 * the case describes the difference and names the professional or agency it is with. Raised by
 * hand it starts at stage 1; a meeting adjourned at an impasse starts it at stage 2.
 */
@Component("checkDifference")
class CheckDifference implements ExecutionListener {

  private final CaseLookup cases;

  CheckDifference(CaseLookup cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Optional<CaseFile> found = EscalationCases.find(cases, execution, in);
    in.text(DIFFERENCE_DESCRIPTION, "A description of the difference");
    if (!in.isPresent(ABOUT_PROFESSIONAL) && !in.isPresent(ABOUT_AGENCY)) {
      in.reject(ABOUT_PROFESSIONAL, "name the professional or the agency the difference is with");
    }
    in.text(RAISED_BY, "Who raised the difference");
    in.verify();
    EscalationCases.copyInto(execution, found.orElseThrow());
    boolean impasse = START_EVENT_MEETING_AT_IMPASSE.equals(execution.getCurrentActivityId());
    execution.setVariable(DIFFERENCE_STAGE, impasse ? IMPASSE_STAGE : FIRST_STAGE);
    execution.setVariable(ABOUT_PROFESSIONAL, in.optionalText(ABOUT_PROFESSIONAL));
    execution.setVariable(ABOUT_AGENCY, in.optionalText(ABOUT_AGENCY));
    execution.setVariable(STAGE_HISTORY, EscalationDeadlines.json(java.util.List.of()));
  }
}
