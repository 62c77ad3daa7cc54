package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code ThrowEvent_BirthRecorded}: the case's monitoring hears of the birth by business key and
 * starts the child-seen clocks from the date of birth (R24, R25).
 */
@Component("sendBirthRecorded")
class SendBirthRecorded implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendBirthRecorded(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> birth = Map.of(CHILD_BIRTH_DATE, execution.getVariable(CHILD_BIRTH_DATE),
        CHILD_NAME, execution.getVariable(CHILD_NAME));
    // A monitoring started before this model version waits for nothing: it counts from the ICPC.
    AsSystem.call(identity, () -> runtime.createMessageCorrelation(MESSAGE_BIRTH_RECORDED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey()).setVariables(birth).correlateAllWithResult());
  }
}
