package org.coregroup.escalation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.input.InputRejected;
import org.coregroup.identity.AsSystem;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.springframework.stereotype.Component;

/**
 * The send tasks "Bring review conference forward" of a concern, a contingency review and a
 * professional difference (R29, R30, R32): {@code Message_BringReviewForward} with
 * {@code newReviewDate} to the plan of the same case. The plan checks the date; a date it refuses
 * refuses the form that asked for it. Members may read the case, not change it, so the product
 * sends the message on its own behalf.
 */
@Component("sendBringReviewForward")
class SendBringReviewForward implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendBringReviewForward(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object date = execution.getVariable(ChildProtectionPlanProcess.NEW_REVIEW_DATE);
    try {
      AsSystem.run(identity, () -> runtime.createMessageCorrelation(ChildProtectionPlanProcess.MESSAGE_BRING_REVIEW_FORWARD)
          .processInstanceBusinessKey(execution.getProcessBusinessKey())
          .setVariable(ChildProtectionPlanProcess.NEW_REVIEW_DATE, date)
          .correlate());
    } catch (MismatchingMessageCorrelationException noReviewWaiting) {
      throw new InputRejected(ChildProtectionPlanProcess.NEW_REVIEW_DATE,
          "the plan of case " + execution.getProcessBusinessKey() + " has no review conference to bring forward now");
    }
  }
}
