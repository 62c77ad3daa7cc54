package org.coregroup.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;

/** The test clock and the instants deadlines carry, in UK time (Europe/London). */
public final class Dates {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private Dates() {
  }

  /** Sets the engine's clock to 10:00 UK time on the day ({@link CoreGroupExtension} resets it after the test). */
  public static void today(String date) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(date + "T10:00").atZone(UK).toInstant()));
  }

  /** The end of a deadline day, as due dates carry it. */
  public static Date endOf(String date) {
    return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(UK).toInstant());
  }

  /** The start of a day, as the 18th-birthday timer carries it. */
  public static Date midnight(String date) {
    return Date.from(LocalDate.parse(date).atStartOfDay(UK).toInstant());
  }

  /** The day itself if it is a working day in England and Wales, else the last working day before it. */
  public static LocalDate workingDayOnOrBefore(WorkingDayCalendar calendar, LocalDate day) {
    LocalDate working = day;
    while (!calendar.isWorkingDay(working, Jurisdiction.ENGLAND_AND_WALES)) {
      working = working.minusDays(1);
    }
    return working;
  }

  /** Today's date in the UK by the wall clock (browser tests, whose web pages read the real clock). */
  public static LocalDate wallToday() {
    return LocalDate.now(UK);
  }
}
