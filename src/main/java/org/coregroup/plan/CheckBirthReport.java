package org.coregroup.plan;

import static org.coregroup.plan.RecordBirthProcess.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CaseNews;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ChildBorn}: only the key worker or team manager of the case
 * records the birth (someone outside the case is told there is no such case, R23); name and date
 * of birth are checked ({@link BirthRules}); which baby ({@code unbornChild}) the plan checks against
 * its children. Who recorded it is the logged-in user.
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
    CaseFile found = CaseNews.senderCase(in, execution, cases, identity, CASE_REFERENCE, BIRTH_RECORDED_BY,
        EnumSet.of(CaseNews.Role.KEY_WORKER, CaseNews.Role.TEAM_MANAGER)).orElse(null);
    BirthRules.check(in, found == null ? null : found.icpcDate(), EngineClock.today());
    // which baby: the plan, which knows its children, checks the name (ADR 0033)
    in.optionalShortText(UNBORN_CHILD, "Which baby");
    in.verify();
  }
}
