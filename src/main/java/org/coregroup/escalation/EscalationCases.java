package org.coregroup.escalation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CaseVariables;

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
        : in.optionalText(CaseVariables.CASE_REFERENCE);
    if (reference == null) {
      in.reject(CaseVariables.CASE_REFERENCE, "The case reference is required");
      return Optional.empty();
    }
    Optional<CaseFile> found = cases.findForCurrentUser(reference);
    if (found.isEmpty()) {
      in.reject(CaseVariables.CASE_REFERENCE, "there is no open case '" + reference + "' that you belong to");
    }
    return found;
  }

  /** The case's reference as business key and its named roles and members as variables (R23: tasks go to them). */
  static void copyInto(DelegateExecution execution, CaseFile file) {
    execution.setProcessBusinessKey(file.caseReference());
    file.copyInto(execution);
  }
}
