package org.coregroup.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** {@code Task_EndPlanAtEighteen}: the plan ends on the child's 18th birthday (R35). */
@Component("endPlanAtEighteen")
class EndPlanAtEighteen implements JavaDelegate {

  private final PlanEnding ending;

  EndPlanAtEighteen(PlanEnding ending) {
    this.ending = ending;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ending.end(execution, EndReason.TURNED_18, EngineClock.today());
  }
}
