package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.Agencies;

/** The meeting record (R19, R20) as kept with the follow-up, and the draft minutes made from it. */
final class MeetingRecordText {

  static final List<String> FIELDS = List.of(MEETING_DATE, MEETING_START_TIME, MEETING_END_TIME, MEETING_VENUE,
      MEETING_HELD_ON, HELD_START_TIME, HELD_END_TIME, MEETING_CHAIR, MINUTE_TAKER, CHILD_VIEWS, PARENT_VIEWS,
      DISCUSSION_SUMMARY, WORRIES, PAST_HARM, DANGER_STATEMENT, WORKING_WELL, NEEDS_TO_HAPPEN, SAFETY_SCALE, PLAN_REVIEW,
      PLAN_PROGRESS, DISAGREEMENTS, NEXT_MEETING_DATE, NEXT_MEETING_TIME, NEXT_MEETING_END_TIME, NEXT_MEETING_VENUE, NEXT_MEETING_SECURE_VENUE, NEXT_CHAIR,
      NEXT_MINUTE_TAKER, MEETING_BRIEFING, RECORDED_BY, SCALING_EXPLAINED, SCALING_NOT_EXPLAINED_WHY, REVIEW_SHARED,
      REVIEW_RECOMMENDATION, EMAIL_GROUP_BY, CHILD_FEEDBACK_BY, CONTACT_WITH_FAMILY, CONTINGENCY_PLAN, CHAIR_DELEGATED);

  private MeetingRecordText() {
  }

  static Map<String, Object> record(VariableScope scope) {
    Map<String, Object> record = new LinkedHashMap<>();
    FIELDS.forEach(f -> record.put(f, scope.getVariable(f) == null ? null : scope.getVariable(f).toString()));
    record.put(ATTENDANCE, JsonLists.read(scope.getVariable(ATTENDANCE)));
    record.put(ACTIONS, JsonLists.read(scope.getVariable(ACTIONS)));
    record.put(ROTA, JsonLists.read(scope.getVariable(ROTA)));
    record.put(MEMBER_CONTACTS, JsonLists.read(scope.getVariable(MEMBER_CONTACTS)));
    return record;
  }

  /** Draft minutes the minute-taker completes; the three-column labels are neutral (R20). */
  static String minutes(VariableScope scope, ColumnLabels labels) {
    MeetingVariables vars = new MeetingVariables(scope);
    StringBuilder text = new StringBuilder();
    text.append("Core group meeting for ").append(vars.text(CHILD_NAME)).append(", held on ")
        .append(UkDates.day(vars.date(MEETING_HELD_ON))).append(" at ").append(vars.text(MEETING_VENUE)).append("\n\nAttendance:");
    for (Map<String, Object> row : JsonLists.read(scope.getVariable(ATTENDANCE))) {
      text.append("\n- ").append(row.get(ATTENDANCE_NAME)).append(" (").append(Agencies.name(text(row.get(ATTENDANCE_AGENCY))))
          .append("): ").append(attendance(text(row.get(ATTENDANCE_STATUS))));
    }
    section(text, "The child's views", vars.text(CHILD_VIEWS));
    section(text, "The parents' views", vars.text(PARENT_VIEWS));
    section(text, "Discussion", vars.text(DISCUSSION_SUMMARY));
    section(text, labels.worries(), vars.text(WORRIES));
    section(text, "Past harm", vars.text(PAST_HARM));
    section(text, "Danger statement", vars.text(DANGER_STATEMENT));
    section(text, labels.workingWell(), vars.text(WORKING_WELL));
    section(text, labels.needsToHappen(), vars.text(NEEDS_TO_HAPPEN));
    section(text, labels.safetyScale(), vars.text(SAFETY_SCALE));
    if (vars.text(SCALING_EXPLAINED) != null) {
      section(text, "The scale explained to the parents", vars.yes(SCALING_EXPLAINED) ? "Yes"
          : "No: " + vars.text(SCALING_NOT_EXPLAINED_WHY));
    }
    section(text, "How the plan was reviewed and changed", vars.text(PLAN_REVIEW));
    section(text, "Progress of the plan", progress(vars.text(PLAN_PROGRESS), vars.yes(CONTINGENCY_REVIEW_OPEN)));
    text.append("\n\nActions:");
    for (Map<String, Object> row : JsonLists.read(scope.getVariable(ACTIONS))) {
      LocalDate deadline = FormInput.toDate(row.get(ACTION_DEADLINE));
      text.append("\n- ").append(row.get(ACTION_WHAT)).append(" - ").append(row.get(ACTION_OWNER)).append(" by ")
          .append(deadline == null ? text(row.get(ACTION_DEADLINE)) : UkDates.day(deadline)).append(" (why: ").append(row.get(ACTION_WHY)).append(")");
    }
    section(text, "Disagreements", vars.text(DISAGREEMENTS));
    section(text, "What will be shared with the review conference", vars.text(REVIEW_SHARED));
    section(text, "What the core group will recommend to the review conference", vars.text(REVIEW_RECOMMENDATION));
    section(text, "How often the child and family are seen, and by whom", vars.text(CONTACT_WITH_FAMILY));
    section(text, "If the family does not co-operate (contingency plan)", vars.text(CONTINGENCY_PLAN));
    section(text, "Who tells the child about the meeting", vars.text(CHILD_FEEDBACK_BY));
    section(text, "Who sets up the professionals' email group", vars.text(EMAIL_GROUP_BY));
    List<Map<String, Object>> contacts = JsonLists.read(scope.getVariable(MEMBER_CONTACTS));
    if (contacts != null && !contacts.isEmpty()) {
      text.append("\n\nContact details:");
      for (Map<String, Object> row : contacts) {
        text.append("\n- ").append(row.get(CONTACT_NAME)).append(", ").append(text(row.get(CONTACT_ROLE)))
            .append(": ").append(String.join(", ", java.util.stream.Stream.of(JsonLists.text(row, CONTACT_PHONE),
                JsonLists.text(row, CONTACT_EMAIL)).filter(java.util.Objects::nonNull).toList()));
      }
    }
    List<Map<String, Object>> rota = JsonLists.read(scope.getVariable(ROTA));
    if (rota != null && !rota.isEmpty() && vars.number(MEETING_NUMBER) != null && vars.number(MEETING_NUMBER) == 1) {
      text.append("\n\nChair and minute-taker rota:");
      for (int i = 0; i < rota.size(); i++) {
        text.append("\n- Meeting ").append(i + 2).append(": chaired by ").append(person(vars, rota.get(i).get(ROTA_CHAIR)))
            .append(", minutes by ").append(person(vars, rota.get(i).get(ROTA_MINUTE_TAKER)));
      }
    }
    section(text, "Next meeting", UkDates.day(vars.date(NEXT_MEETING_DATE)) + " "
        + (vars.text(NEXT_MEETING_TIME) == null ? "" : vars.text(NEXT_MEETING_TIME) + " ") + "at " + vars.text(NEXT_MEETING_VENUE));
    return text.toString();
  }

  /** R28: the meeting's judgement in words; not progressing started a contingency review, or told the open one. */
  private static String progress(String answer, boolean reviewOpen) {
    if (answer == null) {
      return null;
    }
    return switch (answer) {
      case PROGRESSING -> "Progressing";
      case NOT_PROGRESSING -> reviewOpen ? "Not progressing: added to the contingency review already open"
          : "Not progressing: a contingency review has started";
      default -> answer;
    };
  }

  /** The attendance as the meeting form words it. */
  private static String attendance(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case PRESENT -> "present";
      case SENT_REPRESENTATIVE -> "sent a briefed representative";
      case SENT_APOLOGIES -> "sent apologies";
      case ABSENT -> "absent without apologies";
      default -> status;
    };
  }

  /** A login as people know its holder: the member's name, or the key worker or team manager. */
  private static String person(MeetingVariables vars, Object login) {
    String userId = text(login);
    if (userId == null) {
      return "";
    }
    if (userId.equals(vars.text(KEY_WORKER))) {
      return "the key worker";
    }
    if (userId.equals(vars.text(TEAM_MANAGER))) {
      return "the team manager";
    }
    return vars.group().withLogin().stream().filter(m -> userId.equals(m.userId())).map(m -> m.name()).findFirst()
        .orElse(userId);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static void section(StringBuilder text, String label, String value) {
    if (value != null) {
      text.append("\n\n").append(label).append(":\n").append(value);
    }
  }
}
