package org.coregroup.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * UK days: the day a process variable or form value falls on in Europe/London, and dates as
 * people in the UK read them ("Tuesday 8 December 2026"), for every message and notice.
 */
public final class UkDates {

  /** Deadlines are UK days whatever the JVM's zone. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The date-time format of Camunda's REST API, whose offset has no colon. */
  private static final DateTimeFormatter CAMUNDA_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private UkDates() {
  }

  /** "Tuesday 8 December 2026"; an empty text for no date. */
  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /**
   * The UK calendar day of a process variable or form value: a {@link Date} or {@link Instant}
   * is read in Europe/London, an offset or zoned date-time is first moved to Europe/London, a
   * local date-time is taken as it is, a string is {@code yyyy-MM-dd} or an ISO date-time.
   *
   * @throws IllegalArgumentException naming the value when it is null or not a date
   */
  public static LocalDate dayOf(Object date) {
    if (date == null) {
      throw new IllegalArgumentException("date must not be null");
    }
    if (date instanceof LocalDate localDate) {
      return localDate;
    }
    if (date instanceof java.sql.Date sqlDate) {
      return sqlDate.toLocalDate(); // its toInstant() throws
    }
    if (date instanceof Date utilDate) {
      return utilDate.toInstant().atZone(LONDON).toLocalDate();
    }
    if (date instanceof Instant instant) {
      return instant.atZone(LONDON).toLocalDate();
    }
    if (date instanceof LocalDateTime localDateTime) {
      return localDateTime.toLocalDate();
    }
    if (date instanceof OffsetDateTime offsetDateTime) {
      return offsetDateTime.atZoneSameInstant(LONDON).toLocalDate();
    }
    if (date instanceof ZonedDateTime zonedDateTime) {
      return zonedDateTime.withZoneSameInstant(LONDON).toLocalDate();
    }
    if (date instanceof CharSequence text) {
      return parse(text.toString());
    }
    throw new IllegalArgumentException("'" + date + "' (" + date.getClass().getName() + ") is not a date");
  }

  private static LocalDate parse(String text) {
    String value = text.strip();
    try {
      if (value.indexOf('T') < 0) {
        return LocalDate.parse(value);
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from,
          LocalDateTime::from);
      if (parsed instanceof ZonedDateTime zoned) {
        return zoned.withZoneSameInstant(LONDON).toLocalDate();
      }
      return ((LocalDateTime) parsed).toLocalDate();
    } catch (DateTimeParseException notIso) {
      try {
        return OffsetDateTime.parse(value, CAMUNDA_DATE_TIME).atZoneSameInstant(LONDON).toLocalDate();
      } catch (DateTimeParseException notCamunda) {
        throw new IllegalArgumentException("'" + text + "' is not a date (expected yyyy-MM-dd)", notIso);
      }
    }
  }
 }
