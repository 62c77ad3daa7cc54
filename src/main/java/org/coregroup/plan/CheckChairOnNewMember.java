package org.coregroup.plan;

import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ConsultConferenceChair} ([004 4.9]): the family disagreed with the new
 * member; the conference chair decides whether they join, and says why.
 */
@Component("checkChairOnNewMember")
class CheckChairOnNewMember implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    Boolean agrees = in.yesNo(CHAIR_AGREES, "Whether the member joins");
    in.text(CHAIR_NOTES, "The reasons for your decision");
    in.verify();
    task.setVariable(CHAIR_AGREES, agrees);
  }
}
