package org.coregroup.plan;

import org.coregroup.calendar.UkDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.coregroup.policy.LocalPolicy;
import org.coregroup.json.Json;

/**
 * The case's core group meetings and review conferences, kept as the {@code meetingHistory}
 * variable, and their summary against the profile's rules for the conference chair (R33).
 */
class MeetingHistory {

  /** One core group as held; {@code dueBy} the latest date the rules allowed for it. */
  record Meeting(int number, LocalDate heldOn, LocalDate dueBy, String lateReason) {
  }

  /** One review conference as held; {@code dueBy} the review date it was due by (null in histories kept before it was). */
  record Conference(int number, LocalDate heldOn, LocalDate dueBy) {
  }

  /** A meeting that did not go ahead (R15, R16), with the reason. */
  record NotHeld(LocalDate on, String reason) {
  }

  record Entries(List<Meeting> meetings, List<Conference> conferences, List<NotHeld> notHeld) {
  }


  private final List<Meeting> meetings;
  private final List<Conference> conferences;
  private final List<NotHeld> notHeld;

  private MeetingHistory(List<Meeting> meetings, List<Conference> conferences, List<NotHeld> notHeld) {
    this.meetings = new ArrayList<>(meetings);
    this.conferences = new ArrayList<>(conferences);
    this.notHeld = new ArrayList<>(notHeld == null ? List.of() : notHeld);
  }

  static MeetingHistory empty() {
    return new MeetingHistory(List.of(), List.of(), List.of());
  }

  static MeetingHistory fromJson(Object json) {
    if (json == null) {
      return empty();
    }
    try {
      Entries entries = Json.MAPPER.readValue(json.toString(), new TypeReference<Entries>() { });
      return new MeetingHistory(entries.meetings(), entries.conferences(), entries.notHeld());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's meeting history is not readable", e);
    }
  }

  String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(new Entries(meetings, conferences, notHeld));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's meeting history cannot be written", e);
    }
  }

  void meetingHeld(LocalDate heldOn, LocalDate dueBy) {
    meetings.add(new Meeting(meetings.size() + 1, heldOn, dueBy, null));
  }

  /** Records the team manager's reason for letting the next meeting be later (R8). */
  void laterMeetingApproved(String reason) {
    int last = meetings.size() - 1;
    Meeting meeting = meetings.get(last);
    meetings.set(last, new Meeting(meeting.number(), meeting.heldOn(), meeting.dueBy(), reason));
  }

  void meetingNotHeld(LocalDate on, String reason) {
    notHeld.add(new NotHeld(on, reason));
  }

  void conferenceHeld(LocalDate heldOn, LocalDate dueBy) {
    conferences.add(new Conference(conferences.size() + 1, heldOn, dueBy));
  }

  List<Meeting> meetings() {
    return List.copyOf(meetings);
  }

  int meetingsSince(LocalDate date) {
    return (int) meetings.stream().filter(m -> !m.heldOn().isBefore(date)).count();
  }

  /** Every meeting and conference held, and each meeting that did not go ahead, oldest first: a new member's briefing. */
  String record() {
    StringBuilder text = new StringBuilder();
    for (Meeting m : meetings) {
      text.append("Core group ").append(m.number()).append(" met on ").append(UkDates.day(m.heldOn()))
          .append(m.heldOn().isAfter(m.dueBy()) ? ", late (due by " + UkDates.day(m.dueBy()) + ")" : "")
          .append(m.lateReason() == null ? "" : "; the next later with the team manager's approval: " + m.lateReason())
          .append("\n");
    }
    notHeld.forEach(n -> text.append("Did not go ahead on ").append(UkDates.day(n.on())).append(": ").append(n.reason()).append("\n"));
    conferences.forEach(c -> text.append("Review conference ").append(c.number()).append(" on ").append(UkDates.day(c.heldOn()))
        .append(c.dueBy() != null && c.heldOn().isAfter(c.dueBy()) ? ", late (due by " + UkDates.day(c.dueBy()) + ")" : "")
        .append("\n"));
    return text.isEmpty() ? "No core group has met yet." : text.toString().strip();
  }

  /** R33: what the chair checks before the review: each meeting against its deadline. */
  String summary(LocalDate since, LocalPolicy policy, int intervalWeeks) {
    StringBuilder text = new StringBuilder();
    List<Meeting> recent = meetings.stream().filter(m -> !m.heldOn().isBefore(since)).toList();
    text.append("Core groups since the last conference (").append(UkDates.day(since)).append("): ").append(recent.size());
    if (policy.minMeetingsBetweenConferences() != null) {
      text.append(recent.size() >= policy.minMeetingsBetweenConferences() ? " - meets" : " - BELOW")
          .append(" the policy's minimum of ").append(policy.minMeetingsBetweenConferences());
    }
    text.append(". Interval: at least every ").append(intervalWeeks).append(" weeks.");
    LocalDate previous = since;
    for (Meeting m : recent) {
      long weeksApart = ChronoUnit.DAYS.between(previous, m.heldOn()) / 7;
      text.append("\n").append(m.number()).append(". ").append(UkDates.day(m.heldOn()))
          .append(m.heldOn().isAfter(m.dueBy()) ? " - LATE, due by " + UkDates.day(m.dueBy()) : " - in time (due by " + UkDates.day(m.dueBy()) + ")")
          .append(", ").append(weeksApart).append(" weeks after the previous");
      if (m.lateReason() != null) {
        text.append("; next meeting later with the team manager's approval: ").append(m.lateReason());
      }
      previous = m.heldOn();
    }
    if (recent.isEmpty()) {
      text.append("\nNo core group has met since the last conference.");
    }
    notHeld.stream().filter(n -> !n.on().isBefore(since))
        .forEach(n -> text.append("\nDid not go ahead on ").append(UkDates.day(n.on())).append(": ").append(n.reason()));
    return text.toString();
  }
}
