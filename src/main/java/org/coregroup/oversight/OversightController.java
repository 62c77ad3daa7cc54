package org.coregroup.oversight;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.coregroup.identity.SignedInUser;
import org.coregroup.spreadsheet.SpreadsheetCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The oversight page for team managers, conference chairs and administrators ({@code /oversight})
 * and its CSV ({@code /oversight/cases.csv}): signed in with the Tasklist login, each sees only
 * the cases they oversee (membership's CaseLookup decides). Whoever may open Cockpit oversees
 * (the same rule Tasklist's header link uses); anyone else is refused.
 */
@RestController
class OversightController {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "cockpit";
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

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
    return ResponseEntity.ok().contentType(HTML).body(html(cases.forUser(user.get()), readsEveryCase(user.get())));
  }

  @GetMapping("/oversight/cases.csv")
  ResponseEntity<String> csv(HttpServletRequest request) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty() || !oversees(user.get())) {
      return refusal(user.isEmpty());
    }
    List<List<String>> rows = cases.forUser(user.get()).rows().stream().map(r -> List.of(text(r.file().childName()),
        r.file().caseReference(), r.keyWorkerName(), text(r.file().teamManager()), text(r.file().conferenceChair()),
        iso(r.file().icpcDate()), iso(r.nextDeadline()), text(r.nextTask()), Long.toString(r.daysOverdue()),
        String.join("; ", r.overdueTasks()))).toList();
    String out = SpreadsheetCsv.of(List.of("child", "case reference", "key worker", "team manager", "chair", "ICPC date",
        "next deadline", "next task", "days overdue", "overdue work"), rows);
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.csv\"").body(out);
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

  private boolean readsEveryCase(SignedInUser.User user) {
    return authorizations.isUserAuthorized(user.id(), user.groupIds(), Permissions.READ, Resources.PROCESS_INSTANCE);
  }

  private String html(OversightCases.Overview overview, boolean readsEveryCase) {
    StringBuilder main = new StringBuilder("<main><h1>Oversight of cases</h1>");
    main.append("<p>").append(overview.rows().size()).append(overview.rows().size() == 1 ? " open case" : " open cases")
        .append(" you oversee. <a href=\"/oversight/cases.csv\" download>Download the table as a spreadsheet (CSV)</a></p>");
    if (readsEveryCase) {
      main.append("<p><a href=\"/oversight/cin-census.csv\" download>Download the Children in Need census, child protection plans, "
          + "for this census year (CSV)</a>; add <code>?year=2025-26</code> to the address for another year.</p>");
    }
    main.append("<div class=\"charts\">");
    chart(main, "overdue-by-kind", "Overdue work by kind", "Kind of work", "Overdue tasks", overview.overdueByKind());
    chart(main, "plans-by-length", "Plans open by length", "Open for", "Plans", overview.plansByLength());
    main.append("</div>");
    main.append("<h2 id=\"cases-heading\">Cases</h2>");
    if (overview.rows().isEmpty()) {
      main.append("<p>You oversee no open case.</p>");
    } else {
      main.append("<table class=\"cases\" aria-labelledby=\"cases-heading\"><thead><tr><th scope=\"col\">Child</th>")
          .append("<th scope=\"col\">Case</th><th scope=\"col\">Key worker</th><th scope=\"col\">Next deadline</th>")
          .append("<th scope=\"col\">Next task</th><th scope=\"col\">Days overdue</th><th scope=\"col\">Overdue work</th></tr></thead><tbody>");
      for (OversightCases.Row r : overview.rows()) {
        main.append("<tr").append(r.daysOverdue() > 0 ? " class=\"overdue\"" : "").append(">")
            .append("<th scope=\"row\">").append(esc(r.file().childName())).append("</th>")
            .append("<td>").append(esc(r.file().caseReference())).append("</td>")
            .append("<td>").append(esc(r.keyWorkerName())).append("</td>")
            .append("<td>").append(r.nextDeadline() == null ? "" : r.nextDeadline().format(UK_DATE)).append("</td>")
            .append("<td>").append(esc(r.nextTask())).append("</td>")
            .append("<td>").append(r.daysOverdue() > 0 ? r.daysOverdue() : "").append("</td>")
            .append("<td>").append(esc(String.join(", ", r.overdueTasks()))).append("</td></tr>");
      }
      main.append("</tbody></table>");
    }
    main.append("</main>");
    String data;
    try {
      data = json.writeValueAsString(Map.of("overdue-by-kind", overview.overdueByKind(), "plans-by-length", overview.plansByLength()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String scripts = "<script type=\"application/json\" id=\"chart-data\">" + data.replace("<", "\\u003c") + "</script>"
        + "<script src=\"/webjars/chart.js/dist/chart.umd.js\"></script><script src=\"/oversight/oversight.js\"></script>";
    return document("Oversight of cases", main.toString(), scripts);
  }

  /** A chart with its figures as a table beside it: the table is what screen readers and printouts get. */
  private static void chart(StringBuilder out, String id, String title, String labelHeading, String valueHeading,
      Map<String, Integer> values) {
    out.append("<section class=\"chart\" aria-labelledby=\"").append(id).append("-title\"><h2 id=\"").append(id)
        .append("-title\">").append(esc(title)).append("</h2>");
    out.append("<canvas id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(esc(title))
        .append(": figures in the table below\"></canvas>");
    out.append("<table class=\"figures\"><thead><tr><th scope=\"col\">").append(esc(labelHeading))
        .append("</th><th scope=\"col\">").append(esc(valueHeading)).append("</th></tr></thead><tbody>");
    if (values.isEmpty()) {
      out.append("<tr><td colspan=\"2\">None</td></tr>");
    }
    values.forEach((label, value) -> out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>")
        .append(value).append("</td></tr>"));
    out.append("</tbody></table></section>");
  }

  private static String document(String title, String main, String scripts) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " - Core Group</title>"
        + "<link rel=\"stylesheet\" href=\"/oversight/oversight.css\"></head><body>"
        + "<header><a class=\"product\" href=\"" + TASKLIST + "\">Core Group tasks</a>"
        + "<nav aria-label=\"Core Group\"><a href=\"" + TASKLIST + "\">Back to tasks</a></nav></header>"
        + main + scripts + "</body></html>";
  }

  private static String esc(String text) {
    return text == null ? "" : htmlEscape(text);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
