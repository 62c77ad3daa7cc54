package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.coregroup.membership.CoreGroupMember;

/** One member's attendance at a meeting (R19): present, a representative, apologies, or absent. */
record AttendanceRecord(String name, String agency, String status, String note) {

  static final java.util.List<String> STATUSES = ATTENDANCE_STATUSES;

  boolean there() {
    return PRESENT.equals(status) || SENT_REPRESENTATIVE.equals(status);
  }

  boolean otherAgency() {
    return new CoreGroupMember(null, name, null, agency, null).isOtherAgency();
  }
}
