package org.coregroup.oversight;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/** The frame of the oversight pages (header, styles, language) and the escaping every text on them goes through. */
final class OversightHtml {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private OversightHtml() {
  }

  static String document(String title, String main, String scripts) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " - Core Group</title>"
        + "<link rel=\"stylesheet\" href=\"/oversight/oversight.css\"></head><body>"
        + "<header><a class=\"product\" href=\"" + TASKLIST + "\">Core Group tasks</a>"
        + "<nav aria-label=\"Core Group\"><a href=\"/oversight\">Oversight of cases</a> <a href=\"" + TASKLIST
        + "\">Back to tasks</a></nav></header>" + main + scripts + "</body></html>";
  }

  static String esc(Object text) {
    return text == null ? "" : htmlEscape(text.toString());
  }

  /** A table with a caption, column headings and rows whose first cell heads the row; {@code empty} when there is no row. */
  static void table(StringBuilder out, String cssClass, String caption, List<String> headings, List<List<String>> rows,
      String empty) {
    if (rows.isEmpty()) {
      out.append("<p class=\"none\">").append(esc(empty)).append("</p>");
      return;
    }
    out.append("<table class=\"").append(cssClass).append("\">");
    if (caption != null) {
      out.append("<caption>").append(esc(caption)).append("</caption>");
    }
    out.append("<thead><tr>");
    headings.forEach(h -> out.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    out.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(esc(row.get(i))).append(i == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }
}
