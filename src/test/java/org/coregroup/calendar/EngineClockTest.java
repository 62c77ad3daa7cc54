package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngineClockTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(new InMemoryClosureDayStore());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date utc(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  @DisplayName("Counting days: \"ICPC Monday 2025-12-15, first core group due 2025-12-31\" - due at the end of that day, London time")
  void icpcExample() {
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2025, 12, 15), 10, Jurisdiction.ENGLAND_AND_WALES);
    assertThat(EngineClock.endOfDay(due)).isEqualTo(utc("2025-12-31T23:59:59Z"));
  }

  @Test
  @DisplayName("Counting days: \"Meeting Thursday 2025-04-17, minutes due 2025-04-28\" - at 23:59:59 British Summer Time")
  void minutesExample() {
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2025, 4, 17), 5, Jurisdiction.ENGLAND_AND_WALES);
    assertThat(EngineClock.endOfDay(due)).isEqualTo(utc("2025-04-28T22:59:59Z"));
  }

  @Test
  @DisplayName("Counting days: across the clock changes of 2025-03-30 and 2025-10-26 a deadline ends at 23:59:59 London time")
  void clockChanges() {
    assertThat(EngineClock.endOfDay(LocalDate.of(2025, 3, 29))).isEqualTo(utc("2025-03-29T23:59:59Z"));
    assertThat(EngineClock.endOfDay(LocalDate.of(2025, 3, 30))).isEqualTo(utc("2025-03-30T22:59:59Z"));
    assertThat(EngineClock.endOfDay(LocalDate.of(2025, 10, 26))).isEqualTo(utc("2025-10-26T23:59:59Z"));
    assertThat(EngineClock.startOfDay(LocalDate.of(2025, 3, 31))).isEqualTo(utc("2025-03-30T23:00:00Z"));
  }

  @Test
  @DisplayName("Counting days: today and the end of a day are London's whatever the JVM's time zone")
  void independentOfDefaultZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      assertThat(EngineClock.endOfDay(LocalDate.of(2025, 12, 31))).isEqualTo(utc("2025-12-31T23:59:59Z"));
      ClockUtil.setCurrentTime(utc("2025-06-15T23:30:00Z")); // 00:30 BST on Monday 16 June
      assertThat(EngineClock.today()).isEqualTo(LocalDate.of(2025, 6, 16));
    } finally {
      TimeZone.setDefault(original);
    }
  }
}
