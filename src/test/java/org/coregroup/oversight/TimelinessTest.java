package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The timeliness figures, engine-free: which deadline counts in which month, and when it is on time. */
class TimelinessTest {

  static final LocalDate TODAY = LocalDate.parse("2026-03-20");

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static CaseHistory history(CaseHistory.Plan plan, List<CaseHistory.Minutes> minutes, List<CaseHistory.ChildSeen> seen) {
    return new CaseHistory("REF-1", "Amy Example", d("2025-12-15"), "brent", plan, List.of(), minutes, List.of(), seen,
        List.of(), List.of());
  }

  static CaseHistory.Plan plan(List<CaseHistory.HeldMeeting> held, LocalDate nextMeeting, List<CaseHistory.Conference> conferences,
      LocalDate nextReview) {
    return new CaseHistory.Plan(d("2025-12-31"), nextMeeting, held.size() + 1, nextReview, held, conferences, List.of(), null, null, null);
  }

  static Timeliness.Count count(List<Timeliness.Month> months, String month, Timeliness.Rule rule) {
    return months.stream().filter(m -> m.month().equals(YearMonth.parse(month))).findFirst().orElseThrow().counts().get(rule);
  }

  @Test
  @DisplayName("R4, R7, R21, R24, R32: each deadline counts in the month it fell due; met on its day is on time, a day later is late")
  void deadlinesByMonth() {
    CaseHistory c = history(
        plan(List.of(new CaseHistory.HeldMeeting(1, d("2026-01-06"), d("2025-12-31"), null),
                new CaseHistory.HeldMeeting(2, d("2026-02-10"), d("2026-02-10"), null)), d("2026-02-27"),
            List.of(new CaseHistory.Conference(1, d("2026-03-16"), d("2026-03-15"))), d("2026-09-16")),
        List.of(new CaseHistory.Minutes(d("2026-01-06"), d("2026-01-13"), d("2026-01-13"), List.of()),
            new CaseHistory.Minutes(d("2026-02-10"), d("2026-02-17"), null, List.of())),
        List.of(new CaseHistory.ChildSeen(false, false, null, d("2025-12-22")),
            new CaseHistory.ChildSeen(false, true, d("2026-01-08"), d("2026-01-12")),
            new CaseHistory.ChildSeen(false, true, d("2026-01-26"), null)));

    List<Timeliness.Month> months = Timeliness.lastTwelveMonths(List.of(c), TODAY);

    assertThat(months).extracting(Timeliness.Month::month).first().isEqualTo(YearMonth.parse("2025-04"));
    assertThat(months).hasSize(12).extracting(Timeliness.Month::month).last().isEqualTo(YearMonth.parse("2026-03"));
    assertThat(count(months, "2025-12", Timeliness.Rule.FIRST_CORE_GROUP)).isEqualTo(new Timeliness.Count(0, 1));
    assertThat(count(months, "2025-12", Timeliness.Rule.CHILD_SEEN)).isEqualTo(new Timeliness.Count(1, 1));
    assertThat(count(months, "2026-01", Timeliness.Rule.CHILD_SEEN)).isEqualTo(new Timeliness.Count(0, 2));
    assertThat(count(months, "2026-01", Timeliness.Rule.MINUTES).percent()).isEqualTo(100);
    // the meeting held on its day, and the next one, due on 27 February and not held by today
    assertThat(count(months, "2026-02", Timeliness.Rule.MEETINGS)).isEqualTo(new Timeliness.Count(1, 2));
    assertThat(count(months, "2026-02", Timeliness.Rule.MEETINGS).percent()).isEqualTo(50);
    assertThat(count(months, "2026-02", Timeliness.Rule.MINUTES)).isEqualTo(new Timeliness.Count(0, 1));
    assertThat(count(months, "2026-03", Timeliness.Rule.REVIEW)).isEqualTo(new Timeliness.Count(0, 1));
    // nothing fell due: no percentage (a gap in the line, "none due" in the table), not 0% or 100%
    assertThat(count(months, "2025-11", Timeliness.Rule.REVIEW).percent()).isNull();
  }

  @Test
  @DisplayName("A deadline still to come does not count until it is met; met early, it counts in its own month")
  void deadlinesToCome() {
    CaseHistory c = history(plan(List.of(), d("2026-03-31"), List.of(), d("2026-04-15")),
        List.of(new CaseHistory.Minutes(d("2026-03-18"), d("2026-03-25"), d("2026-03-19"), List.of())), List.of());
    CaseHistory later = new CaseHistory("REF-2", "Ben", d("2026-03-16"), "national",
        new CaseHistory.Plan(d("2026-03-30"), d("2026-03-30"), 1, d("2026-06-16"), List.of(), List.of(), List.of(), null, null, null),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    List<Timeliness.Month> months = Timeliness.lastTwelveMonths(List.of(c, later), TODAY);

    assertThat(count(months, "2026-03", Timeliness.Rule.MINUTES)).isEqualTo(new Timeliness.Count(1, 1));
    assertThat(count(months, "2026-03", Timeliness.Rule.MEETINGS).due()).isZero();
    assertThat(count(months, "2026-03", Timeliness.Rule.FIRST_CORE_GROUP).due()).isZero();
    // the first case's first core group was due on 31 December and has not met
    assertThat(count(months, "2025-12", Timeliness.Rule.FIRST_CORE_GROUP)).isEqualTo(new Timeliness.Count(0, 1));
  }

  @Test
  @DisplayName("R4: an ended plan's first core group counts as missed only if it fell due while the plan ran")
  void endedPlanFirstCoreGroup() {
    CaseHistory endedBefore = history(new CaseHistory.Plan(d("2025-12-31"), null, 1, null, List.of(), List.of(), List.of(),
        null, null, d("2025-12-20")), List.of(), List.of());
    CaseHistory endedAfter = history(new CaseHistory.Plan(d("2026-01-30"), null, 1, null, List.of(), List.of(), List.of(),
        null, null, d("2026-02-10")), List.of(), List.of());

    List<Timeliness.Month> months = Timeliness.lastTwelveMonths(List.of(endedBefore, endedAfter), TODAY);

    assertThat(count(months, "2025-12", Timeliness.Rule.FIRST_CORE_GROUP).due()).as("due after the plan ended").isZero();
    assertThat(count(months, "2026-01", Timeliness.Rule.FIRST_CORE_GROUP)).as("due while it ran, never held")
        .isEqualTo(new Timeliness.Count(0, 1));
  }
}
