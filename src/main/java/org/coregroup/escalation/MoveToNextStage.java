package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MoveToNextStage} (R30): an unresolved stage moves on to the next. */
@Component("moveToNextStage")
class MoveToNextStage implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DIFFERENCE_STAGE, ((Number) execution.getVariable(DIFFERENCE_STAGE)).intValue() + 1);
  }
}
