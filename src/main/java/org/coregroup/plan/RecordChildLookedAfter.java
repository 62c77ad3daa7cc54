package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** {@code Task_RecordChildLookedAfter}: recorded; core groups go on until a conference ends the plan (R34). */
@Component("recordChildLookedAfter")
class RecordChildLookedAfter implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    LocalDate from = in.optionalDate(LOOKED_AFTER_FROM, "The date the child became looked after");
    in.verify();
    execution.setVariable(LOOKED_AFTER, true);
    execution.setVariable(LOOKED_AFTER_FROM, (from == null ? EngineClock.today() : from).toString());
  }
}
