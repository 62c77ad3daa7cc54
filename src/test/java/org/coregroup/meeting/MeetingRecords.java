package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;

/** Meeting records as the "Record core group meeting" form submits them. */
public final class MeetingRecords {

  /** The demo case's members (PlanCases): Helen Health, Eddie School, Jo Parent. */
  public static final List<String> DEMO_MEMBERS = List.of("Helen Health", "Eddie School", "Jo Parent");

  private MeetingRecords() {
  }

  /** A meeting everyone attended, with the three columns and a safety scale, and no actions. */
  public static Map<String, Object> held(String heldOn, String next) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(MEETING_HELD_ON, heldOn);
    vars.put(NEXT_MEETING_DATE, next);
    vars.put(NEXT_MEETING_TIME, "10:00");
    vars.put(NEXT_MEETING_VENUE, "Family hub");
    vars.put(ATTENDANCE, attendance(Map.of()));
    vars.put(WORRIES, "Amy has missed school and meals");
    vars.put(WORKING_WELL, "Mum takes Amy to the GP");
    vars.put(NEEDS_TO_HAPPEN, "Regular meals and school every day");
    vars.put(SAFETY_SCALE, 4);
    return vars;
  }

  /** Everyone present except the members given with another attendance. */
  public static Object attendance(Map<String, String> except) {
    StringBuilder json = new StringBuilder("[");
    String[][] members = {{"Helen Health", "health"}, {"Eddie School", "education"}, {"Jo Parent", "family"}};
    for (String[] m : members) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"name\":\"").append(m[0]).append("\",\"agency\":\"").append(m[1]).append("\",\"status\":\"")
          .append(except.getOrDefault(m[0], PRESENT)).append("\"}");
    }
    return SpinValues.jsonValue(json.append(']').toString()).create();
  }
}
