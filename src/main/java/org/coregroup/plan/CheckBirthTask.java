package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_RecordBirth}: the key worker, asked for a birth nobody recorded,
 * gives the child's name and date of birth, checked as "Record the birth" checks them, and on a plan
 * with more than one baby to come which baby it is (ADR 0033). Who
 * recorded it is the logged-in user.
 */
@Component("checkBirthTask")
class CheckBirthTask implements TaskListener {

  private final IdentityService identity;

  CheckBirthTask(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    BirthRules.check(in, FormInput.toDate(task.getVariable(ICPC_DATE)), EngineClock.today());
    Object children = task.getVariable(CHILDREN);
    if (children != null) {
      // ADR 0033: which baby, chosen from the babies still to be born
      BirthRules.whichChild(in, SiblingGroup.of(children));
    }
    String by = Submitter.self(in, identity, BIRTH_RECORDED_BY, "Recorded by");
    in.verify();
    task.setVariable(BIRTH_RECORDED_BY, by != null ? by : task.getAssignee());
  }
}
