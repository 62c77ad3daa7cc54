package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MoveReviewDate}: the review conference brought forward (R32, R29) to the date in
 * the message's {@code newReviewDate}. A date that is not earlier is refused and nothing moves.
 */
@Component("moveReviewDate")
class MoveReviewDate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    PlanVariables vars = new PlanVariables(execution);
    LocalDate current = vars.date(NEXT_REVIEW_DUE);
    LocalDate newDate = in.date(NEW_REVIEW_DATE, "The new review date");
    if (newDate != null && (newDate.isAfter(current) || newDate.isBefore(EngineClock.today()))) {
      in.reject(NEW_REVIEW_DATE, "a review can be brought forward to a date between today and " + UkDates.day(current)
          + ", not " + UkDates.day(newDate));
    }
    in.verify();
    execution.setVariable(NEXT_REVIEW_DUE, EngineClock.endOfDay(newDate));
  }
}
