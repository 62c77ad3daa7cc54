package org.coregroup.oversight;

import static org.coregroup.oversight.OversightHtml.TASKLIST;
import static org.coregroup.oversight.OversightHtml.document;
import static org.coregroup.oversight.OversightHtml.esc;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.identity.CasesShown;
import org.coregroup.identity.SignedInUser;
import org.coregroup.spreadsheet.SpreadsheetCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The oversight page for team managers, conference chairs and administrators ({@code /oversight}),
 * its CSVs (the cases, and the figures of each chart) and each case's history for the chair's
 * review ({@code /oversight/cases/{reference}}): signed in with the Tasklist login, each sees only
 * the cases they oversee (membership's CaseLookup decides). Whoever may open Cockpit oversees
 * (the same rule Tasklist's header link uses); anyone else is refused the page, and a case's
 * history is "not found" for anyone who does not oversee that case.
 */
@RestController
class OversightController {

  static final String COCKPIT = "cockpit";
  static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  static final String CASE_PAGE = "/oversight/cases/";
  static final String NOT_FOUND = "There is no open case with this reference that you oversee.";

  private final SignedInUser signedIn;
  private final OversightCases cases;
  private final AuthorizationService authorizations;
  private final ObjectMapper json;

  OversightController(SignedInUser signedIn, OversightCases cases, AuthorizationService authorizations, ObjectMapper json) {
    this.json = json;
    this.signedIn = signedIn;
    this.cases = cases;
    this.authorizations = authorizations;
  }

  @GetMapping("/oversight")
  ResponseEntity<String> page(HttpServletRequest request) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty() || !oversees(user.get())) {
      return refusal(user.isEmpty());
    }
    OversightCases.Overview overview = cases.withHistory(user.get());
    CasesShown.record(request, "opened the oversight page", references(overview));
    return ResponseEntity.ok().contentType(HTML).body(html(overview, readsEveryCase(user.get())));
  }

  @GetMapping("/oversight/cases.csv")
  ResponseEntity<String> csv(HttpServletRequest request) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty() || !oversees(user.get())) {
      return refusal(user.isEmpty());
    }
    OversightCases.Overview overview = cases.forUser(user.get());
    List<List<String>> rows = overview.rows().stream().map(r -> List.of(text(r.file().childName()),
        r.file().caseReference(), r.keyWorkerName(), text(r.file().teamManager()), text(r.file().conferenceChair()),
        iso(r.file().icpcDate()), iso(r.nextDeadline()), text(r.nextTask()), Long.toString(r.daysOverdue()),
        String.join("; ", r.overdueTasks()))).toList();
    return csv(request, "downloaded the oversight table (CSV)", overview, "cases.csv", SpreadsheetCsv.of(List.of("child",
        "case reference", "key worker", "team manager", "chair", "ICPC date", "next deadline", "next task", "days overdue",
        "overdue work"), rows));
  }

  @GetMapping("/oversight/overdue-work.csv")
  ResponseEntity<String> overdueCsv(HttpServletRequest request) {
    return chartCsv(request, OversightCharts.OVERDUE, false);
  }

  @GetMapping("/oversight/timeliness.csv")
  ResponseEntity<String> timelinessCsv(HttpServletRequest request) {
    return chartCsv(request, OversightCharts.TIMELINESS, true);
  }

  @GetMapping("/oversight/plan-lengths.csv")
  ResponseEntity<String> planLengthsCsv(HttpServletRequest request) {
    return chartCsv(request, OversightCharts.PLAN_LENGTHS, false);
  }

  @GetMapping("/oversight/attendance.csv")
  ResponseEntity<String> attendanceCsv(HttpServletRequest request) {
    return chartCsv(request, OversightCharts.ATTENDANCE, true);
  }

  /**
   * One case's history for the chair's review (R33): linked from "Hold review conference". For
   * anyone who does not oversee the case, whether it exists or not, the same "not found".
   */
  @GetMapping(CASE_PAGE + "{reference}")
  ResponseEntity<String> caseHistory(HttpServletRequest request, @PathVariable String reference) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return refusal(true);
    }
    Optional<CaseHistory> history = cases.history(user.get(), reference);
    if (history.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(document("Case not found",
          "<main><h1>Case not found</h1><p>" + esc(NOT_FOUND) + "</p><p><a href=\"/oversight\">The cases you oversee</a></p></main>", ""));
    }
    CasesShown.record(request, "opened the case's history for the review", List.of(reference));
    return ResponseEntity.ok().contentType(HTML).body(CaseHistoryPage.html(history.get(), EngineClock.today()));
  }

  /** The figures of one chart as CSV, over the same cases as the page. */
  private ResponseEntity<String> chartCsv(HttpServletRequest request, String chartId, boolean needsHistory) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty() || !oversees(user.get())) {
      return refusal(user.isEmpty());
    }
    OversightCases.Overview overview = needsHistory ? cases.withHistory(user.get()) : cases.forUser(user.get());
    OversightCharts.Chart chart = OversightCharts.byId(overview, chartId);
    return csv(request, "downloaded the figures of \"" + chart.title() + "\" (CSV)", overview, chart.csvName(),
        SpreadsheetCsv.of(chart.csvHeadings(), chart.csvRows()));
  }

  private static ResponseEntity<String> csv(HttpServletRequest request, String what, OversightCases.Overview overview,
      String file, String body) {
    CasesShown.record(request, what, references(overview));
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
  }

  private boolean oversees(SignedInUser.User user) {
    return authorizations.isUserAuthorized(user.id(), user.groupIds(), Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
  }

  private ResponseEntity<String> refusal(boolean notSignedIn) {
    String title = notSignedIn ? "Please sign in" : "This page is not for you";
    String body = notSignedIn
        ? "<p>Sign in to <a href=\"" + TASKLIST + "\">Core Group tasks</a> first, then come back to this page.</p>"
        : "<p>The oversight page is for team managers, conference chairs and administrators. "
            + "Your own work is in <a href=\"" + TASKLIST + "\">Core Group tasks</a>.</p>";
    return ResponseEntity.status(notSignedIn ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN).contentType(HTML)
        .body(document(title, "<main><h1>" + title + "</h1>" + body + "</main>", ""));
  }

  private static List<String> references(OversightCases.Overview overview) {
    return overview.rows().stream().map(r -> r.file().caseReference()).toList();
  }

  private boolean readsEveryCase(SignedInUser.User user) {
    return authorizations.isUserAuthorized(user.id(), user.groupIds(), Permissions.READ, Resources.PROCESS_INSTANCE);
  }

  private String html(OversightCases.Overview overview, boolean readsEveryCase) {
    StringBuilder main = new StringBuilder("<main><h1>Oversight of cases</h1>");
    main.append("<p>").append(overview.rows().size()).append(overview.rows().size() == 1 ? " open case" : " open cases")
        .append(" you oversee, on ").append(esc(UkDates.day(overview.today())))
        .append(". <a href=\"/oversight/cases.csv\" download>Download the table of cases as a spreadsheet (CSV)</a></p>");
    if (readsEveryCase) {
      main.append("<p><a href=\"/oversight/cin-census.csv\" download>Download the Children in Need census, child protection plans, "
          + "for this census year (CSV)</a>; add <code>?year=2025-26</code> to the address for another year.</p>");
    }
    List<OversightCharts.Chart> charts = OversightCharts.all(overview);
    main.append("<div class=\"charts\">");
    charts.forEach(chart -> chart(main, chart));
    main.append("</div>");
    main.append("<h2 id=\"cases-heading\">Cases</h2>");
    if (overview.rows().isEmpty()) {
      main.append("<p>You oversee no open case.</p>");
    } else {
      main.append("<p>Open a case for its whole history: meetings against the rules, attendance, visits, minutes, "
          + "actions, concerns and escalations.</p>");
      main.append("<table class=\"cases\" aria-labelledby=\"cases-heading\"><thead><tr><th scope=\"col\">Child</th>")
          .append("<th scope=\"col\">Case</th><th scope=\"col\">Key worker</th><th scope=\"col\">Next deadline</th>")
          .append("<th scope=\"col\">Next task</th><th scope=\"col\">Days overdue</th><th scope=\"col\">Overdue work</th></tr></thead><tbody>");
      for (OversightCases.Row r : overview.rows()) {
        main.append("<tr").append(r.daysOverdue() > 0 ? " class=\"overdue\"" : "").append(">")
            .append("<th scope=\"row\">").append(esc(r.file().childName())).append("</th>")
            .append("<td><a href=\"").append(esc(caseLink(r.file().caseReference()))).append("\">")
            .append(esc(r.file().caseReference())).append("</a></td>")
            .append("<td>").append(esc(r.keyWorkerName())).append("</td>")
            .append("<td>").append(esc(UkDates.day(r.nextDeadline()))).append("</td>")
            .append("<td>").append(esc(r.nextTask())).append("</td>")
            .append("<td>").append(r.daysOverdue() > 0 ? r.daysOverdue() : "").append("</td>")
            .append("<td>").append(esc(String.join(", ", r.overdueTasks()))).append("</td></tr>");
      }
      main.append("</tbody></table>");
    }
    main.append("</main>");
    Map<String, Object> drawings = new LinkedHashMap<>();
    charts.forEach(c -> drawings.put(c.id(), c.drawing()));
    String data;
    try {
      data = json.writeValueAsString(drawings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String scripts = "<script type=\"application/json\" id=\"chart-data\">" + data.replace("<", "\\u003c") + "</script>"
        + "<script src=\"/webjars/chart.js/dist/chart.umd.js\"></script><script src=\"/oversight/oversight.js\"></script>";
    return document("Oversight of cases", main.toString(), scripts);
  }

  static String caseLink(String reference) {
    return CASE_PAGE + UriUtils.encodePathSegment(reference, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A chart with its figures as a table below it and as a CSV: the table is what screen readers and printouts get. */
  private static void chart(StringBuilder out, OversightCharts.Chart chart) {
    String id = chart.id();
    out.append("<section class=\"chart\" aria-labelledby=\"").append(id).append("-title\"><h2 id=\"").append(id)
        .append("-title\">").append(esc(chart.title())).append("</h2>");
    out.append("<p id=\"").append(id).append("-summary\">").append(esc(chart.summary())).append("</p>");
    out.append("<div class=\"canvas\"><canvas id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(esc(chart.title()))
        .append(": the figures are in the table below\" aria-describedby=\"").append(id).append("-summary\"></canvas></div>");
    OversightHtml.table(out, "figures", chart.title() + ": the figures", chart.tableHeadings(), chart.tableRows(), chart.empty());
    out.append("<p><a href=\"/oversight/").append(chart.csvName()).append("\" download>Download these figures (CSV)</a></p>");
    out.append("</section>");
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
