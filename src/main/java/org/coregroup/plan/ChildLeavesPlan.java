package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/**
 * ADR 0033: one child's plan ended while their brothers' or sisters' continue
 * ({@code SubProcess_ChildLeavesPlan}, one instance per child, outside the active plan): the key
 * worker records the child's exit plan and, when the child stays here with needs, holds their
 * step-down meeting, with the plan's own forms and checks ({@code checkExitPlan},
 * {@code checkStepDownMeeting}). What those read and write is kept local to the child's instance
 * (the child's name, end, deadlines and answers), so the plan's own exit plan is untouched; at the
 * close it goes into the child's entry of {@code children}.
 */
final class ChildLeavesPlan {

  /** What the child's exit plan and step-down forms send, kept in the child's instance and then in their entry. */
  static final List<String> ANSWERS = List.of(EXIT_PLAN, STEP_DOWN_HELD_ON, STEP_DOWN_TYPE, CHILD_IN_NEED_PLAN_FROM);

  private ChildLeavesPlan() {
  }

  static SiblingGroup.Child child(List<SiblingGroup.Child> children, Object childNumber) {
    int number = ((Number) childNumber).intValue();
    return SiblingGroup.number(children, number)
        .orElseThrow(() -> new IllegalStateException("The plan has no child " + number));
  }

  /** {@code Task_PrepareChildsExitPlan}: the child's end, whether a step-down follows, and the two deadlines (R35). */
  @Component("prepareChildsExitPlan")
  static class PrepareChildsExitPlan implements JavaDelegate {
    private final PlanEnding ending;

    PrepareChildsExitPlan(PlanEnding ending) {
      this.ending = ending;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<SiblingGroup.Child> children = SiblingGroup.of(execution.getVariable(CHILDREN));
      SiblingGroup.Child child = child(children, execution.getVariable(CHILD_NUMBER));
      EndReason reason = EndReason.fromCode(child.endReason());
      Map<String, Object> local = new LinkedHashMap<>();
      local.put(CHILD_NAME, child.name());
      local.putAll(ending.ended(execution, reason, child.planEndDate()));
      ANSWERS.forEach(answer -> local.put(answer, null));
      execution.setVariablesLocal(local);
      child.leaves(reason.needsStepDown());
      execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    }
  }

  /** {@code Task_CloseChildsPlan}: the child's exit plan (and step-down) go into their entry; their plan closes today. */
  @Component("closeChildsPlan")
  static class CloseChildsPlan implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      List<SiblingGroup.Child> children = SiblingGroup.of(execution.getVariable(CHILDREN));
      SiblingGroup.Child child = child(children, execution.getVariable(CHILD_NUMBER));
      Map<String, Object> record = new LinkedHashMap<>();
      ANSWERS.forEach(answer -> record.put(answer, execution.getVariableLocal(answer)));
      child.closed(record, EngineClock.today());
      execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    }
  }
}
