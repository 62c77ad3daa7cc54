package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.AWAITING_BIRTH;
import static org.coregroup.plan.ChildProtectionPlanProcess.CHILDREN;
import static org.coregroup.plan.ChildProtectionPlanProcess.ENDED_CHILD_NUMBERS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StopEndedChildrensClocks} (ADR 0033): the review ended some children's plans; their
 * clocks stop, and when no baby still to be born is left on the plan, the wait for a birth ends.
 */
@Component("stopEndedChildrensClocks")
class StopEndedChildrensClocks implements JavaDelegate {

  private final ChildClocks clocks;

  StopEndedChildrensClocks(ChildClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.stop(execution.getProcessInstanceId(), SiblingGroup.numbers(execution.getVariable(ENDED_CHILD_NUMBERS)));
    if (Boolean.TRUE.equals(execution.getVariable(AWAITING_BIRTH)) && execution.getVariable(CHILDREN) != null) {
      // a baby whose plan the review ended is awaited no more ("No baby to come any more")
      execution.setVariable(AWAITING_BIRTH, !SiblingGroup.toBeBorn(SiblingGroup.of(execution.getVariable(CHILDREN))).isEmpty());
    }
  }
}
