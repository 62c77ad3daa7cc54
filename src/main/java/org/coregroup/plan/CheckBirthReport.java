package org.coregroup.plan;

import static org.coregroup.plan.RecordBirthProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ChildBorn}: the case is looked up under the user's own
 * grants (someone outside it is told there is no such case, R23); only its key worker or team
 * manager records the birth; name and date of birth are checked ({@link BirthRules}). Who recorded
 * it is the logged-in user, never a name in the payload.
 */
@Component("checkBirthReport")
class CheckBirthReport implements ExecutionListener {

  private final CaseLookup cases;
  private final IdentityService identity;

  CheckBirthReport(CaseLookup cases, IdentityService identity) {
    this.cases = cases;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    String reference = in.isPresent(CASE_REFERENCE) ? in.optionalText(CASE_REFERENCE) : execution.getProcessBusinessKey();
    Optional<CaseFile> found = cases.findForCurrentUser(reference);
    if (reference == null) {
      in.reject(CASE_REFERENCE, "The case reference is required");
    } else if (found.isEmpty()) {
      in.reject(CASE_REFERENCE, "there is no open case '" + FormInput.shown(reference) + "' that you belong to");
    }
    String by = Submitter.self(in, identity, BIRTH_RECORDED_BY, "Recorded by");
    if (by != null && found.isPresent() && !by.equals(found.get().keyWorker()) && !by.equals(found.get().teamManager())) {
      in.reject(BIRTH_RECORDED_BY, "only the key worker or the team manager of this case can record the birth: "
          + "tell the key worker, who records it");
    }
    BirthRules.check(in, found.map(CaseFile::icpcDate).orElse(null), EngineClock.today());
    in.verify();
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(BIRTH_RECORDED_BY, by);
  }
}
