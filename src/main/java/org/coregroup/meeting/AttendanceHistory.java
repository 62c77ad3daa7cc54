package org.coregroup.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coregroup.json.Json;
import org.coregroup.input.JsonLists;

/**
 * The case's attendance, per meeting, member and agency (R18), kept by the plan between
 * meetings; an agency absent from the local policy's number of meetings in a row (3 by default) is escalated (R31).
 */
final class AttendanceHistory {

  /** One meeting: each member's attendance, and for each agency whether it was there. */
  record Meeting(String date, boolean wentAhead, Map<String, String> members, Map<String, Boolean> agencies) {
  }

  /** The whole history; {@code absencesInARow} per agency. */
  record Entries(List<Meeting> meetings, Map<String, Integer> absencesInARow) {
  }

  private final List<Meeting> meetings;
  private final Map<String, Integer> absencesInARow;

  private AttendanceHistory(List<Meeting> meetings, Map<String, Integer> absencesInARow) {
    this.meetings = new ArrayList<>(meetings);
    this.absencesInARow = new LinkedHashMap<>(absencesInARow);
  }

  static AttendanceHistory fromJson(Object json) {
    if (json == null || json.toString().isBlank()) {
      return new AttendanceHistory(List.of(), Map.of());
    }
    try {
      Entries e = Json.MAPPER.readValue(json.toString(), Entries.class);
      return new AttendanceHistory(e.meetings() == null ? List.of() : e.meetings(),
          e.absencesInARow() == null ? Map.of() : e.absencesInARow());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The attendance history is not readable", e);
    }
  }

  String toJson() {
    return JsonLists.write(new Entries(meetings, absencesInARow));
  }

  /**
   * Adds one meeting's attendance; returns the agencies that have now missed {@code absencesToEscalate}
   * meetings in a row (and again at twice, three times that...). A representative counts as the agency being there.
   */
  List<String> add(String date, boolean wentAhead, List<AttendanceRecord> attendance, int absencesToEscalate) {
    Map<String, String> members = new LinkedHashMap<>();
    Map<String, Boolean> agencies = new LinkedHashMap<>();
    for (AttendanceRecord a : attendance) {
      members.put(a.name(), a.status());
      if (a.otherAgency()) {
        agencies.merge(a.agency(), a.there(), Boolean::logicalOr);
      }
    }
    meetings.add(new Meeting(date, wentAhead, members, agencies));
    List<String> escalate = new ArrayList<>();
    agencies.forEach((agency, there) -> {
      int absences = there ? 0 : absencesInARow.getOrDefault(agency, 0) + 1;
      absencesInARow.put(agency, absences);
      if (absences > 0 && absences % absencesToEscalate == 0) {
        escalate.add(agency);
      }
    });
    return escalate;
  }

  List<Meeting> meetings() {
    return List.copyOf(meetings);
  }

  int absencesInARow(String agency) {
    return absencesInARow.getOrDefault(agency, 0);
  }
}
