package org.coregroup.oversight;

import static org.coregroup.oversight.OversightHtml.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coregroup.calendar.UkDates;
import org.coregroup.input.FieldLabels;
import org.coregroup.membership.Agencies;
import org.coregroup.plan.ChildProtectionPlanProcess;

/**
 * The chair's view of a case's whole history at a review conference (R33, engine-free): the
 * meetings against the profile's rules, attendance per member and per agency (R18), apologies and
 * written reports (R13), visits and the child-seen record (R24-R26), the minutes' timeliness
 * (R21), actions done and overdue (R22), concerns (R27) and escalations (R28-R31), and the changes
 * to the Core Group. The texts the review form already shows (the meeting history against the
 * rules, the changes to the Core Group) and each meeting's briefing for its chair are shown as the
 * processes wrote them.
 */
final class CaseHistoryPage {

  private CaseHistoryPage() {
  }

  static String html(CaseHistory c, LocalDate today) {
    StringBuilder out = new StringBuilder("<main class=\"history\">");
    out.append("<h1>The history of ").append(esc(c.child())).append("'s plan</h1>");
    CaseHistory.Plan plan = c.plan();
    out.append("<p>Case ").append(esc(c.reference())).append(", local policy ")
        .append(esc(FieldLabels.choice(ChildProtectionPlanProcess.LOCAL_POLICY, c.localPolicy()))).append(". Initial conference on ").append(esc(UkDates.day(c.icpc()))).append(". As of ")
        .append(esc(UkDates.day(today))).append(".</p>");
    List<String> next = new ArrayList<>();
    if (plan.nextCoreGroupDue() != null) {
      next.add("the next core group is due by " + UkDates.day(plan.nextCoreGroupDue()));
    }
    if (plan.nextReviewDue() != null) {
      next.add("the next review conference by " + UkDates.day(plan.nextReviewDue()));
    }
    if (!next.isEmpty()) {
      out.append("<p>Now ").append(esc(String.join("; ", next))).append(".</p>");
    }
    out.append("<nav aria-label=\"On this page\"><ul>");
    for (String[] section : new String[][] {{"meetings", "Meetings against the rules"}, {"attendance", "Attendance"},
        {"apologies", "Apologies and reports"}, {"visits", "Visits and seeing the child"}, {"minutes", "Minutes"},
        {"actions", "Actions"}, {"concerns", "Concerns"}, {"escalations", "Escalations"}, {"changes", "Changes to the Core Group"},
        {"transfer", "Transfer to another area"}}) {
      if (section[0].equals("transfer") && plan.transfer() == null) {
        continue;
      }
      out.append("<li><a href=\"#").append(section[0]).append("\">").append(esc(section[1])).append("</a></li>");
    }
    out.append("</ul></nav>");
    meetings(out, c);
    attendance(out, c);
    apologies(out, c);
    visits(out, c);
    minutes(out, c, today);
    actions(out, c, today);
    concerns(out, c);
    escalations(out, c);
    section(out, "changes", "Changes to the Core Group");
    preformatted(out, plan.coreGroupChanges(), "No change to the Core Group has been recorded.");
    out.append("</section>");
    transfer(out, plan.transfer());
    out.append("</main>");
    return OversightHtml.document("History of " + c.child() + "'s plan", out.toString(), "");
  }

  /** ADR 0036: the transfer to another area, with each transfer record emailed: what, when, to whom, by whom. */
  private static void transfer(StringBuilder out, CaseHistory.Transfer t) {
    if (t == null) {
      return;
    }
    section(out, "transfer", "Transfer to another area");
    out.append("<p>").append(esc(t.authority())).append(" was told of the move on ").append(esc(UkDates.day(t.toldOn()))).append(".");
    if (t.conferenceOn() != null) {
      out.append(" Its transfer-in conference was held on ").append(esc(UkDates.day(t.conferenceOn()))).append('.');
    }
    out.append("</p>");
    if (t.recordsSent() != null) {
      out.append("<p>What was sent:</p>");
      preformatted(out, t.recordsSent(), "");
    }
    List<List<String>> rows = new ArrayList<>();
    for (CaseHistory.RecordSent s : t.sent()) {
      rows.add(List.of(s.at() == null ? "" : UkDates.day(UkDates.dayOf(java.util.Date.from(s.at()))), "The transfer record (PDF)",
          s.email() == null ? "" : s.email(), s.by() == null ? "" : s.by(),
          org.coregroup.notification.Notifier.BY_EMAIL.equals(s.how()) ? "Sent by email" : s.how() == null ? "" : s.how()));
    }
    OversightHtml.table(out, "history", "The transfer record sent by the product", List.of("On", "What", "To", "By", "How"), rows,
        "The product has not emailed the transfer record (the key worker may have downloaded it and sent it themselves).");
    out.append("</section>");
  }

  private static void meetings(StringBuilder out, CaseHistory c) {
    CaseHistory.Plan plan = c.plan();
    section(out, "meetings", "Meetings against the rules");
    List<List<String>> rows = new ArrayList<>();
    for (CaseHistory.HeldMeeting m : plan.held()) {
      LocalDate due = m.number() == 1 && plan.firstCoreGroupDue() != null ? plan.firstCoreGroupDue() : m.dueBy();
      boolean late = due != null && m.heldOn().isAfter(due);
      rows.add(List.of("Core group " + m.number(), UkDates.day(m.heldOn()), UkDates.day(due), late ? "Late" : "In time",
          m.laterReason() == null ? "" : "The next one later, approved by the team manager: " + m.laterReason()));
    }
    for (CaseHistory.NotHeld n : plan.notHeld()) {
      rows.add(List.of("Did not go ahead", UkDates.day(n.on()), "", "", n.reason() == null ? "" : n.reason()));
    }
    OversightHtml.table(out, "history", "Core groups: held on, due by", List.of("Meeting", "Held on", "Due by", "In time?", "Note"),
        rows, "No core group has been recorded yet.");
    List<List<String>> conferences = new ArrayList<>();
    for (CaseHistory.Conference conference : plan.conferences()) {
      conferences.add(List.of("Review conference " + conference.number(), UkDates.day(conference.heldOn()),
          UkDates.day(conference.dueBy()), conference.dueBy() == null ? "" : conference.late() ? "Late" : "On time"));
    }
    OversightHtml.table(out, "history", "Review conferences: held on, due by", List.of("Conference", "Held on", "Due by", "On time?"),
        conferences, "No review conference has been held yet.");
    out.append("<h3>As the review form shows it</h3>");
    preformatted(out, plan.againstTheRules(), "No core group has met yet.");
    out.append("</section>");
  }

  /** Each member's attendance at each meeting recorded, then the agencies' totals. */
  private static void attendance(StringBuilder out, CaseHistory c) {
    section(out, "attendance", "Attendance");
    List<CaseHistory.Meeting> meetings = c.meetings();
    Map<String, String[]> byMember = new LinkedHashMap<>();
    for (int i = 0; i < meetings.size(); i++) {
      for (CaseHistory.Attendance a : meetings.get(i).attendance()) {
        String[] row = byMember.computeIfAbsent(a.name() + " (" + Agencies.name(a.agency()) + ")", k -> new String[meetings.size()]);
        row[i] = AttendanceByAgency.statusLabel(a.status()) + (a.note() == null ? "" : ": " + a.note());
      }
    }
    List<String> headings = new ArrayList<>(List.of("Member"));
    meetings.forEach(m -> headings.add(UkDates.day(m.heldOn()) + (m.wentAhead() ? "" : " (did not go ahead)")));
    List<List<String>> rows = new ArrayList<>();
    byMember.forEach((member, cells) -> {
      List<String> row = new ArrayList<>(List.of(member));
      for (String cell : cells) {
        row.add(cell == null ? "not a member then" : cell);
      }
      rows.add(row);
    });
    OversightHtml.table(out, "history attendance", "Attendance per member and meeting", headings, rows,
        "No meeting's attendance has been recorded yet.");
    List<AttendanceByAgency.Row> agencies = AttendanceByAgency.since(List.of(c), LocalDate.MIN);
    List<String> agencyHeadings = new ArrayList<>(List.of("Agency"));
    AttendanceByAgency.STATUSES.forEach(s -> agencyHeadings.add(AttendanceByAgency.statusLabel(s)));
    List<List<String>> agencyRows = new ArrayList<>();
    for (AttendanceByAgency.Row a : agencies) {
      List<String> row = new ArrayList<>(List.of(a.agency()));
      AttendanceByAgency.STATUSES.forEach(s -> row.add(Integer.toString(a.counts().get(s))));
      agencyRows.add(row);
    }
    OversightHtml.table(out, "history", "Attendance per agency, every meeting", agencyHeadings, agencyRows,
        "No meeting's attendance has been recorded yet.");
    out.append("</section>");
  }

  /** R13: what each professional said before each meeting, and the chair's briefing as it was sent. */
  private static void apologies(StringBuilder out, CaseHistory c) {
    section(out, "apologies", "Apologies and reports");
    boolean any = false;
    for (CaseHistory.Meeting m : c.meetings()) {
      if (m.replies().isEmpty() && m.briefing() == null) {
        continue;
      }
      any = true;
      out.append("<h3>Before the meeting of ").append(esc(UkDates.day(m.heldOn()))).append("</h3>");
      List<List<String>> rows = new ArrayList<>();
      for (CaseHistory.Reply r : m.replies()) {
        rows.add(List.of(r.name() + (r.agency() == null ? "" : " (" + Agencies.name(r.agency()) + ")"),
            r.attending() ? "Coming" : "Apologies" + (r.apologies() == null ? "" : ": " + r.apologies()),
            r.attending() ? "" : r.representative() == null ? "None" : r.representative(),
            r.attending() ? "" : r.report() ? "Received by the key worker" : "Missing"));
      }
      OversightHtml.table(out, "history", "Replies before the meeting of " + UkDates.day(m.heldOn()),
          List.of("Member", "Reply", "Representative", "Written report"), rows, "Nobody replied before this meeting.");
      if (m.briefing() != null) {
        out.append("<p>The chair's briefing:</p>");
        preformatted(out, m.briefing(), "");
      }
    }
    if (!any) {
      out.append("<p class=\"none\">No reply or apology before a meeting has been recorded yet.</p>");
    }
    out.append("</section>");
  }

  private static void visits(StringBuilder out, CaseHistory c) {
    section(out, "visits", "Visits and seeing the child");
    List<List<String>> rows = new ArrayList<>();
    boolean siblings = c.visits().stream().anyMatch(CaseHistory.Visit::siblings);
    for (CaseHistory.Visit v : c.visits()) {
      rows.add(List.of(UkDates.day(v.on()), v.by() == null ? "" : v.by(), Agencies.name(v.agency()),
          v.siblings() ? names(v.childrenSeen()) : v.childSeen() ? "Yes" : "No",
          v.siblings() ? names(v.childrenSeenAlone()) : v.seenAlone() ? "Yes" : "No"));
    }
    // brothers and sisters (ADR 0033): each visit to the family once, naming the children it saw
    OversightHtml.table(out, "history", "Visits", List.of("Visit on", "By", "Agency",
        siblings ? "Children seen" : "Child seen", "Seen alone"), rows, "No visit has been recorded yet.");
    List<List<String>> clocks = new ArrayList<>();
    // brothers and sisters (ADR 0033): each child has their own clocks, so each period names its child
    boolean perChild = siblings || c.childSeen().stream().anyMatch(s -> s.child() != null);
    for (CaseHistory.ChildSeen s : c.childSeen()) {
      String rule = s.alone() ? "Seen alone by the key worker" : "Seen by a professional";
      List<String> row = new ArrayList<>(s.ranOut()
          ? List.of(rule, "Not seen in time", UkDates.day(s.due()), s.seenOn() == null ? "not seen yet" : UkDates.day(s.seenOn()))
          : List.of(rule, "Seen in time", "", UkDates.day(s.seenOn())));
      if (perChild) {
        row.add(0, s.child() == null ? "" : s.child());
      }
      clocks.add(row);
    }
    List<String> columns = perChild ? List.of("Child", "Rule", "Outcome", "Ran out on", "Seen on")
        : List.of("Rule", "Outcome", "Ran out on", "Seen on");
    OversightHtml.table(out, "history", perChild ? "The child-seen record: each period the profile's rule allows, for each child"
        : "The child-seen record: each period the profile's rule allows", columns, clocks,
        "No child-seen period has ended yet (or the profile has no child-seen rule).");
    out.append("</section>");
  }

  /** "Amy Example and Ben Example"; "None" for a visit that saw no child. */
  private static String names(List<String> names) {
    if (names.isEmpty()) {
      return "None";
    }
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static void minutes(StringBuilder out, CaseHistory c, LocalDate today) {
    section(out, "minutes", "Minutes");
    List<List<String>> rows = new ArrayList<>();
    for (CaseHistory.Minutes m : c.minutes()) {
      rows.add(List.of("Meeting of " + UkDates.day(m.meetingOn()), UkDates.day(m.due()),
          m.sentOn() == null ? "not sent yet" : UkDates.day(m.sentOn()),
          m.late(today) ? "Late" : m.sentOn() == null ? "Not due yet" : "In time"));
    }
    OversightHtml.table(out, "history", "Minutes to every member: due by, sent on", List.of("Minutes", "Due by", "Sent on", "In time?"),
        rows, "No meeting's minutes are due yet.");
    out.append("</section>");
  }

  private static void actions(StringBuilder out, CaseHistory c, LocalDate today) {
    section(out, "actions", "Actions");
    List<List<String>> rows = new ArrayList<>();
    int done = 0;
    int overdue = 0;
    for (CaseHistory.Minutes m : c.minutes()) {
      for (CaseHistory.Action a : m.actions()) {
        String state;
        if (a.doneOn() != null) {
          done++;
          state = a.overdue(today) ? "Done late, on " + UkDates.day(a.doneOn()) : "Done on " + UkDates.day(a.doneOn());
        } else if (a.overdue(today)) {
          overdue++;
          state = "Overdue";
        } else {
          state = "Not due yet";
        }
        rows.add(List.of(a.what() == null ? "" : a.what(), a.owner() == null ? "" : a.owner(), UkDates.day(a.deadline()),
            "Meeting of " + UkDates.day(m.meetingOn()), state + (a.done() == null ? "" : ": " + a.done())));
      }
    }
    if (!rows.isEmpty()) {
      out.append("<p>").append(done).append(" done, ").append(overdue).append(" overdue, of ").append(rows.size()).append(".</p>");
    }
    OversightHtml.table(out, "history", "Actions agreed at the meetings", List.of("Action", "Owner", "By", "Agreed at", "Done?"),
        rows, "No action has been agreed yet.");
    out.append("</section>");
  }

  private static void concerns(StringBuilder out, CaseHistory c) {
    section(out, "concerns", "Concerns");
    List<List<String>> rows = new ArrayList<>();
    for (CaseHistory.Concern concern : c.concerns()) {
      rows.add(List.of(UkDates.day(concern.raisedOn()), concern.raisedBy(), concern.kind(),
          concern.description() == null ? "" : concern.description(), concern.outcome()));
    }
    OversightHtml.table(out, "history", "Concerns raised", List.of("Raised on", "By", "Kind", "What", "Decided"), rows,
        "No concern has been raised.");
    out.append("</section>");
  }

  private static void escalations(StringBuilder out, CaseHistory c) {
    section(out, "escalations", "Escalations");
    List<List<String>> rows = new ArrayList<>();
    for (CaseHistory.Escalation e : c.escalations()) {
      rows.add(List.of(UkDates.day(e.on()), e.what(), e.detail(), e.state()));
    }
    OversightHtml.table(out, "history", "Contingency reviews, professional differences, absences, long plans and emails that did not arrive",
        List.of("Started on", "What", "About", "Where it is"), rows, "Nothing has been escalated.");
    out.append("</section>");
  }

  private static void section(StringBuilder out, String id, String title) {
    out.append("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>");
  }

  private static void preformatted(StringBuilder out, String text, String none) {
    if (text == null || text.isBlank()) {
      if (!none.isEmpty()) {
        out.append("<p class=\"none\">").append(esc(none)).append("</p>");
      }
      return;
    }
    out.append("<p class=\"recorded\">").append(esc(text).replace("\n", "<br>")).append("</p>");
  }
}
