package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.coregroup.calendar.InMemoryClosureDayStore;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.policy.LocalPolicy;
import org.coregroup.policy.PolicyTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan's deadlines, engine-free, against requirements.md's rules and worked examples. */
class PlanScheduleTest {

  static final LocalPolicy NATIONAL = PolicyTable.profile("national");
  static final LocalPolicy BEDFORDSHIRE = PolicyTable.profile("bedfordshire");
  static final LocalPolicy BRENT = PolicyTable.profile("brent");
  static final LocalPolicy SOUTH_WEST = PolicyTable.profile("south-west");

  private final PlanSchedule schedule = new PlanSchedule(WorkingDayCalendar.fromClasspath(new InMemoryClosureDayStore()));

  @Test
  @DisplayName("R4 worked example: ICPC Monday 2025-12-15, first core group due 2025-12-31 (Christmas and Boxing Day skipped)")
  void firstCoreGroupWorkedExample() {
    assertThat(schedule.firstCoreGroupDue(LocalDate.of(2025, 12, 15), NATIONAL, Jurisdiction.ENGLAND_AND_WALES))
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  @DisplayName("R4 south-west [002]: the first core group within 10 calendar days: the last working day on or before the 10th day")
  void southWestFirstCoreGroupInCalendarDays() {
    // ICPC Monday 2025-12-15: the 10th day is Thursday 25 December (Christmas Day), so Wednesday 24 December;
    // the national 10 working days would give 31 December
    assertThat(schedule.firstCoreGroupDue(LocalDate.of(2025, 12, 15), SOUTH_WEST, Jurisdiction.ENGLAND_AND_WALES))
        .isEqualTo(LocalDate.of(2025, 12, 24));
    // ICPC Wednesday 2026-03-04: the 10th day is Saturday 14 March, so Friday 13 March (national: 18 March)
    assertThat(schedule.firstCoreGroupDue(LocalDate.of(2026, 3, 4), SOUTH_WEST, Jurisdiction.ENGLAND_AND_WALES))
        .isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(schedule.firstCoreGroupDue(LocalDate.of(2026, 3, 4), NATIONAL, Jurisdiction.ENGLAND_AND_WALES))
        .isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  @DisplayName("R32: first review within 3 months of the ICPC, later ones 6 months apart, clamped at month end")
  void reviewConferences() {
    assertThat(schedule.firstReviewDue(LocalDate.of(2025, 11, 30), NATIONAL)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(schedule.nextReviewDue(LocalDate.of(2026, 8, 31), NATIONAL)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  @DisplayName("R7: the next core group at most the interval after the last one")
  void interval() {
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 1, 5), 6, LocalDate.of(2026, 6, 1), 1, NATIONAL))
        .isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 1, 5), 4, LocalDate.of(2026, 6, 1), 1, NATIONAL))
        .isEqualTo(LocalDate.of(2026, 2, 2));
  }

  @Test
  @DisplayName("R10 brent: a core group about 2 weeks before the review conference")
  void brentPreReview() {
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 1, 5), 6, LocalDate.of(2026, 2, 20), 1, BRENT))
        .isEqualTo(LocalDate.of(2026, 2, 6));
  }

  @Test
  @DisplayName("R10 brent: after the pre-review core group, the next within 10 days of the review conference")
  void brentPostReview() {
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 2, 10), 6, LocalDate.of(2026, 2, 20), 2, BRENT))
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  @DisplayName("R7 bedfordshire: early enough for two core groups between conferences")
  void bedfordshireMinimumMeetings() {
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 8, 20), 6, LocalDate.of(2026, 9, 12), 1, BEDFORDSHIRE))
        .isEqualTo(LocalDate.of(2026, 9, 11));
    assertThat(schedule.latestNextMeeting(LocalDate.of(2026, 8, 20), 6, LocalDate.of(2026, 9, 12), 2, BEDFORDSHIRE))
        .isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  @DisplayName("R35: step-down meeting within 10 calendar days; exit plan within 5 working days")
  void afterThePlan() {
    assertThat(schedule.stepDownDue(LocalDate.of(2026, 3, 12), NATIONAL)).isEqualTo(LocalDate.of(2026, 3, 22));
    assertThat(schedule.due(schedule.exitPlan(LocalDate.of(2026, 3, 12), NATIONAL, Jurisdiction.ENGLAND_AND_WALES)))
        .isEqualTo(LocalDate.of(2026, 3, 19));
  }
}
