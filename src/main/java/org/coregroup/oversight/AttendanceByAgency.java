package org.coregroup.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coregroup.input.FieldLabels;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.membership.Agencies;

/**
 * Attendance at core groups per agency (R18, engine-free): how often each agency's people were
 * present, sent a representative, sent apologies or were absent, over the meetings recorded in a
 * period, whether the meeting went ahead or not. Per member and meeting for one case, in the
 * chair's history ({@link CaseHistoryPage}).
 */
final class AttendanceByAgency {

  /** The record form's attendance values, in its order. */
  static final List<String> STATUSES = CoreGroupMeetingProcess.ATTENDANCE_STATUSES;
  /** Where the record form keeps a member's attendance: its words for each value. */
  static final String STATUS_FIELD = CoreGroupMeetingProcess.ATTENDANCE + "." + CoreGroupMeetingProcess.ATTENDANCE_STATUS;

  /** One agency, by name: the number of attendances of each status. */
  record Row(String agency, Map<String, Integer> counts) {
    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private AttendanceByAgency() {
  }

  static String statusLabel(String status) {
    return FieldLabels.choice(STATUS_FIELD, status);
  }

  /** The agencies of the meetings held on or after {@code from}, by name. */
  static List<Row> since(List<CaseHistory> cases, LocalDate from) {
    Map<String, Map<String, Integer>> byAgency = new TreeMap<>();
    for (CaseHistory c : cases) {
      for (CaseHistory.Meeting meeting : c.meetings()) {
        if (meeting.heldOn() == null || meeting.heldOn().isBefore(from)) {
          continue;
        }
        for (CaseHistory.Attendance a : meeting.attendance()) {
          if (a.status() == null || !STATUSES.contains(a.status())) {
            continue;
          }
          Map<String, Integer> counts = byAgency.computeIfAbsent(Agencies.name(a.agency()), agency -> zero());
          counts.merge(a.status(), 1, Integer::sum);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    byAgency.forEach((agency, counts) -> rows.add(new Row(agency, counts)));
    return rows;
  }

  private static Map<String, Integer> zero() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    STATUSES.forEach(s -> counts.put(s, 0));
    return counts;
  }
}
