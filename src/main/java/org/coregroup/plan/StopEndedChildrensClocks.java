package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.ENDED_CHILD_NUMBERS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StopEndedChildrensClocks} (ADR 0033): the review ended some children's plans; their clocks stop. */
@Component("stopEndedChildrensClocks")
class StopEndedChildrensClocks implements JavaDelegate {

  private final ChildClocks clocks;

  StopEndedChildrensClocks(ChildClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.stop(execution.getProcessInstanceId(), SiblingGroup.numbers(execution.getVariable(ENDED_CHILD_NUMBERS)));
  }
}
