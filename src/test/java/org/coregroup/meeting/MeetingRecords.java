package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.Dates;

/** Meeting records as the "Record core group meeting" form submits them. */
public final class MeetingRecords {

  /** The demo case's members (PlanCases): Helen Health, Eddie School, Jo Parent. */
  public static final List<String> DEMO_MEMBERS = List.of("Helen Health", "Eddie School", "Jo Parent");

  /** The members of the meetings these tests start. */
  public static final String MEMBERS = """
      [{"name": "Helen Health", "role": "Health visitor", "agency": "health", "userId": "helen.health"},
       {"name": "Eddie School", "role": "Class teacher", "agency": "education", "userId": "eddie.school"},
       {"name": "Jo Parent", "role": "Mother", "agency": "family"}]""";
  public static final String VENUE = "Family hub, 1 High Street";

  private MeetingRecords() {
  }

  /** What the plan passes to a meeting agreed for {@code date} 10:00-11:30 at the family hub. */
  public static Map<String, Object> meetingVariables(String ref, String policy, String date) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(CHILD_NAME, "Amy Example");
    vars.put(KEY_WORKER, "sarah.social");
    vars.put(TEAM_MANAGER, "tom.manager");
    vars.put(CONFERENCE_CHAIR, "carol.chair");
    vars.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue(MEMBERS).create());
    vars.put(LOCAL_POLICY, policy);
    vars.put(MEETING_NUMBER, 2);
    vars.put(MEETING_DUE, Dates.endOf(date));
    vars.put(MEETING_CHAIR, "sarah.social");
    vars.put(MINUTE_TAKER, "sarah.social");
    vars.put(AGREED_DATE, date);
    vars.put(AGREED_TIME, "10:00");
    vars.put(AGREED_END_TIME, "11:30");
    vars.put(AGREED_VENUE, VENUE);
    return vars;
  }

  /** A meeting everyone attended, with the three columns, a safety scale and the plan progressing, and no actions. */
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
    vars.put(PLAN_PROGRESS, PROGRESSING);
    return vars;
  }

  /**
   * {@link #held} with what every partnership asks of a first meeting besides (docs/rules.md):
   * Signs of Safety in full, who tells the child, the rota, contact details, the email group
   * [001]; contact with the family, the contingency plan, the chair appointed [003]; what goes to
   * the review conference [004 3.7]. The key worker chairs next time and is on the rota, which any
   * profile's chair rules allow.
   */
  public static Map<String, Object> asEveryProfileAsks(String heldOn, String next) {
    Map<String, Object> vars = held(heldOn, next);
    vars.put(PAST_HARM, "Amy was left alone overnight in March");
    vars.put(DANGER_STATEMENT, "If nothing changes Amy may be left alone again and hurt");
    vars.put(SCALING_EXPLAINED, "true");
    vars.put(CHILD_FEEDBACK_BY, "Helen Health");
    vars.put(EMAIL_GROUP_BY, "Helen Health");
    vars.put(ROTA, SpinValues.jsonValue("[{\"chair\": \"sarah.social\", \"minuteTaker\": \"sarah.social\"}]").create());
    vars.put(MEMBER_CONTACTS, SpinValues.jsonValue("""
        [{"name": "Helen Health", "role": "Health visitor", "phone": "01234 567890"},
         {"name": "Eddie School", "role": "Class teacher", "email": "eddie.school@coregroup.example"},
         {"name": "Jo Parent", "role": "Mother", "phone": "07700 900123"}]""").create());
    vars.put(CONTACT_WITH_FAMILY, "Health visitor weekly at home; social worker fortnightly");
    vars.put(CONTINGENCY_PLAN, "If visits are refused twice, a legal planning meeting");
    vars.put(REVIEW_SHARED, "School attendance up to 92%");
    vars.put(REVIEW_RECOMMENDATION, "The plan continues");
    vars.put(NEXT_CHAIR, "sarah.social");
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
