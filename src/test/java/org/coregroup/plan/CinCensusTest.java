package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Children in Need census's child protection module, and the DfE validation rules it must pass. */
class CinCensusTest {

  static final CinCensus.Year YEAR_2025_26 = new CinCensus.Year(2025);

  /** A plan whose latest category (if different) took effect on its first review, or 60 days in. */
  static CinCensus.Plan plan(String ref, String child, String start, String end, String initial, String latest, String... reviews) {
    List<LocalDate> reviewDays = java.util.Arrays.stream(reviews).map(LocalDate::parse).toList();
    List<CinCensus.Category> categories = new java.util.ArrayList<>();
    categories.add(new CinCensus.Category(initial, LocalDate.parse(start)));
    if (latest != null && !latest.equals(initial)) {
      categories.add(new CinCensus.Category(latest, reviewDays.isEmpty() ? LocalDate.parse(start).plusDays(60) : reviewDays.get(0)));
    }
    return new CinCensus.Plan(ref, child, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), categories, reviewDays, null);
  }

  @Test
  @DisplayName("Census year: 1 April to 31 March, written 2025-26; today's year by default; anything else is not a year")
  void censusYear() {
    assertThat(YEAR_2025_26.from()).isEqualTo("2025-04-01");
    assertThat(YEAR_2025_26.to()).isEqualTo("2026-03-31");
    assertThat(YEAR_2025_26.label()).isEqualTo("2025-26");
    assertThat(CinCensus.Year.containing(LocalDate.parse("2026-03-31"))).isEqualTo(YEAR_2025_26);
    assertThat(CinCensus.Year.containing(LocalDate.parse("2026-04-01"))).isEqualTo(new CinCensus.Year(2026));
    assertThat(CinCensus.Year.parse(" 2025-26 ")).contains(YEAR_2025_26);
    assertThat(CinCensus.Year.parse("2099-00")).contains(new CinCensus.Year(2099));
    for (String bad : List.of("2025", "2025-27", "2025/26", "1899-00", "'; drop table", "2025-26-27", "")) {
      assertThat(CinCensus.Year.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  @DisplayName("CIN census: every plan open on a day of the year is a row, with its reviews held in the year; plans before or after are not")
  void plansOpenInTheYear() {
    List<CinCensus.Row> rows = CinCensus.rows(YEAR_2025_26, List.of(
        plan("A", "amy", "2025-01-10", null, "NEG", "PHY", "2025-04-03", "2025-10-02"),
        plan("B", "ben", "2024-06-01", "2025-03-31", "EMO", "EMO"),
        plan("C", "cal", "2026-04-01", null, "SAB", "SAB"),
        plan("D", "dee", "2025-09-01", "2026-02-02", "MUL", "NEG", "2025-12-01")));

    assertThat(rows).extracting(CinCensus.Row::laChildId).containsExactly("A", "D");
    CinCensus.Row amy = rows.get(0);
    assertThat(amy.cells()).containsExactly("A", "2025-01-10", "", "NEG", "PHY", "0", "2025-04-03;2025-10-02", "");
    assertThat(rows.get(1).cells()).containsExactly("D", "2025-09-01", "2026-02-02", "MUL", "NEG", "0", "2025-12-01", "");
  }

  @Test
  @DisplayName("CIN census, R36: a child's earlier plans count as previous plans, and the child keeps the reference of their first plan as LAchildID")
  void previousPlans() {
    List<CinCensus.Row> rows = CinCensus.rows(YEAR_2025_26, List.of(
        plan("FIRST", "amy", "2023-05-02", "2024-01-15", "NEG", "NEG"),
        plan("SECOND", "amy", "2024-07-01", "2025-05-01", "PHY", "PHY"),
        plan("THIRD", "amy", "2025-09-01", null, "EMO", "EMO"),
        plan("OTHER", "ben", "2025-09-01", null, "EMO", "EMO")));

    assertThat(rows).extracting(CinCensus.Row::laChildId).containsExactly("FIRST", "FIRST", "OTHER");
    assertThat(rows).extracting(CinCensus.Row::previousPlans).containsExactly(1, 2, 0);
    assertThat(rows).allSatisfy(r -> assertThat(r.errors()).isEmpty());
  }

  @Test
  @DisplayName("CIN census, R36: a plan that recorded its previous plans when it started reports that count")
  void recordedPreviousPlans() {
    CinCensus.Plan recorded = new CinCensus.Plan("A", "amy", LocalDate.parse("2025-06-02"), null,
        List.of(new CinCensus.Category("NEG", LocalDate.parse("2025-06-02"))), List.of(), 2);
    assertThat(only(recorded).previousPlans()).isEqualTo(2);
  }

  @Test
  @DisplayName("CIN census, ADR 0031: a child transferred in had a plan in the previous authority: it counts as a previous plan, for that plan and for the child's later plans here")
  void transferredInPlanCountsThePlanElsewhere() {
    List<CinCensus.Category> neg = List.of(new CinCensus.Category("NEG", LocalDate.parse("2025-05-01")));
    CinCensus.Plan transferredIn = new CinCensus.Plan("IN", "amy", LocalDate.parse("2025-05-01"), LocalDate.parse("2025-09-01"),
        neg, List.of(), 0, true);
    // her next plan here counted the transferred-in plan when it started (1); the one before it elsewhere counts too
    CinCensus.Plan later = new CinCensus.Plan("LATER", "amy", LocalDate.parse("2026-01-05"), null, neg, List.of(), 1);
    CinCensus.Plan uncounted = plan("BEN", "ben", "2025-05-01", null, "NEG", "NEG");
    CinCensus.Plan calIn = new CinCensus.Plan("CAL-IN", "cal", LocalDate.parse("2025-06-02"), null, neg, List.of(), null, true);

    List<CinCensus.Row> rows = CinCensus.rows(YEAR_2025_26, List.of(transferredIn, later, uncounted, calIn));
    assertThat(rows).extracting(r -> r.laChildId() + " " + r.start() + ": " + r.previousPlans()).containsExactlyInAnyOrder(
        "IN 2025-05-01: 1", "IN 2026-01-05: 2", "BEN 2025-05-01: 0", "CAL-IN 2025-06-02: 1");
  }

  @Test
  @DisplayName("CIN census rules 8905, 8910: a category of abuse missing or outside the census code set is flagged")
  void categories() {
    List<CinCensus.Row> rows = CinCensus.rows(YEAR_2025_26, List.of(plan("A", "amy", "2025-05-01", null, null, "XYZ")));
    assertThat(rows.get(0).errors()).hasSize(2);
    assertThat(rows.get(0).errors().get(0)).startsWith("8905 ");
    assertThat(rows.get(0).errors().get(1)).startsWith("8910 ");
  }

  @Test
  @DisplayName("CIN census rules 8925, 8840, 8841: an end before the start, a plan ending the day it starts, a review on the start day are flagged")
  void dates() {
    assertThat(only(plan("A", "amy", "2025-06-02", "2025-05-01", "NEG", "NEG")).errors()).singleElement()
        .asString().startsWith("8925 ");
    assertThat(only(plan("A", "amy", "2025-06-02", "2025-06-02", "NEG", "NEG")).errors()).singleElement()
        .asString().startsWith("8840 ");
    assertThat(only(plan("A", "amy", "2025-06-02", null, "NEG", "NEG", "2025-06-02")).errors()).singleElement()
        .asString().startsWith("8841 ");
    assertThat(only(plan("A", "amy", "2025-06-02", null, "NEG", "NEG", "2025-06-03")).errors()).isEmpty();
  }

  @Test
  @DisplayName("CIN census rules 8935, 8940: two open plans for one child, or plans whose dates overlap, are flagged on both rows")
  void overlaps() {
    List<CinCensus.Row> open = CinCensus.rows(YEAR_2025_26, List.of(
        plan("A", "amy", "2025-05-01", null, "NEG", "NEG"), plan("B", "amy", "2025-08-01", null, "NEG", "NEG")));
    assertThat(open).allSatisfy(r -> assertThat(r.errors()).anyMatch(e -> e.startsWith("8935 ")).anyMatch(e -> e.startsWith("8940 ")));

    List<CinCensus.Row> overlapping = CinCensus.rows(YEAR_2025_26, List.of(
        plan("A", "amy", "2025-05-01", "2025-09-01", "NEG", "NEG"), plan("B", "amy", "2025-08-01", null, "NEG", "NEG")));
    assertThat(overlapping).allSatisfy(r -> assertThat(r.errors()).singleElement().asString().startsWith("8940 "));

    List<CinCensus.Row> oneAfterTheOther = CinCensus.rows(YEAR_2025_26, List.of(
        plan("A", "amy", "2025-05-01", "2025-07-31", "NEG", "NEG"), plan("B", "amy", "2025-08-01", null, "NEG", "NEG")));
    assertThat(oneAfterTheOther).allSatisfy(r -> assertThat(r.errors()).isEmpty());
  }

  @Test
  @DisplayName("CIN census: the return shows 31 March: a plan ended after it is open there, with the category it had on that day")
  void asOnThirtyFirstMarch() {
    CinCensus.Plan plan = new CinCensus.Plan("A", "amy", LocalDate.parse("2025-06-02"), LocalDate.parse("2026-06-01"),
        List.of(new CinCensus.Category("NEG", LocalDate.parse("2025-06-02")), new CinCensus.Category("EMO", LocalDate.parse("2025-12-01")),
            new CinCensus.Category("PHY", LocalDate.parse("2026-05-01"))),
        List.of(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-05-01")), null);
    assertThat(only(plan).cells()).containsExactly("A", "2025-06-02", "", "NEG", "EMO", "0", "2025-12-01", "");
    assertThat(CinCensus.rows(new CinCensus.Year(2026), List.of(plan)).get(0).cells())
        .containsExactly("A", "2025-06-02", "2026-06-01", "NEG", "PHY", "0", "2026-05-01", "");
  }

  private static CinCensus.Row only(CinCensus.Plan plan) {
    List<CinCensus.Row> rows = CinCensus.rows(YEAR_2025_26, List.of(plan));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
