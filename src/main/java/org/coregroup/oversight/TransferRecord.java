package org.coregroup.oversight;

import static org.coregroup.document.TaggedPdf.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coregroup.calendar.UkDates;
import org.coregroup.document.TaggedPdf;
import org.coregroup.membership.Agencies;

/**
 * The transfer record (R35, ADR 0036): what a receiving authority needs to hold its transfer-in
 * conference, in one document - the children, the plan's start and each child's categories, the
 * Core Group and its changes, each meeting held and what it decided, the actions still open, the
 * visits and each child-seen period, concerns and escalations, the review conferences and the
 * next dates, and whom to contact here. Written as XHTML for the shared tagged-PDF renderer
 * ({@code document.TaggedPdf}); engine-free. Everything typed is escaped and shown as text.
 */
final class TransferRecord {

  /** A category of abuse from a day (the ICPC, or the review that changed it). */
  record Category(String category, LocalDate from) {
  }

  /** One child on the plan: their categories in words, oldest first; {@code planEndedOn} once their plan ended. */
  record Child(String name, LocalDate birthDate, LocalDate expectedBirthDate, List<Category> categories, LocalDate planEndedOn) {
  }

  /** Someone to contact here. */
  record Contact(String role, String name, String email) {
  }

  /** A member of the Core Group as it stands. */
  record Member(String name, String role, String agency, String email) {
  }

  /** What one core group meeting found and decided. */
  record Decision(int number, LocalDate heldOn, boolean wentAhead, String notHeldReason, String progress,
      String worries, String workingWell, String needsToHappen, String safetyScale, String present) {
  }

  /** The transfer as "Transfer the plan" records it. */
  record Transfer(String authority, String authorityCode, String outsideListReason, String contact, LocalDate toldOn,
      String recordsSent) {
  }

  /** Everything the record shows; {@code history} is the case's history as the oversight reads it. */
  record Contents(String reference, List<Child> children, LocalDate planStartedOn, String previousAuthority,
      LocalDate previousPlanStart, List<Contact> contacts, List<Member> members, String membershipHistory,
      List<Decision> decisions, CaseHistory history, LocalDate nextCoreGroupDue, LocalDate nextReviewDue,
      Transfer transfer, LocalDate madeOn) {
  }

  private TransferRecord() {
  }

  static String title(Contents c) {
    return "Transfer record: " + names(c.children().stream().map(Child::name).toList()) + " (case " + c.reference() + ")";
  }

  /** The file name of the PDF: safe characters only. */
  static String fileName(String reference) {
    return ("transfer-record-" + reference).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
  }

  static String xhtml(Contents c) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(escape(title(c))).append("</h1>");
    b.append("<p>Made on ").append(day(c.madeOn())).append(" for the receiving authority's transfer-in conference. ")
        .append("The child protection plan here stays in place until that conference has been held.</p>");

    b.append("<h2>The transfer</h2>");
    Transfer t = c.transfer();
    List<List<String>> rows = new ArrayList<>();
    if (t != null && t.authority() != null) {
      rows.add(List.of("Receiving authority", t.authority()
          + (t.authorityCode() == null ? "" : " (local authority code " + t.authorityCode() + ")")));
      if (t.outsideListReason() != null) {
        rows.add(List.of("Not an authority in England or Wales", t.outsideListReason()));
      }
      rows.add(List.of("Who we spoke to there", t.contact() == null ? "" : t.contact()));
      rows.add(List.of("Told of the move on", t.toldOn() == null ? "" : UkDates.day(t.toldOn())));
      if (t.recordsSent() != null) {
        rows.add(List.of("Records sent", t.recordsSent()));
      }
    } else {
      rows.add(List.of("Receiving authority", "not recorded yet"));
    }
    table(b, null, List.of("", ""), rows, false);

    b.append("<h2>The child protection plan</h2>");
    List<List<String>> plan = new ArrayList<>();
    plan.add(List.of("Case reference", c.reference()));
    plan.add(List.of("Plan started (initial conference)", day0(c.planStartedOn())));
    if (c.previousAuthority() != null) {
      plan.add(List.of("Transferred in from", c.previousAuthority()
          + (c.previousPlanStart() == null ? "" : ", where the plan started on " + UkDates.day(c.previousPlanStart()))));
    }
    plan.add(List.of("Next core group due by", day0(c.nextCoreGroupDue())));
    plan.add(List.of("Next review conference due by", day0(c.nextReviewDue())));
    table(b, null, List.of("", ""), plan, false);

    b.append("<h2>The children and their categories of abuse</h2>");
    for (Child child : c.children()) {
      b.append("<h3>").append(escape(child.name())).append("</h3>");
      if (child.birthDate() != null) {
        b.append("<p>Born ").append(day(child.birthDate())).append('.');
      } else if (child.expectedBirthDate() != null) {
        b.append("<p>Not yet born: expected around ").append(day(child.expectedBirthDate())).append('.');
      } else {
        b.append("<p>Not yet born.");
      }
      if (child.planEndedOn() != null) {
        b.append(" Their plan ended on ").append(day(child.planEndedOn())).append('.');
      }
      b.append("</p>");
      List<List<String>> cats = new ArrayList<>();
      child.categories().forEach(cat -> cats.add(List.of(day0(cat.from()), cat.category() == null ? "" : cat.category())));
      table(b, "Categories of abuse for " + child.name(), List.of("From", "Category"), cats, true);
    }

    b.append("<h2>Whom to contact here</h2>");
    List<List<String>> contacts = new ArrayList<>();
    c.contacts().forEach(p -> contacts.add(List.of(p.role(), p.name() == null ? "" : p.name(), p.email() == null ? "" : p.email())));
    table(b, null, List.of("Role", "Name", "Email"), contacts, true);

    b.append("<h2>The Core Group</h2>");
    List<List<String>> members = new ArrayList<>();
    c.members().forEach(m -> members.add(List.of(m.name(), m.role() == null ? "" : m.role(), Agencies.name(m.agency()),
        m.email() == null ? "" : m.email())));
    table(b, "Members now", List.of("Name", "Role", "Agency", "Email"), members, true);
    b.append("<h3>Changes to the Core Group</h3>");
    paragraphs(b, c.membershipHistory() == null ? "No change since the plan started." : c.membershipHistory());

    CaseHistory h = c.history();
    b.append("<h2>Core group meetings and what they decided</h2>");
    if (c.decisions().isEmpty()) {
      b.append("<p>No core group meeting has been recorded yet.</p>");
    }
    for (Decision d : c.decisions()) {
      b.append("<h3>Meeting ").append(d.number() > 0 ? d.number() + " " : "").append("on ").append(day(d.heldOn())).append("</h3>");
      if (!d.wentAhead()) {
        b.append("<p>The meeting did not go ahead").append(d.notHeldReason() == null ? "" : ": " + escape(d.notHeldReason())).append(".</p>");
        continue;
      }
      List<List<String>> found = new ArrayList<>();
      if (d.present() != null) {
        found.add(List.of("Who came", d.present()));
      }
      found.add(List.of("Is the plan progressing?", d.progress() == null ? "" : d.progress()));
      addIf(found, "What we are worried about", d.worries());
      addIf(found, "What is working well", d.workingWell());
      addIf(found, "What needs to happen", d.needsToHappen());
      addIf(found, "Safety scale (0-10)", d.safetyScale());
      table(b, null, List.of("", ""), found, false);
    }

    b.append("<h2>Review conferences</h2>");
    List<List<String>> reviews = new ArrayList<>();
    for (CaseHistory.Conference conf : h.plan().conferences()) {
      reviews.add(List.of(UkDates.day(conf.heldOn()), conf.dueBy() == null ? "" : UkDates.day(conf.dueBy())));
    }
    table(b, null, List.of("Held on", "Due by"), reviews, true);

    b.append("<h2>Actions still open</h2>");
    List<List<String>> open = new ArrayList<>();
    for (CaseHistory.Minutes m : h.minutes()) {
      for (CaseHistory.Action a : m.actions()) {
        if (a.doneOn() == null) {
          open.add(List.of(a.what() == null ? "" : a.what(), a.owner() == null ? "" : a.owner(), day0(a.deadline()),
              day0(m.meetingOn())));
        }
      }
    }
    table(b, null, List.of("Action", "Who", "By", "Agreed at the meeting of"), open, true);

    b.append("<h2>Visits</h2>");
    List<List<String>> visits = new ArrayList<>();
    for (CaseHistory.Visit v : h.visits()) {
      visits.add(List.of(day0(v.on()), v.by() == null ? "" : v.by(), Agencies.name(v.agency()),
          v.siblings() ? names(v.childrenSeen()) : v.childSeen() ? "Yes" : "No",
          v.siblings() ? names(v.childrenSeenAlone()) : v.seenAlone() ? "Yes" : "No"));
    }
    boolean siblings = c.children().size() > 1;
    table(b, null, List.of("Visit on", "By", "Agency", siblings ? "Children seen" : "Child seen", "Seen alone"), visits, true);

    b.append("<h2>The child-seen record</h2>");
    List<List<String>> seen = new ArrayList<>();
    for (CaseHistory.ChildSeen s : h.childSeen()) {
      List<String> row = new ArrayList<>();
      if (siblings) {
        row.add(s.child() == null ? "" : s.child());
      }
      row.add(s.alone() ? "Seen alone by the key worker" : "Seen by a professional");
      row.add(s.ranOut() ? "Not seen in time (ran out on " + UkDates.day(s.due()) + ")" : "Seen in time");
      row.add(s.seenOn() == null ? "not seen yet" : UkDates.day(s.seenOn()));
      seen.add(row);
    }
    table(b, null, siblings ? List.of("Child", "Rule", "Outcome", "Seen on") : List.of("Rule", "Outcome", "Seen on"), seen, true);

    b.append("<h2>Concerns</h2>");
    List<List<String>> concerns = new ArrayList<>();
    for (CaseHistory.Concern k : h.concerns()) {
      concerns.add(List.of(day0(k.raisedOn()), k.raisedBy() == null ? "" : k.raisedBy(), k.kind() == null ? "" : k.kind(),
          k.description() == null ? "" : k.description(), k.outcome() == null ? "" : k.outcome()));
    }
    table(b, null, List.of("Raised on", "By", "Kind", "What", "Decided"), concerns, true);

    b.append("<h2>Escalations</h2>");
    List<List<String>> escalations = new ArrayList<>();
    for (CaseHistory.Escalation e : h.escalations()) {
      escalations.add(List.of(day0(e.on()), e.what(), e.detail() == null ? "" : e.detail(), e.state() == null ? "" : e.state()));
    }
    table(b, null, List.of("On", "What", "Detail", "Where it stands"), escalations, true);
    return document(title(c), b.toString());
  }

  private static void addIf(List<List<String>> rows, String label, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(List.of(label, value));
    }
  }

  /** A table with column headers ({@code headed}) or a two-column list whose first cell heads its row. */
  private static void table(StringBuilder b, String caption, List<String> headings, List<List<String>> rows, boolean headed) {
    if (rows.isEmpty()) {
      b.append("<p>None recorded.</p>");
      return;
    }
    b.append("<table>");
    if (caption != null) {
      b.append("<caption>").append(escape(caption)).append("</caption>");
    }
    if (headed) {
      b.append("<thead><tr>");
      headings.forEach(heading -> b.append("<th scope=\"col\">").append(escape(heading)).append("</th>"));
      b.append("</tr></thead>");
    }
    b.append("<tbody>");
    for (List<String> row : rows) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        boolean head = i == 0 && !headed;
        b.append(head ? "<th scope=\"row\">" : "<td>").append(lines(row.get(i))).append(head ? "</th>" : "</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  private static void paragraphs(StringBuilder b, String text) {
    for (String para : text.trim().split("\\R\\s*\\R")) {
      b.append("<p>").append(lines(para.trim())).append("</p>");
    }
  }

  private static String lines(String text) {
    return escape(text).replaceAll("\\R", "<br/>");
  }

  static String names(List<String> names) {
    if (names.isEmpty()) {
      return "None";
    }
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String day(LocalDate date) {
    return escape(day0(date));
  }

  private static String day0(LocalDate date) {
    return date == null ? "" : UkDates.day(date);
  }

  private static String document(String title, String body) {
    return TaggedPdf.xhtml(title, STYLE, body);
  }

  private static final String STYLE = """
      @page { size: A4; margin: 18mm 16mm; }
      body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; color: #111; }
      h1 { font-size: 20pt; margin: 0 0 8pt 0; }
      h2 { font-size: 15pt; margin: 14pt 0 6pt 0; }
      h3 { font-size: 12.5pt; margin: 10pt 0 4pt 0; }
      table { width: 100%; border-collapse: collapse; margin: 4pt 0; }
      th, td { border: 1px solid #555; padding: 4pt; vertical-align: top; text-align: left; }
      th { background: #e8e8e8; }
      caption { text-align: left; padding-bottom: 3pt; }
      p { margin: 0 0 6pt 0; }
      @media screen { body { max-width: 56em; margin: 1.5em auto; padding: 0 1em; } }
      """;
}
