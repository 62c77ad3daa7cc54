package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyBirth}: the birth, from {@code Message_ChildBorn} or the key worker's task, is
 * checked once more (an integration may correlate the message directly) and becomes the case's:
 * the child's name and date of birth, and the 18th birthday the plan ends on (R35). A refused
 * birth refuses the correlation or the task; nothing is kept.
 */
@Component("applyBirth")
class ApplyBirth implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    FormInput in = new FormInput(execution.getVariables());
    BirthRules.Birth birth = BirthRules.check(in, vars.date(ICPC_DATE), EngineClock.today());
    in.verify();
    execution.setVariable(CHILD_NAME, birth.name());
    execution.setVariable(CHILD_BIRTH_DATE, birth.bornOn().toString());
    execution.setVariable(CHILD_BORN, true);
    execution.setVariable(BIRTH_RECORDED_ON, EngineClock.today().toString());
    execution.setVariable(EIGHTEENTH_BIRTHDAY, EngineClock.startOfDay(birth.bornOn().plusYears(18)));
    // the plan's one child, in the list of children too (ADR 0033: an unborn baby has a plan of their own)
    Object stored = execution.getVariable(CHILDREN);
    if (stored != null) {
      java.util.List<SiblingGroup.Child> children = SiblingGroup.of(stored);
      children.forEach(child -> child.born(birth.name(), birth.bornOn()));
      execution.setVariable(CHILDREN, org.camunda.spin.plugin.variable.SpinValues.jsonValue(SiblingGroup.write(children)).create());
    }
  }
}
