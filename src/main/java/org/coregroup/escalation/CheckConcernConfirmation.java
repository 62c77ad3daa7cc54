package org.coregroup.escalation;

import static org.coregroup.escalation.RaiseConcernProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ConfirmConcernInWriting} (R27): the member's written account. */
@Component("checkConcernConfirmation")
class CheckConcernConfirmation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.text(WRITTEN_CONFIRMATION, "Your written confirmation");
    in.verify();
  }
}
