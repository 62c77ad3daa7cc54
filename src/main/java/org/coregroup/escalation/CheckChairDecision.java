package org.coregroup.escalation;

import static org.coregroup.escalation.ContingencyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_AgreePlanChange} (R29 [004 5.1]): the chair agrees, or declines with a reason. */
@Component("checkChairDecision")
class CheckChairDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    Boolean agrees = in.yesNo(CHAIR_AGREES, "Do you agree to the change");
    if (Boolean.FALSE.equals(agrees)) {
      in.text(CHAIR_COMMENTS, "Why you do not agree");
    }
    in.verify();
    task.setVariable(CHAIR_AGREES, agrees);
  }
}
