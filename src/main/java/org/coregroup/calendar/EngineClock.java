package org.coregroup.calendar;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Today's date as the engine sees it. Timers run on the engine's clock, so the product's rules
 * read the same clock; tests move it to drive deadlines without sleeping. The one place that
 * touches the engine's internal clock.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(UkDates.LONDON).toLocalDate();
  }

  /** A deadline day as a due date: overdue only once the whole day has passed. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(UkDates.LONDON).toInstant());
  }

  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(UkDates.LONDON).toInstant());
  }
}
