package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyBirth}: the birth, from {@code Message_ChildBorn} or the key worker's task, is
 * checked once more (an integration may correlate the message directly) and becomes the case's:
 * the child's name and date of birth, and the 18th birthday the plan ends on (R35). A refused
 * birth refuses the correlation or the task; nothing is kept.
 *
 * <p>On a plan of brothers and sisters (ADR 0033) the birth is one child's ({@link BirthRules#whichChild}):
 * their entry in {@code children} gets the name and date of birth, the plan's {@code childName}
 * names every child again, the next 18th birthday is worked out again, and while another baby is
 * to come ({@code awaitingBirth}) the key worker is asked for that birth after its expected date.
 */
@Component("applyBirth")
class ApplyBirth implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    FormInput in = new FormInput(execution.getVariables());
    BirthRules.Birth birth = BirthRules.check(in, vars.date(ICPC_DATE), EngineClock.today());
    Object stored = execution.getVariable(CHILDREN);
    List<SiblingGroup.Child> children = stored == null ? List.of() : SiblingGroup.of(stored);
    SiblingGroup.Child born = children.isEmpty() ? null : BirthRules.whichChild(in, children);
    in.verify();
    // the name is asked for once per birth: the next birth must say again which baby it is
    execution.removeVariable(UNBORN_CHILD);
    execution.setVariable(BIRTH_RECORDED_ON, EngineClock.today().toString());
    if (children.size() <= 1) {
      execution.setVariable(CHILD_NAME, birth.name());
      execution.setVariable(CHILD_BIRTH_DATE, birth.bornOn().toString());
      execution.setVariable(EIGHTEENTH_BIRTHDAY, EngineClock.startOfDay(birth.bornOn().plusYears(18)));
      // the plan's one child, in the list of children too
      if (born != null) {
        born.born(birth.name(), birth.bornOn());
        execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
        execution.setVariable(BORN_CHILD_NUMBER, born.number());
      }
      execution.setVariable(AWAITING_BIRTH, false);
      execution.setVariable(CHILD_BORN, true);
      return;
    }
    born.born(birth.name(), birth.bornOn());
    execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    execution.setVariable(BORN_CHILD_NUMBER, born.number());
    execution.setVariable(CHILD_NAME, SiblingGroup.names(children.stream().map(SiblingGroup.Child::name).toList()));
    // the birth belongs to the child's entry: no plan-wide name at birth or date of birth for
    // brothers and sisters (the next baby's task starts empty)
    execution.removeVariable(NAME_AT_BIRTH);
    execution.removeVariable(CHILD_BIRTH_DATE);
    execution.setVariable(EIGHTEENTH_BIRTHDAY, SiblingGroup.nextToTurn18(children)
        .map(c -> EngineClock.startOfDay(c.eighteenthBirthday())).orElse(null));
    LocalDate expected = SiblingGroup.firstExpected(children);
    execution.setVariable(AWAITING_BIRTH, expected != null);
    if (expected != null) {
      execution.setVariable(BIRTH_RECORD_DUE, EngineClock.endOfDay(
          BirthRules.birthRecordDue(expected, vars.policy().birthRecordOverdueDays())));
    }
    // last: the wait for a child born ("A child born") hears of it once the 18th birthday is set
    execution.setVariable(CHILD_BORN, true);
  }
}
