package org.coregroup.plan;

import static org.coregroup.plan.RecordBirthProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.input.InputRejected;
import org.coregroup.membership.CaseNews;
import org.springframework.stereotype.Component;

/**
 * {@code EndEvent_BirthSent}: the birth goes to the case's plan by business key, on the product's
 * behalf (the key worker may read the case, not correlate), in the same transaction: a birth the
 * plan refuses refuses the start, and a case that waits for no birth is answered in words.
 */
@Component("sendChildBorn")
class SendChildBorn implements JavaDelegate {

  static final List<String> SENT = List.of(NAME_AT_BIRTH, CHILD_BIRTH_DATE, BIRTH_RECORDED_BY, UNBORN_CHILD);

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendChildBorn(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> birth = new HashMap<>();
    // which baby, when the form said: the plan checks it (ADR 0033)
    SENT.stream().filter(name -> execution.getVariable(name) != null)
        .forEach(name -> birth.put(name, execution.getVariable(name)));
    String reference = execution.getProcessBusinessKey();
    int delivered = CaseNews.send(runtime, identity, ChildProtectionPlanProcess.MESSAGE_CHILD_BORN, reference, birth);
    if (delivered == 0) {
      throw new InputRejected(CASE_REFERENCE, "the plan of case '" + reference
          + "' is not waiting for a birth: the child's date of birth is already recorded");
    }
  }
}
