package org.coregroup.delivery;

import static org.coregroup.delivery.UndeliveredEmailProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_PassOnEmail}: how the key worker passed the email on, and what they did. */
@Component("checkEmailPassedOn")
class CheckEmailPassedOn implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.oneOf(PASSED_ON_HOW, "Way you passed it on", PASSED_ON_WAYS);
    in.text(PASSED_ON_NOTE, "What you did");
    in.verify();
  }
}
