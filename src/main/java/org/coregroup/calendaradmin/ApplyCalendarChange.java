package org.coregroup.calendaradmin;

import static org.coregroup.calendaradmin.CalendarChangeProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.ClosureDay;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.input.InputRejected;
import org.springframework.stereotype.Component;

/** {@code Task_ApplyCalendarChange}: stores the closure day, then moves the deadlines that depend on it. */
@Component("applyCalendarChange")
class ApplyCalendarChange implements JavaDelegate {

  private final WorkingDayCalendar calendar;
  private final DeadlineRecalculation recalculation;

  ApplyCalendarChange(WorkingDayCalendar calendar, DeadlineRecalculation recalculation) {
    this.calendar = calendar;
    this.recalculation = recalculation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Jurisdiction jurisdiction = Jurisdiction.fromCode((String) execution.getVariable(JURISDICTION));
    LocalDate date = LocalDate.parse((String) execution.getVariable(CLOSURE_DATE));
    if (ADD.equals(execution.getVariable(CHANGE))) {
      calendar.addClosureDay(new ClosureDay(jurisdiction, date, (String) execution.getVariable(CLOSURE_NAME)));
    } else if (!calendar.removeClosureDay(jurisdiction, date)) {
      throw new InputRejected(CLOSURE_DATE, date + " is not a closure day in " + jurisdiction.code()
          + " (bank holidays of the data file cannot be removed)");
    }
    execution.setVariable(DEADLINES_MOVED, recalculation.recalculate());
  }
}
