package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.CASE_CLOSED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCase}: records the day the case closed. */
@Component("closeCase")
class CloseCase implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CASE_CLOSED_ON, EngineClock.today().toString());
  }
}
