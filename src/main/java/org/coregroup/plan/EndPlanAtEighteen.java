package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EndPlanAtEighteen}: the plan ends on the child's 18th birthday (R35). For brothers
 * and sisters (ADR 0033) the plan of each child who is now 18 ends; while others stay on it
 * ({@code siblingsStillOnPlan}) their clocks stop here, their own exit plan follows, and the plan
 * waits for the next child's 18th birthday, or, when only babies still to be born stay, for the
 * first of their births.
 */
@Component("endPlanAtEighteen")
class EndPlanAtEighteen implements JavaDelegate {

  private final PlanEnding ending;
  private final ChildClocks clocks;
  private final TaskService tasks;

  EndPlanAtEighteen(PlanEnding ending, ChildClocks clocks, TaskService tasks) {
    this.ending = ending;
    this.clocks = clocks;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    Object stored = execution.getVariable(CHILDREN);
    List<SiblingGroup.Child> children = stored == null ? List.of() : SiblingGroup.of(stored);
    List<SiblingGroup.Child> adults = SiblingGroup.onPlan(children).stream()
        .filter(c -> c.eighteenthBirthday() != null && !c.eighteenthBirthday().isAfter(today)).toList();
    boolean othersStay = children.size() > 1 && SiblingGroup.onPlan(children).size() > adults.size();
    execution.setVariable(SIBLINGS_STILL_ON_PLAN, othersStay);
    if (!othersStay) {
      ending.end(execution, EndReason.TURNED_18, today);
      return;
    }
    List<Integer> ended = new ArrayList<>();
    adults.forEach(child -> {
      child.end(EndReason.TURNED_18, today);
      ended.add(child.number());
    });
    execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    execution.setVariable(EIGHTEENTH_BIRTHDAY, SiblingGroup.nextToTurn18(children)
        .map(c -> EngineClock.startOfDay(c.eighteenthBirthday())).orElse(null));
    // only babies still to come: no birthday to watch until one is born ("Only babies to come")
    execution.setVariable(CHILD_BORN, SiblingGroup.anyBorn(children));
    clocks.stop(execution.getProcessInstanceId(), ended);
    // their own exit plan follows (ThrowEvent_ChildPlanEndedAtEighteen)
    execution.setVariable(ENDED_CHILD_NUMBERS, SiblingGroup.numbers(ended));
    // the review waiting for the chair asks only about the children still on the plan
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_HOLD_REVIEW_CONFERENCE).list()
        .forEach(review -> tasks.setVariableLocal(review.getId(), CHILD_OUTCOMES,
            PrepareReviewConference.outcomeRows(SiblingGroup.reviewed(children))));
  }
}
