package org.coregroup.meeting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code ThrowEvent_PlanNotProgressing} (R28, R29): the meeting judged the plan not progressing,
 * so {@code Message_PlanNotProgressing} starts a contingency review of the same case at once; its
 * key worker records it within the policy's working days. The product starts it on its own behalf:
 * the minute-taker records the meeting, the review is the case's.
 */
@Component("sendPlanNotProgressing")
class SendPlanNotProgressing implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendPlanNotProgressing(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AsSystem.run(identity, () -> runtime.createMessageCorrelation(ContingencyReviewProcess.MESSAGE_PLAN_NOT_PROGRESSING)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .correlateStartMessage());
  }
}
