package org.coregroup.plan;

import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_BriefNewMember} ([003]): how the new member was told of the case to date. */
@Component("checkBriefing")
class CheckBriefing implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.text(BRIEFING_NOTES, "How you briefed the new member");
    in.verify();
  }
}
