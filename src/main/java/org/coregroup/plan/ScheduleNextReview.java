package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** {@code Task_ScheduleNextReview}: the next review at most 6 months after this one (R32). */
@Component("scheduleNextReview")
class ScheduleNextReview implements JavaDelegate {

  private final PlanSchedule schedule;

  ScheduleNextReview(PlanSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    LocalDate heldOn = vars.date(REVIEW_HELD_ON);
    execution.setVariable(NEXT_REVIEW_DUE, EngineClock.endOfDay(schedule.nextReviewDue(heldOn, vars.policy())));
    execution.setVariable(REVIEW_NUMBER, vars.number(REVIEW_NUMBER) + 1);
    execution.setVariable(LAST_CONFERENCE_ON, heldOn.toString());
    vars.setHistory(vars.history());
  }
}
