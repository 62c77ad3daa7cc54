package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class UkDatesTest {

  @Test
  @DisplayName("Dates read the UK way: weekday, day, month in words, year")
  void ukStyle() {
    assertThat(UkDates.day(LocalDate.of(2026, 12, 8))).isEqualTo("Tuesday 8 December 2026");
    assertThat(UkDates.day(LocalDate.of(2025, 1, 1))).isEqualTo("Wednesday 1 January 2025");
  }

  @Test
  @DisplayName("Counting days: dates arrive as java.util.Date, java.time values or form strings, each read as a London day")
  void acceptsEveryDateForm() {
    LocalDate monday = LocalDate.of(2025, 12, 15);
    assertThat(UkDates.dayOf(monday)).isEqualTo(monday);
    assertThat(UkDates.dayOf(Date.from(Instant.parse("2025-12-15T10:00:00Z")))).isEqualTo(monday);
    assertThat(UkDates.dayOf(java.sql.Date.valueOf(monday))).isEqualTo(monday);
    assertThat(UkDates.dayOf(Instant.parse("2025-12-15T10:00:00Z"))).isEqualTo(monday);
    assertThat(UkDates.dayOf(LocalDateTime.of(2025, 12, 15, 23, 59))).isEqualTo(monday);
    assertThat(UkDates.dayOf(OffsetDateTime.parse("2025-12-15T22:00:00-05:00")))
        .isEqualTo(LocalDate.of(2025, 12, 16)); // 03:00 on the 16th in London
    assertThat(UkDates.dayOf(ZonedDateTime.of(2025, 12, 15, 9, 0, 0, 0, ZoneId.of("Europe/London")))).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-12-15")).isEqualTo(monday);
    assertThat(UkDates.dayOf(" 2025-12-15 ")).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-12-15T10:30")).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-12-15T10:30:00Z")).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-06-15T23:30:00Z")).isEqualTo(LocalDate.of(2025, 6, 16));
    assertThat(UkDates.dayOf("2025-12-15T10:30:00+01:00")).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-12-15T10:30:00+00:00[Europe/London]")).isEqualTo(monday);
    assertThat(UkDates.dayOf("2025-12-15T10:30:00.000+0000")).isEqualTo(monday); // Camunda REST
  }

  @Test
  @DisplayName("Counting days: the day of an instant is its London day whatever the JVM's time zone")
  void independentOfDefaultZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      // 23:30 UTC on Sunday 15 June is 00:30 BST on Monday 16 June in London.
      assertThat(UkDates.dayOf(Date.from(Instant.parse("2025-06-15T23:30:00Z")))).isEqualTo(LocalDate.of(2025, 6, 16));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-45", "2025-02-30", "tomorrow", "", "15/12/2025", "2025-12-15T25:00"})
  @DisplayName("Counting days: a string that is not a date fails naming it")
  void rejectsBadStrings(String text) {
    assertThatThrownBy(() -> UkDates.dayOf(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a date (expected yyyy-MM-dd)");
  }

  @Test
  @DisplayName("Counting days: null and values that are not dates fail naming the value")
  void rejectsBadInput() {
    assertThatThrownBy(() -> UkDates.dayOf(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
    assertThatThrownBy(() -> UkDates.dayOf(42))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'42' (java.lang.Integer) is not a date");
  }
}
