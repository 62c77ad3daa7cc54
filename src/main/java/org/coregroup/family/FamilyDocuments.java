package org.coregroup.family;

import static org.coregroup.document.TaggedPdf.escape;

import java.time.LocalDate;
import java.util.List;

import org.coregroup.calendar.UkDates;
import org.coregroup.document.TaggedPdf;

/**
 * The plan and the minutes as a family reads them: plain words, dates written out, agencies by
 * name, no codes or logins, the three columns under headings a parent understands, what each
 * person will do and by when, the next meeting and whom to call [001 "Avoid jargon!"]. Written as
 * XHTML for {@link FamilyPdf}; engine-free. Everything typed by a practitioner is escaped and shown
 * as text (a web address stays words, never a link).
 */
final class FamilyDocuments {

  /** Someone the family can contact. */
  record Contact(String name, String role, String email) {
  }

  /** A member of the Core Group, as the family knows them. */
  record Member(String name, String role, String agency) {
  }

  record Attendance(String name, String agency, String status) {
  }

  record Action(String what, String who, LocalDate by) {
  }

  /** One meeting whose minutes have been sent out. {@code nextVenue} is empty when it must be kept private. */
  record Meeting(LocalDate heldOn, List<Attendance> attendance, String childViews, String parentViews, String worries,
      String workingWell, String needsToHappen, List<Action> actions, String minutes, LocalDate nextOn, String nextTime,
      String nextVenue) {
  }

  /** One child of a plan for brothers and sisters: their own category in words; {@code planEndedOn} once their plan ended. */
  record ChildCategory(String name, String category, LocalDate planEndedOn, LocalDate expectedOn) {

    /** A child who is born (or whose expected date is not known). */
    ChildCategory(String name, String category, LocalDate planEndedOn) {
      this(name, category, planEndedOn, null);
    }
  }

  /**
   * The plan as it stands, with its meetings whose minutes have been sent, oldest first. A plan for
   * brothers and sisters has {@code children}, each with their own category; one child's has {@code category}.
   */
  record Plan(String child, LocalDate startedOn, String category, String outline, List<Member> members,
      List<Contact> contacts, LocalDate nextMeetingBy, LocalDate nextReviewBy, List<Meeting> meetings,
      List<ChildCategory> children) {

    /** The plan of one child. */
    Plan(String child, LocalDate startedOn, String category, String outline, List<Member> members,
        List<Contact> contacts, LocalDate nextMeetingBy, LocalDate nextReviewBy, List<Meeting> meetings) {
      this(child, startedOn, category, outline, members, contacts, nextMeetingBy, nextReviewBy, meetings, List.of());
    }

    /** The last meeting, or null before the first minutes are sent. */
    Meeting latest() {
      return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
    }

    /** The meeting held on the day (the later one if the day had two). */
    java.util.Optional<Meeting> heldOn(LocalDate day) {
      return meetings.stream().filter(m -> day.equals(m.heldOn())).reduce((first, later) -> later);
    }
  }

  static final String WORRIES = "What we are worried about";
  static final String GOING_WELL = "What is going well";
  static final String NEEDS_TO_HAPPEN = "What needs to happen next";

  private FamilyDocuments() {
  }

  static String title(Plan plan) {
    return "The plan to keep " + plan.child() + " safe";
  }

  static String plan(Plan plan) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title(plan))).append("</h1>");
    body.append("<p>This plan was agreed at a child protection conference on ").append(day(plan.startedOn()))
        .append(". It says what everyone will do to keep ").append(escape(plan.child())).append(" safe. ")
        .append("If anything here is not clear, please ask your social worker.</p>");
    if (!plan.children().isEmpty()) {
      body.append("<p>What the conference was worried about for each child:</p><ul>");
      for (ChildCategory child : plan.children()) {
        body.append("<li>").append(escape(child.name()));
        if (child.expectedOn() != null) {
          // ADR 0033: a baby still to be born, named as the conference named them
          body.append(" (the baby is expected around ").append(day(child.expectedOn())).append(')');
        }
        body.append(": ")
            .append(child.category() == null ? "not recorded" : escape(child.category())).append('.');
        if (child.planEndedOn() != null) {
          body.append(" The plan for ").append(escape(child.name())).append(" ended on ").append(day(child.planEndedOn())).append('.');
        }
        body.append("</li>");
      }
      body.append("</ul>");
    } else if (plan.category() != null) {
      body.append("<p>The conference was worried about: ").append(escape(plan.category())).append(".</p>");
    }
    section(body, "The plan", plan.outline());
    if (plan.latest() != null) {
      body.append("<h2>At the last meeting, on ").append(day(plan.latest().heldOn())).append("</h2>");
      columns(body, plan.latest());
      actions(body, plan.latest().actions());
    }
    body.append("<h2>What happens next</h2><ul>");
    Meeting latest = plan.latest();
    if (latest != null && latest.nextOn() != null) {
      body.append("<li>").append(nextMeeting(latest)).append("</li>");
    } else if (plan.nextMeetingBy() != null) {
      body.append("<li>The next meeting of the Core Group will be by ").append(day(plan.nextMeetingBy()))
          .append(". Your social worker will tell you the day and the place.</li>");
    }
    if (plan.nextReviewBy() != null) {
      body.append("<li>The next child protection conference, which looks at whether the plan is working, will be by ")
          .append(day(plan.nextReviewBy())).append(".</li>");
    }
    body.append("</ul>");
    members(body, plan.members());
    contacts(body, plan.contacts());
    return document(title(plan), body.toString());
  }

  static String minutesTitle(String child, LocalDate heldOn) {
    return "Notes of the meeting about " + child + " on " + UkDates.day(heldOn);
  }

  static String minutes(String child, Meeting meeting, List<Contact> contacts) {
    StringBuilder body = new StringBuilder();
    String title = minutesTitle(child, meeting.heldOn());
    body.append("<h1>").append(escape(title)).append("</h1>");
    body.append("<p>The Core Group (the people working with your family, and you) met to check how the plan to keep ")
        .append(escape(child)).append(" safe is going.</p>");
    body.append("<h2>Who was there</h2>");
    if (meeting.attendance().isEmpty()) {
      body.append("<p>No attendance was recorded.</p>");
    } else {
      body.append("<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">From</th><th scope=\"col\">Came to the meeting?</th></tr></thead><tbody>");
      for (Attendance a : meeting.attendance()) {
        body.append("<tr><td>").append(escape(a.name())).append("</td><td>").append(escape(a.agency())).append("</td><td>")
            .append(escape(attended(a.status()))).append("</td></tr>");
      }
      body.append("</tbody></table>");
    }
    section(body, "What the child said", meeting.childViews());
    section(body, "What the parents said", meeting.parentViews());
    columns(body, meeting);
    actions(body, meeting.actions());
    if (meeting.nextOn() != null) {
      body.append("<h2>The next meeting</h2><p>").append(nextMeeting(meeting)).append("</p>");
    }
    section(body, "The full notes of the meeting", meeting.minutes());
    contacts(body, contacts);
    return document(title, body.toString());
  }

  private static void columns(StringBuilder body, Meeting meeting) {
    if (meeting.worries() == null && meeting.workingWell() == null && meeting.needsToHappen() == null) {
      return;
    }
    body.append("<table class=\"columns\"><caption>How things are</caption><thead><tr>")
        .append("<th scope=\"col\">").append(WORRIES).append("</th><th scope=\"col\">").append(GOING_WELL)
        .append("</th><th scope=\"col\">").append(NEEDS_TO_HAPPEN).append("</th></tr></thead><tbody><tr>")
        .append("<td>").append(paragraphs(meeting.worries())).append("</td><td>").append(paragraphs(meeting.workingWell()))
        .append("</td><td>").append(paragraphs(meeting.needsToHappen())).append("</td></tr></tbody></table>");
  }

  private static void actions(StringBuilder body, List<Action> actions) {
    body.append("<h2>Who will do what, and by when</h2>");
    if (actions.isEmpty()) {
      body.append("<p>No new tasks were agreed.</p>");
      return;
    }
    body.append("<table><thead><tr><th scope=\"col\">What</th><th scope=\"col\">Who</th><th scope=\"col\">By when</th></tr></thead><tbody>");
    for (Action a : actions) {
      body.append("<tr><td>").append(escape(a.what())).append("</td><td>").append(escape(a.who())).append("</td><td>")
          .append(a.by() == null ? "" : day(a.by())).append("</td></tr>");
    }
    body.append("</tbody></table>");
  }

  private static void members(StringBuilder body, List<Member> members) {
    if (members.isEmpty()) {
      return;
    }
    body.append("<h2>The people in the Core Group</h2><ul>");
    for (Member m : members) {
      body.append("<li>").append(escape(m.name()));
      String about = join(m.role(), m.agency());
      if (!about.isEmpty()) {
        body.append(" (").append(escape(about)).append(")");
      }
      body.append("</li>");
    }
    body.append("</ul>");
  }

  private static void contacts(StringBuilder body, List<Contact> contacts) {
    body.append("<h2>Who to contact</h2><ul>");
    for (Contact c : contacts) {
      body.append("<li>").append(escape(c.name())).append(", ").append(escape(c.role()));
      if (c.email() != null && !c.email().isBlank()) {
        body.append(": ").append(escape(c.email()));
      }
      body.append("</li>");
    }
    body.append("</ul><p>If you are worried that a child is in danger right now, call 999.</p>");
  }

  private static String nextMeeting(Meeting m) {
    StringBuilder s = new StringBuilder("The next meeting is on ").append(day(m.nextOn()));
    if (m.nextTime() != null && !m.nextTime().isBlank()) {
      s.append(" at ").append(escape(m.nextTime()));
    }
    if (m.nextVenue() != null && !m.nextVenue().isBlank()) {
      s.append(", at ").append(escape(m.nextVenue())).append(".");
    } else {
      s.append(". Your social worker will tell you where.");
    }
    return s.toString();
  }

  private static String attended(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "present" -> "Yes";
      case "representative" -> "Sent someone in their place";
      case "apologies" -> "Could not come and said sorry";
      case "absent" -> "No";
      default -> status;
    };
  }

  private static void section(StringBuilder body, String heading, String text) {
    if (text != null && !text.isBlank()) {
      body.append("<h2>").append(escape(heading)).append("</h2>").append(paragraphs(text));
    }
  }

  /** Free text as paragraphs: a blank line starts a new one, a line break stays one. */
  private static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String para : text.trim().split("\\R\\s*\\R")) {
      out.append("<p>").append(escape(para.trim()).replaceAll("\\R", "<br/>")).append("</p>");
    }
    return out.toString();
  }

  private static String day(LocalDate date) {
    return date == null ? "" : escape(UkDates.day(date));
  }

  private static String join(String a, String b) {
    String left = a == null ? "" : a.trim();
    String right = b == null ? "" : b.trim();
    return left.isEmpty() ? right : right.isEmpty() ? left : left + ", " + right;
  }

  private static String document(String title, String body) {
    return TaggedPdf.xhtml(title, STYLE, body);
  }

  private static final String STYLE = """
      @page { size: A4; margin: 20mm 18mm; }
      body { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; line-height: 1.45; color: #111; }
      h1 { font-size: 22pt; margin: 0 0 8pt 0; }
      h2 { font-size: 16pt; margin: 16pt 0 6pt 0; }
      table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
      th, td { border: 1px solid #555; padding: 5pt; vertical-align: top; text-align: left; }
      th { background: #e8e8e8; }
      caption { text-align: left; font-size: 14pt; padding-bottom: 4pt; }
      p { margin: 0 0 6pt 0; }
      @media screen { body { max-width: 48em; margin: 1.5em auto; padding: 0 1em; } }
      """;
}
