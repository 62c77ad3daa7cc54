package org.coregroup.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK read them: "Tuesday 8 December 2026". For every message and notice. */
public final class UkDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private UkDates() {
  }

  /** "Tuesday 8 December 2026"; an empty text for no date. */
  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
