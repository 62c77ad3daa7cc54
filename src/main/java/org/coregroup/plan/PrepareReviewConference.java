package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of {@code Task_HoldReviewConference}: whether the form asks the chair for the date of
 * the next core group (brent [004 3.9]), from the case's policy. The check on completion reads the
 * policy itself, so the flag cannot switch the clause off. For brothers and sisters (ADR 0033) the
 * form gets one row per child still on the plan ({@code childOutcomes}) and {@code siblingGroup}.
 */
@Component("prepareReviewConference")
class PrepareReviewConference implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(ASK_POST_REVIEW_MEETING_DATE, new PlanVariables(task).policy().chairSetsPostReviewMeetingDate());
    // ADR 0033: brothers and sisters: the chair decides for each child still on the plan, one row each
    Object stored = task.getVariable(CHILDREN);
    java.util.List<SiblingGroup.Child> children = stored == null ? java.util.List.of() : SiblingGroup.of(stored);
    // a child whose plan is being transferred to another area is no longer decided for
    java.util.List<SiblingGroup.Child> onPlan = SiblingGroup.reviewed(children);
    task.setVariableLocal(SIBLING_GROUP, children.size() > 1);
    if (children.size() > 1) {
      task.setVariableLocal(CHILD_OUTCOMES, outcomeRows(onPlan));
    }
  }

  /** One row per child still on the plan, for the chair's decision on each (ADR 0033). */
  static Object outcomeRows(java.util.List<SiblingGroup.Child> onPlan) {
    java.util.List<java.util.Map<String, Object>> rows = onPlan.stream().map(child -> {
      java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put(CHILD_NUMBER, child.number());
      row.put(CHILD_NAME, child.name());
      row.put(LATEST_CATEGORY_OF_ABUSE, child.latestCategory());
      return row;
    }).toList();
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.coregroup.input.JsonLists.write(rows)).create();
  }
}
