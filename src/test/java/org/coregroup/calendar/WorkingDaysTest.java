package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    private final InMemoryClosureDayStore store = new InMemoryClosureDayStore();
    private final WorkingDays workingDays = new WorkingDays(WorkingDayCalendar.fromClasspath(store));

    /** The instant of 23:59:59 London time on the day, written as UTC. */
    private static Date utc(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    @DisplayName("Counting days: \"ICPC Monday 2025-12-15, first core group due 2025-12-31\" - due at the end of that day, London time")
    void icpcExample() {
        assertThat(workingDays.after("2025-12-15", 10)).isEqualTo(utc("2025-12-31T23:59:59Z"));
        assertThat(workingDays.after(LocalDate.of(2025, 12, 15), 10L)).isEqualTo(utc("2025-12-31T23:59:59Z"));
    }

    @Test
    @DisplayName("Counting days: \"Meeting Thursday 2025-04-17, minutes due 2025-04-28\" - at 23:59:59 British Summer Time")
    void minutesExample() {
        assertThat(workingDays.after("2025-04-17", 5.0)).isEqualTo(utc("2025-04-28T22:59:59Z"));
    }

    @Test
    @DisplayName("Counting days: across the clock changes of 2025-03-30 and 2025-10-26 the deadline ends at 23:59:59 London time")
    void clockChanges() {
        // Spring forward: Friday 28 March (GMT) + 1 working day = Monday 31 March (BST).
        Date fridayNoon = utc("2025-03-28T12:00:00Z");
        assertThat(workingDays.after(fridayNoon, 1)).isEqualTo(utc("2025-03-31T22:59:59Z"));
        assertThat(workingDays.after(fridayNoon, 1).toInstant().atZone(WorkingDays.LONDON).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2025, 3, 31, 23, 59, 59));
        // Fall back: Friday 24 October (BST) + 1 working day = Monday 27 October (GMT).
        Date fridayMorning = utc("2025-10-24T08:00:00Z");
        assertThat(workingDays.after(fridayMorning, 1)).isEqualTo(utc("2025-10-27T23:59:59Z"));
        assertThat(workingDays.afterDays(fridayMorning, 2)).isEqualTo(utc("2025-10-26T23:59:59Z"));
        assertThat(workingDays.afterDays("2025-03-29", 1)).isEqualTo(utc("2025-03-30T22:59:59Z"));
    }

    @Test
    @DisplayName("Counting days: the deadline is the end of the UK day whatever the JVM's time zone")
    void independentOfDefaultZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(workingDays.after("2025-12-15", 10)).isEqualTo(utc("2025-12-31T23:59:59Z"));
            // 23:30 UTC on Sunday 15 June is 00:30 BST on Monday 16 June in London.
            assertThat(workingDays.toLocalDate(utc("2025-06-15T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 6, 16));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    @DisplayName("Counting days: dates arrive as java.util.Date, java.time values or form strings")
    void acceptsEveryDateForm() {
        LocalDate monday = LocalDate.of(2025, 12, 15);
        assertThat(workingDays.toLocalDate(monday)).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(utc("2025-12-15T10:00:00Z"))).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(java.sql.Date.valueOf(monday))).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(Instant.parse("2025-12-15T10:00:00Z"))).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(LocalDateTime.of(2025, 12, 15, 23, 59))).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(OffsetDateTime.parse("2025-12-15T22:00:00-05:00")))
                .isEqualTo(LocalDate.of(2025, 12, 16)); // 03:00 on the 16th in London
        assertThat(workingDays.toLocalDate(ZonedDateTime.of(2025, 12, 15, 9, 0, 0, 0, ZoneId.of("Europe/London"))))
                .isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-12-15")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate(" 2025-12-15 ")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-12-15T10:30")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-12-15T10:30:00Z")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-06-15T23:30:00Z")).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(workingDays.toLocalDate("2025-12-15T10:30:00+01:00")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-12-15T10:30:00+00:00[Europe/London]")).isEqualTo(monday);
        assertThat(workingDays.toLocalDate("2025-12-15T10:30:00.000+0000")).isEqualTo(monday); // Camunda REST
    }

    @Test
    @DisplayName("Counting days: counts arrive as Integer, Long, Double or BigDecimal")
    void acceptsEveryNumberForm() {
        Date expected = utc("2025-12-31T23:59:59Z");
        assertThat(workingDays.after("2025-12-15", Integer.valueOf(10))).isEqualTo(expected);
        assertThat(workingDays.after("2025-12-15", Long.valueOf(10))).isEqualTo(expected);
        assertThat(workingDays.after("2025-12-15", Double.valueOf(10.0))).isEqualTo(expected);
        assertThat(workingDays.after("2025-12-15", new BigDecimal("10"))).isEqualTo(expected);
    }

    @Test
    @DisplayName("Counting days: \"Within N days\", \"N weeks\" and \"3 months\" end at 23:59:59 London time")
    void calendarDays() {
        assertThat(workingDays.afterDays("2025-12-15", 15)).isEqualTo(utc("2025-12-30T23:59:59Z"));
        assertThat(workingDays.afterWeeks("2025-12-15", 6)).isEqualTo(utc("2026-01-26T23:59:59Z"));
        assertThat(workingDays.afterMonths("2025-12-15", 3)).isEqualTo(utc("2026-03-15T23:59:59Z"));
        assertThat(workingDays.afterMonths("2025-01-31", 1)).isEqualTo(utc("2025-02-28T23:59:59Z"));
        assertThat(workingDays.afterMonths("2024-01-31", 1)).isEqualTo(utc("2024-02-29T23:59:59Z"));
        assertThat(workingDays.afterMonths("2025-03-31", 3)).isEqualTo(utc("2025-06-30T22:59:59Z"));
    }

    @Test
    @DisplayName("Counting days: \"Scotland and Northern Ireland selectable\" by code; blank means England and Wales")
    void jurisdictions() {
        assertThat(workingDays.after("2025-12-31", 1)).isEqualTo(utc("2026-01-02T23:59:59Z"));
        assertThat(workingDays.after("2025-12-31", 1, "scotland")).isEqualTo(utc("2026-01-05T23:59:59Z"));
        assertThat(workingDays.after("2025-12-31", 1, "")).isEqualTo(utc("2026-01-02T23:59:59Z"));
        assertThat(workingDays.after("2026-03-16", 1, "northern-ireland")).isEqualTo(utc("2026-03-18T23:59:59Z"));
        assertThat(workingDays.isWorkingDay("2026-03-17")).isTrue();
        assertThat(workingDays.isWorkingDay("2026-03-17", "northern-ireland")).isFalse();
        assertThat(workingDays.isWorkingDay(utc("2025-12-25T12:00:00Z"))).isFalse();
        assertThat(workingDays.isWorkingDay("2025-01-02", "Scotland")).isFalse();
        assertThat(workingDays.isWorkingDay("2025-01-02", null)).isTrue();
    }

    @Test
    @DisplayName("Counting days: \"A deadline that is computed from a date in the past is still shown\" - past dates give past deadlines")
    void pastDates() {
        assertThat(workingDays.after("2020-12-23", 2)).isEqualTo(utc("2020-12-29T23:59:59Z"));
    }

    @Test
    @DisplayName("Counting days: closure days added at run time move deadlines")
    void closureDays() {
        store.add(new ClosureDay(Jurisdiction.ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));
        assertThat(workingDays.after("2025-12-15", 10)).isEqualTo(utc("2026-01-02T23:59:59Z"));
        assertThat(workingDays.isWorkingDay("2025-12-29")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-45", "2025-02-30", "tomorrow", "", "15/12/2025", "2025-12-15T25:00"})
    @DisplayName("Counting days: a string that is not a date fails naming it")
    void rejectsBadStrings(String text) {
        assertThatThrownBy(() -> workingDays.after(text, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a date (expected yyyy-MM-dd)");
    }

    @Test
    @DisplayName("Counting days: null, non-date values, bad counts and unknown jurisdictions fail naming the value")
    void rejectsBadInput() {
        assertThatThrownBy(() -> workingDays.after(null, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
        assertThatThrownBy(() -> workingDays.toLocalDate(42))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'42' (java.lang.Integer) is not a date");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workingDays must not be null");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workingDays must not be negative (was -1)");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", 2.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workingDays '2.5' is not a whole number");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workingDays 'NaN' is not a whole number");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", 10_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workingDays '10000000000' is not a whole number");
        assertThatThrownBy(() -> workingDays.afterDays("2025-12-15", -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("days must not be negative (was -2)");
        assertThatThrownBy(() -> workingDays.afterWeeks("2025-12-15", -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("weeks must not be negative (was -3)");
        assertThatThrownBy(() -> workingDays.afterMonths("2025-12-15", -4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("months must not be negative (was -4)");
        assertThatThrownBy(() -> workingDays.after("2025-12-15", 10, "wales"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'wales' is not a jurisdiction (valid: england-and-wales, scotland, northern-ireland)");
        assertThatThrownBy(() -> workingDays.isWorkingDay("2025-12-15", "mars"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'mars' is not a jurisdiction");
    }
}
