package org.coregroup.oversight;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coregroup.calendar.UkDates;

/**
 * The four charts of the oversight page, each with the same figures as a table (for screen
 * readers, print and anyone who prefers numbers) and as a CSV download (engine-free): overdue
 * work by kind, timeliness per rule over the last 12 months, plans by how long they have been
 * open (R31), attendance by agency (R18).
 */
final class OversightCharts {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  /** One line or one stack of bars: its name and one value per label (null: nothing to show). */
  record Series(String label, List<Integer> values) {
  }

  /**
   * A chart: what Chart.js draws ({@code type} bar or line, {@code labels}, {@code series}), the
   * table beside it and its CSV ({@code csvName} under /oversight/).
   */
  record Chart(String id, String title, String summary, String type, boolean horizontal, boolean stacked, boolean percent,
      List<String> labels, List<Series> series, List<String> tableHeadings, List<List<String>> tableRows, String empty,
      String csvName, List<String> csvHeadings, List<List<String>> csvRows) {

    /** What oversight.js needs to draw it. */
    Map<String, Object> drawing() {
      Map<String, Object> drawing = new LinkedHashMap<>();
      drawing.put("type", type);
      drawing.put("horizontal", horizontal);
      drawing.put("stacked", stacked);
      drawing.put("percent", percent);
      drawing.put("labels", labels);
      List<Map<String, Object>> datasets = new ArrayList<>();
      series.forEach(s -> {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", s.label());
        set.put("data", s.values());
        datasets.add(set);
      });
      drawing.put("datasets", datasets);
      return drawing;
    }
  }

  static final String OVERDUE = "overdue-by-kind";
  static final String TIMELINESS = "timeliness";
  static final String PLAN_LENGTHS = "plans-by-length";
  static final String ATTENDANCE = "attendance-by-agency";

  private OversightCharts() {
  }

  static List<Chart> all(OversightCases.Overview overview) {
    return List.of(overdue(overview), timeliness(overview), planLengths(overview), attendance(overview));
  }

  static Chart byId(OversightCases.Overview overview, String id) {
    return all(overview).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  static Chart overdue(OversightCases.Overview overview) {
    return counts(OVERDUE, "Overdue work by kind", "Open tasks whose due date has passed, by the kind of work.",
        "Kind of work", "Overdue tasks", overview.overdueByKind(), "No work is overdue.", "overdue-work.csv");
  }

  static Chart planLengths(OversightCases.Overview overview) {
    return counts(PLAN_LENGTHS, "Plans open by length", "Open plans by how long since the initial conference; "
        + "the team manager reviews plans open 9, 12 and 18 months.", "Open for", "Plans", overview.plansByLength(),
        "No open plan.", "plan-lengths.csv");
  }

  private static Chart counts(String id, String title, String summary, String labelHeading, String valueHeading,
      Map<String, Integer> values, String empty, String csvName) {
    List<String> labels = new ArrayList<>(values.keySet());
    List<List<String>> rows = new ArrayList<>();
    values.forEach((label, value) -> rows.add(List.of(label, Integer.toString(value))));
    return new Chart(id, title, summary, "bar", true, false, false, labels,
        List.of(new Series(valueHeading, new ArrayList<>(values.values()))), List.of(labelHeading, valueHeading), rows, empty,
        csvName, List.of(labelHeading.toLowerCase(Locale.UK), valueHeading.toLowerCase(Locale.UK)), rows);
  }

  static Chart timeliness(OversightCases.Overview overview) {
    List<Timeliness.Month> months = overview.timeliness();
    List<String> labels = months.stream().map(m -> m.month().format(SHORT_MONTH)).toList();
    List<Series> series = new ArrayList<>();
    List<String> headings = new ArrayList<>(List.of("Month"));
    for (Timeliness.Rule rule : Timeliness.Rule.values()) {
      series.add(new Series(rule.label, months.stream().map(m -> m.counts().get(rule).percent()).toList()));
      headings.add(rule.label);
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (Timeliness.Month m : months) {
      List<String> row = new ArrayList<>(List.of(m.month().format(MONTH)));
      for (Timeliness.Rule rule : Timeliness.Rule.values()) {
        Timeliness.Count count = m.counts().get(rule);
        row.add(count.due() == 0 ? "none due" : count.percent() + "% (" + count.onTime() + " of " + count.due() + " on time)");
        csv.add(List.of(m.month().toString(), rule.label, Integer.toString(count.due()), Integer.toString(count.onTime()),
            count.percent() == null ? "" : Integer.toString(count.percent())));
      }
      rows.add(row);
    }
    YearMonth first = months.isEmpty() ? YearMonth.from(overview.today()) : months.get(0).month();
    return new Chart(TIMELINESS, "Deadlines met on time, rule by rule",
        "Per month since " + UkDates.day(first.atDay(1)) + ", the share of deadlines met on time: the first core group "
            + "by the day the local policy sets (10 working days after the initial conference nationally), each later core "
            + "group by the day agreed within the profile's interval (or later with the team manager's approval), minutes "
            + "to every member in time (5 working days nationally), the child seen as often as the profile asks, each "
            + "review conference by its date. A deadline counts in the month it fell due.",
        "line", false, false, true, labels, series, headings, rows, "No deadline fell due.", "timeliness.csv",
        List.of("month", "rule", "deadlines due", "met on time", "percent on time"), csv);
  }

  static Chart attendance(OversightCases.Overview overview) {
    List<AttendanceByAgency.Row> agencies = overview.attendance();
    List<String> labels = agencies.stream().map(AttendanceByAgency.Row::agency).toList();
    List<Series> series = new ArrayList<>();
    List<String> headings = new ArrayList<>(List.of("Agency"));
    for (String status : AttendanceByAgency.STATUSES) {
      series.add(new Series(AttendanceByAgency.statusLabel(status), agencies.stream().map(a -> a.counts().get(status)).toList()));
      headings.add(AttendanceByAgency.statusLabel(status));
    }
    headings.add("Attendances recorded");
    List<List<String>> rows = new ArrayList<>();
    for (AttendanceByAgency.Row a : agencies) {
      List<String> row = new ArrayList<>(List.of(a.agency()));
      AttendanceByAgency.STATUSES.forEach(s -> row.add(Integer.toString(a.counts().get(s))));
      row.add(Integer.toString(a.total()));
      rows.add(row);
    }
    List<String> csvHeadings = headings.stream().map(h -> h.toLowerCase(Locale.UK)).toList();
    return new Chart(ATTENDANCE, "Attendance at core groups by agency",
        "Each member's attendance at the core groups recorded since "
            + UkDates.day(OversightCases.firstDayOfTheMonths(overview.today())) + ", by their agency.",
        "bar", true, true, false, labels, series, headings, rows, "No core group has been recorded in this time.",
        "attendance.csv", csvHeadings, rows);
  }
}
