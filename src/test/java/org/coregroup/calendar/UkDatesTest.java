package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UkDatesTest {

  @Test
  @DisplayName("Dates read the UK way: weekday, day, month in words, year")
  void ukStyle() {
    assertThat(UkDates.day(LocalDate.of(2026, 12, 8))).isEqualTo("Tuesday 8 December 2026");
    assertThat(UkDates.day(LocalDate.of(2025, 1, 1))).isEqualTo("Wednesday 1 January 2025");
  }
}
