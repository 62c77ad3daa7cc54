package org.coregroup.escalation;

import org.coregroup.calendar.UkDates;
import static org.coregroup.escalation.RaiseConcernProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_DecideOnConcern} (R27, R29): what follows, and the new review date when it is brought forward. */
@Component("checkConcernDecision")
class CheckConcernDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    String outcome = in.oneOf(CONCERN_OUTCOME, "What follows", CONCERN_OUTCOMES);
    if (BRING_REVIEW_FORWARD.equals(outcome)) {
      LocalDate date = in.date(NEW_REVIEW_DATE, "The new date of the review conference");
      if (date != null && date.isBefore(EngineClock.today())) {
        in.reject(NEW_REVIEW_DATE, "the review conference cannot be brought forward to " + UkDates.day(date) + ", a day in the past");
      }
    }
    in.verify();
  }
}
