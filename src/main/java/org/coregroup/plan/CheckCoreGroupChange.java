package org.coregroup.plan;

import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CoreGroupMember;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ChangeRequested}: the case is one the logged-in user
 * belongs to, they are its key worker or team manager, and the change is one that can be made
 * ({@link CoreGroupChangeRules}). Who asked is the logged-in user, never a name in the payload.
 * Then the case's roles and members are copied in, so the tasks go to them.
 */
@Component("checkCoreGroupChange")
class CheckCoreGroupChange implements ExecutionListener {

  private final CaseLookup cases;
  private final IdentityService identity;
  private final CoreGroupChangeRules rules;
  private final CoreGroupChangeRecords records;

  CheckCoreGroupChange(CaseLookup cases, IdentityService identity, CoreGroupChangeRecords records) {
    this.cases = cases;
    this.identity = identity;
    this.records = records;
    this.rules = new CoreGroupChangeRules(
        userId -> AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).count() == 1),
        (userId, group) -> AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 1));
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    String requestedBy = Submitter.self(in, identity, REQUESTED_BY, "Asked by");
    String reference = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
        : in.optionalText(CASE_REFERENCE);
    Optional<CaseFile> found = Optional.empty();
    if (reference == null) {
      in.reject(CASE_REFERENCE, "The case reference is required");
    } else {
      found = cases.findForCurrentUser(reference);
      if (found.isEmpty()) {
        in.reject(CASE_REFERENCE, "there is no open case '" + FormInput.shown(reference) + "' that you belong to");
      }
    }
    CoreGroupChangeRules.Change change = null;
    if (found.isPresent()) {
      CoreGroupChangeRules.checkRequester(in, found.get(), requestedBy);
      change = rules.check(in, found.get());
    }
    if (found.isPresent()) {
      records.planId(found.get().caseReference());
    }
    in.verify();
    CaseFile file = found.orElseThrow();
    execution.setProcessBusinessKey(file.caseReference());
    file.copyInto(execution);
    execution.setVariable(REQUESTED_BY, requestedBy);
    execution.setVariable(CHANGE, change.change());
    if (change.member() != null) {
      execution.setVariable(MEMBER, SpinValues.jsonValue(json(change.member())).create());
      execution.setVariable(MEMBER_NAME, change.member().name() != null ? change.member().name() : change.member().userId());
    }
    execution.setVariable(OLD_USER_ID, change.oldUserId());
    execution.setVariable(FAMILY_AGREES, change.familyAgrees());
    if (Boolean.FALSE.equals(change.familyAgrees())) {
      execution.setVariable(CHAIR_DECISION_DUE, records.briefingDue(file.caseReference(), execution));
    }
  }

  static String json(CoreGroupMember member) {
    return org.coregroup.membership.CoreGroup.of(java.util.List.of(member)).toJson().replaceFirst("^\\[", "").replaceFirst("]$", "");
  }
}
