package org.coregroup.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.coregroup.calendar.UkDates;
import org.coregroup.json.Json;

/**
 * Who joined or left the case's Core Group, or took over as key worker, team manager or chair,
 * when, why and at whose request: the {@code membershipHistory} variable of the plan, and the
 * text the conference chair reads at each review (R2, [003]).
 */
final class MembershipHistory {

  /** One change; {@code who} the member's name (and login), {@code previous} the person replaced. */
  record Change(LocalDate on, String change, String who, String agency, String previous, String reason,
      String requestedBy) {
  }


  private final List<Change> changes;

  private MembershipHistory(List<Change> changes) {
    this.changes = new ArrayList<>(changes);
  }

  static MembershipHistory fromJson(Object json) {
    if (json == null) {
      return new MembershipHistory(List.of());
    }
    try {
      return new MembershipHistory(Json.MAPPER.readValue(json.toString(), new TypeReference<List<Change>>() { }));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's membership history is not readable", e);
    }
  }

  MembershipHistory add(Change change) {
    changes.add(change);
    return this;
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's membership history cannot be written", e);
    }
  }

  /** In plain English, oldest first. */
  String summary() {
    if (changes.isEmpty()) {
      return "The Core Group has not changed since the plan started.";
    }
    StringBuilder text = new StringBuilder("Changes to the Core Group since the plan started:");
    for (Change c : changes) {
      text.append("\n").append(UkDates.day(c.on())).append(": ").append(describe(c));
      if (c.reason() != null) {
        text.append(". Why: ").append(c.reason());
      }
      if (c.requestedBy() != null) {
        text.append(" (asked by ").append(c.requestedBy()).append(")");
      }
    }
    return text.toString();
  }

  private static String describe(Change c) {
    String agency = c.agency() == null ? "" : " (" + c.agency() + ")";
    return switch (c.change()) {
      case ChangeCoreGroupProcess.JOIN -> c.who() + agency + " joined";
      case ChangeCoreGroupProcess.LEAVE -> c.who() + agency + " left";
      case ChangeCoreGroupProcess.KEY_WORKER -> c.who() + " took over as key worker from " + c.previous();
      case ChangeCoreGroupProcess.TEAM_MANAGER -> c.who() + " took over as team manager from " + c.previous();
      case ChangeCoreGroupProcess.CONFERENCE_CHAIR -> c.who() + " took over as conference chair from " + c.previous();
      default -> c.who() + ": " + c.change();
    };
  }
}
