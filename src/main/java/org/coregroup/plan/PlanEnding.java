package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** Records the end of a plan and the deadlines that follow it: exit plan and step-down (R35). */
@Component
class PlanEnding {

  private final PlanSchedule schedule;

  PlanEnding(PlanSchedule schedule) {
    this.schedule = schedule;
  }

  void end(VariableScope scope, EndReason reason, LocalDate endDate) {
    PlanVariables vars = new PlanVariables(scope);
    scope.setVariable(END_REASON, reason.code());
    scope.setVariable(PLAN_END_DATE, endDate.toString());
    scope.setVariable(STEP_DOWN_NEEDED, reason.needsStepDown());
    vars.setDeadline(EXIT_PLAN_DUE, schedule.exitPlan(endDate, vars.jurisdiction()), schedule);
    scope.setVariable(STEP_DOWN_DUE, EngineClock.endOfDay(schedule.stepDownDue(endDate, vars.policy())));
  }
}
