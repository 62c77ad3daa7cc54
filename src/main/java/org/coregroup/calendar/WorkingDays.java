package org.coregroup.calendar;

import java.math.BigDecimal;
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

import org.springframework.util.Assert;

/**
 * Engine-free deadlines (no model calls it as a bean): takes dates and counts as process variables and forms deliver them (a form
 * submits a date as a string, a number as Integer, Long or Double) and returns the end of the
 * deadline day, 23:59:59 in Europe/London, so Tasklist shows a task overdue only once its day is over.
 */
public class WorkingDays {

    /** Deadlines are UK days whatever the JVM's zone. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The date-time format of Camunda's REST API, whose offset has no colon. */
    private static final DateTimeFormatter CAMUNDA_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        Assert.notNull(calendar, "calendar must not be null");
        this.calendar = calendar;
    }

    /** The end of the Nth working day after {@code date} in England and Wales. */
    public Date after(Object date, Number workingDays) {
        return after(date, workingDays, null);
    }

    /** The end of the Nth working day after {@code date} in the jurisdiction (blank: England and Wales). */
    public Date after(Object date, Number workingDays, String jurisdiction) {
        LocalDate from = toLocalDate(date);
        int count = toCount(workingDays, "workingDays");
        return endOfDay(calendar.addWorkingDays(from, count, Jurisdiction.fromCode(jurisdiction)));
    }

    /** The end of the day N calendar days after {@code date}. */
    public Date afterDays(Object date, Number days) {
        return endOfDay(calendar.addDays(toLocalDate(date), toCount(days, "days")));
    }

    /** The end of the day 7N calendar days after {@code date}. */
    public Date afterWeeks(Object date, Number weeks) {
        return endOfDay(calendar.addWeeks(toLocalDate(date), toCount(weeks, "weeks")));
    }

    /** The end of the day N calendar months after {@code date}, clamped at month end. */
    public Date afterMonths(Object date, Number months) {
        return endOfDay(calendar.addMonths(toLocalDate(date), toCount(months, "months")));
    }

    /** Whether {@code date} is a working day in England and Wales. */
    public boolean isWorkingDay(Object date) {
        return isWorkingDay(date, null);
    }

    /** Whether {@code date} is a working day in the jurisdiction (blank: England and Wales). */
    public boolean isWorkingDay(Object date, String jurisdiction) {
        return calendar.isWorkingDay(toLocalDate(date), Jurisdiction.fromCode(jurisdiction));
    }

    /**
     * The UK calendar day of a process variable or form value: a {@link Date} or {@link Instant}
     * is read in Europe/London, an offset or zoned date-time is first moved to Europe/London, a
     * local date-time is taken as it is, a string is {@code yyyy-MM-dd} or an ISO date-time.
     *
     * @throws IllegalArgumentException naming the value when it is null or not a date
     */
    public static LocalDate toLocalDate(Object date) {
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

    private static int toCount(Number count, String field) {
        if (count == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(count.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + count + "' is not a whole number", e);
        }
        int whole;
        try {
            whole = value.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " '" + count + "' is not a whole number", e);
        }
        Assert.isTrue(whole >= 0, field + " must not be negative (was " + whole + ")");
        return whole;
    }

    private static Date endOfDay(LocalDate day) {
        return EngineClock.endOfDay(day);
    }
}
