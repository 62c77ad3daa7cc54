package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.EXIT_PLAN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_RecordExitPlan}: whom the family can turn to (R35). */
@Component("checkExitPlan")
class CheckExitPlan implements TaskListener {

  static final int MINIMUM_LENGTH = 20;

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    String plan = in.text(EXIT_PLAN, "The exit plan");
    if (plan != null && plan.length() < MINIMUM_LENGTH) {
      in.reject(EXIT_PLAN, "the exit plan must name the professionals and agencies the family can turn to");
    }
    in.verify();
  }
}
