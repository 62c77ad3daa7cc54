package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_HoldStepDownMeeting} (R35): the Team Around the Child or Child in
 * Need meeting, and a Child in Need plan that never starts before the protection plan ended.
 */
@Component("checkStepDownMeeting")
class CheckStepDownMeeting implements TaskListener {

  static final List<String> STEP_DOWN_TYPES = List.of("team-around-the-child", "child-in-need");

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    LocalDate planEnd = new PlanVariables(task).date(PLAN_END_DATE);
    LocalDate heldOn = in.date(STEP_DOWN_HELD_ON, "The date of the step-down meeting");
    if (heldOn != null && (heldOn.isBefore(planEnd) || heldOn.isAfter(EngineClock.today()))) {
      in.reject(STEP_DOWN_HELD_ON, "the step-down meeting is held between the end of the plan (" + UkDates.day(planEnd)
          + ") and today, not on " + UkDates.day(heldOn));
    }
    in.oneOf(STEP_DOWN_TYPE, "Kind of step-down meeting", STEP_DOWN_TYPES);
    LocalDate cinFrom = in.optionalDate(CHILD_IN_NEED_PLAN_FROM, "The start of the Child in Need plan");
    if (cinFrom != null && cinFrom.isBefore(planEnd)) {
      in.reject(CHILD_IN_NEED_PLAN_FROM, "a Child in Need plan cannot start before the protection plan ended on "
          + planEnd + ", not " + cinFrom);
    }
    in.verify();
  }
}
