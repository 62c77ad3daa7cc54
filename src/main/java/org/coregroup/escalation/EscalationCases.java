package org.coregroup.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;

/** Finds the case an escalation belongs to, for the member starting it, and copies its named roles in. */
final class EscalationCases {

  private EscalationCases() {
  }

  /**
   * The case named by the business key or the {@code caseReference} field; reports a missing or
   * foreign case to {@code in}.
   */
  static Optional<CaseFile> find(CaseLookup cases, DelegateExecution execution, FormInput in) {
    String reference = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
        : in.optionalText("caseReference");
    if (reference == null) {
      in.reject("caseReference", "The case reference is required");
      return Optional.empty();
    }
    Optional<CaseFile> found = cases.findForCurrentUser(reference);
    if (found.isEmpty()) {
      in.reject("caseReference", "there is no open case '" + reference + "' that you belong to");
    }
    return found;
  }

  /** The case's reference as business key and its named roles and members as variables (R23: tasks go to them). */
  static void copyInto(DelegateExecution execution, CaseFile file) {
    execution.setProcessBusinessKey(file.caseReference());
    execution.setVariable("caseReference", file.caseReference());
    execution.setVariable("childName", file.childName());
    execution.setVariable("keyWorker", file.keyWorker());
    execution.setVariable("teamManager", file.teamManager());
    execution.setVariable("conferenceChair", file.conferenceChair());
    execution.setVariable("coreGroupMembers", file.coreGroupMembers());
    execution.setVariable("icpcDate", file.icpcDate().toString());
    execution.setVariable("localPolicy", file.localPolicy());
    execution.setVariable("jurisdiction", file.jurisdiction());
  }
}
