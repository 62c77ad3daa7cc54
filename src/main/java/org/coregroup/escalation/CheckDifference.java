package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.input.FormInput;
import org.coregroup.membership.Agencies;
import org.coregroup.input.Submitter;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CoreGroup;
import org.springframework.stereotype.Component;

/**
 * Start listener of both start events of {@code ProfessionalDifferencesProcess} (R30): a member of
 * the case describes the difference and names the professional or agency it is with. Raised by
 * hand it starts at stage 1; a meeting adjourned at an impasse starts it at stage 2. Raised by hand,
 * who raised it is the logged-in user; from a meeting, the chair named must have a login in the case.
 */
@Component("checkDifference")
class CheckDifference implements ExecutionListener {

  private final CaseLookup cases;
  private final IdentityService identity;

  CheckDifference(CaseLookup cases, IdentityService identity) {
    this.cases = cases;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Optional<CaseFile> found = EscalationCases.find(cases, execution, in);
    in.text(DIFFERENCE_DESCRIPTION, "A description of the difference");
    if (!in.isPresent(ABOUT_PROFESSIONAL) && !in.isPresent(ABOUT_AGENCY)) {
      in.reject(ABOUT_PROFESSIONAL, "name the professional or the agency the difference is with");
    }
    Agencies.checkProfessional(in, ABOUT_AGENCY, in.optionalShortText(ABOUT_AGENCY, "Which agency"), "Which agency");
    boolean impasse = START_EVENT_MEETING_AT_IMPASSE.equals(execution.getCurrentActivityId());
    String raisedBy = impasse ? in.shortText(RAISED_BY, "Who raised the difference")
        : Submitter.self(in, identity, RAISED_BY, "Raised by");
    if (raisedBy == null && !impasse) {
      in.reject(RAISED_BY, "log in to raise a professional difference: its first stage is your task");
    }
    if (raisedBy != null && impasse && found.isPresent() && !CoreGroup.peopleWithAccess(
        CoreGroup.fromVariable(found.get().coreGroupMembers()),
        java.util.Arrays.asList(found.get().keyWorker(), found.get().teamManager(), found.get().conferenceChair()))
        .contains(raisedBy)) {
      in.reject(RAISED_BY, "'" + FormInput.shown(raisedBy) + "' has no login in this case: name the meeting's chair");
    }
    in.verify();
    EscalationCases.copyInto(execution, found.orElseThrow());
    execution.setVariable(RAISED_BY, raisedBy);
    execution.setVariable(DIFFERENCE_STAGE, impasse ? IMPASSE_STAGE : FIRST_STAGE);
    execution.setVariable(ABOUT_PROFESSIONAL, in.optionalText(ABOUT_PROFESSIONAL));
    execution.setVariable(ABOUT_AGENCY, in.optionalText(ABOUT_AGENCY));
    execution.setVariable(STAGE_HISTORY, EscalationDeadlines.json(java.util.List.of()));
  }
}
