package org.coregroup.calendaradmin;

import static org.coregroup.calendaradmin.CalendarChangeProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.ClosureDay;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Start listener of {@code StartEvent_CalendarChangeRequested}: refuses an incomplete change. */
@Component("checkCalendarChange")
class CheckCalendarChange implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    String change = in.oneOf(CHANGE, "Change", CHANGES);
    LocalDate date = in.date(CLOSURE_DATE, "The date");
    Jurisdiction jurisdiction = Jurisdiction.DEFAULT;
    try {
      jurisdiction = Jurisdiction.fromCode(in.optionalText(JURISDICTION));
    } catch (IllegalArgumentException e) {
      in.reject(JURISDICTION, e.getMessage());
    }
    if (ADD.equals(change)) {
      String name = in.text(CLOSURE_NAME, "The name of the day");
      if (name != null && name.length() > ClosureDay.MAX_NAME_LENGTH) {
        in.reject(CLOSURE_NAME, "the name is longer than " + ClosureDay.MAX_NAME_LENGTH + " characters");
      }
    }
    in.verify();
    execution.setVariable(JURISDICTION, jurisdiction.code());
    execution.setVariable(CLOSURE_DATE, date.toString());
  }
}
