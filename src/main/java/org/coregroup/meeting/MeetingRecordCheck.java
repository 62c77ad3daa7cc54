package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Service;

/**
 * The check of a meeting record (R9, R11, R15, R19, R20, R22), without the engine: every field of
 * the "Record core group meeting" form that does not depend on the quorum, the attendance against
 * the members, and the actions with their owners; it counts the quorum table's inputs (R15 [004
 * 3.10]). Refuses with every field in trouble named ({@code InputRejected}); otherwise says what
 * the record means, for {@link CheckMeetingRecord} to keep. What depends on the quorum is checked
 * after {@code Task_DecideQuorum}, by {@link MeetingOutcome}.
 */
@Service
class MeetingRecordCheck {

  /** What the case says about the meeting being recorded. */
  record Case(CoreGroup group, LocalDate icpc, LocalDate eighteenthBirthday, String keyWorker, String conferenceChair,
      List<String> named, String localPolicy, Supplier<LocalPolicy> policy, Jurisdiction jurisdiction,
      String teamManager, int meetingNumber, LocalDate nextReviewDue) {

    /** The meeting as the partnership's clauses see it ({@link PartnershipRules}). */
    PartnershipRules.Meeting partnership() {
      return new PartnershipRules.Meeting(policy.get(), meetingNumber, group, keyWorker, teamManager, nextReviewDue);
    }
  }

  /** A record that passed: what the meeting process keeps of it, and the quorum table's inputs (R15). */
  record Outcome(LocalDate heldOn, LocalDate next, int involved, int present, List<AttendanceRecord> attendance,
      List<MeetingAction> actions, List<String> emptied, boolean secureVenue) {
  }

  Outcome check(FormInput in, Case vars, LocalDate today) {
    CoreGroup group = vars.group();
    LocalDate heldOn = in.date(MEETING_HELD_ON, "The date of the meeting");
    if (heldOn != null && heldOn.isAfter(today)) {
      in.reject(MEETING_HELD_ON, "the meeting date " + heldOn + " is in the future: record a meeting once it has met");
    }
    LocalDate icpc = vars.icpc();
    if (heldOn != null && icpc != null && heldOn.isBefore(icpc)) {
      in.reject(MEETING_HELD_ON, "the meeting date " + FormInput.ukDate(heldOn) + " is before the ICPC ("
          + FormInput.ukDate(icpc) + "): a core group meets after the conference");
    }
    MeetingRules.checkTimes(in, HELD_START_TIME, HELD_END_TIME, false);
    List<AttendanceRecord> attendance = attendance(in, group);

    int involved = group.otherAgencies().size();
    // R15 [004 3.10]: professionals count, not agencies: two health visitors present are two
    int present = (int) attendance.stream().filter(a -> a.there() && a.otherAgency()).count();
    // what depends on the quorum (Task_DecideQuorum) is checked after it, by MeetingOutcome
    if (in.isPresent(TOO_FEW_TO_GO_AHEAD)) {
      in.yesNo(TOO_FEW_TO_GO_AHEAD, "Too few to go ahead");
    }
    if (in.isPresent(PLAN_PROGRESS)) {
      in.oneOf(PLAN_PROGRESS, "Answer", PLAN_PROGRESS_VALUES);
    }
    in.optionalShortText(IMPASSE_WITH, "Who could not agree");
    in.optionalWholeNumber(SAFETY_SCALE, "The safety scale", 0, 10);
    List<MeetingAction> actions = actions(in, group, vars, today);

    LocalDate next = in.date(NEXT_MEETING_DATE, "The date of the next meeting");
    if (next != null && heldOn != null && !next.isAfter(heldOn)) {
      in.reject(NEXT_MEETING_DATE, "the next meeting (" + next + ") must be after this one (" + heldOn + ")");
    } else if (next != null && heldOn != null && next.isAfter(heldOn.plusMonths(NEXT_MEETING_MONTHS))) {
      in.reject(NEXT_MEETING_DATE, "the next meeting (" + FormInput.ukDate(next) + ") is more than "
          + NEXT_MEETING_MONTHS + " months after this one: a plan is reviewed at least that often");
    }
    MeetingRules.checkTimes(in, NEXT_MEETING_TIME, NEXT_MEETING_END_TIME, true);
    in.text(NEXT_MEETING_VENUE, "The venue of the next meeting");
    checkLogin(in, NEXT_CHAIR, "The next chair", group, vars);
    checkLogin(in, NEXT_MINUTE_TAKER, "The next minute-taker", group, vars);
    PartnershipRules.Meeting partnership = vars.partnership();
    PartnershipRules.checkChair(in, NEXT_CHAIR, in.optionalShortText(NEXT_CHAIR, "The next chair"), partnership);
    PartnershipRules.checkRecord(in, partnership);
    in.narratives(CHILD_VIEWS, PARENT_VIEWS, DISCUSSION_SUMMARY, PAST_HARM, DANGER_STATEMENT, PLAN_REVIEW, DISAGREEMENTS,
        NOT_HELD_REASON);
    in.optionalShortText(NEXT_MEETING_VENUE, "The venue of the next meeting");
    in.verify();

    List<String> emptied = new ArrayList<>();
    for (String optional : List.of(NEXT_CHAIR, NEXT_MINUTE_TAKER, NEXT_MEETING_TIME, NEXT_MEETING_END_TIME)) {
      // an emptied field comes back as "": kept as no value, so the plan's default applies (R6, R21)
      if (in.optionalText(optional) == null) {
        emptied.add(optional);
      }
    }
    boolean secure = Boolean.TRUE.equals(in.isPresent(NEXT_MEETING_SECURE_VENUE)
        ? in.yesNo(NEXT_MEETING_SECURE_VENUE, "Secure venue") : Boolean.FALSE);
    return new Outcome(heldOn, next, involved, present, attendance, actions, emptied, secure);
  }

  /** R19: one entry for each member, and only members; a known attendance for each. */
  private static List<AttendanceRecord> attendance(FormInput in, CoreGroup group) {
    List<Map<String, Object>> rows = JsonLists.read(in.raw(ATTENDANCE));
    List<AttendanceRecord> records = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      in.reject(ATTENDANCE, "record the attendance of every member");
      return records;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String name = JsonLists.text(row, ATTENDANCE_NAME);
      String status = JsonLists.text(row, ATTENDANCE_STATUS);
      CoreGroupMember member = group.members().stream()
          .filter(m -> m.name().equalsIgnoreCase(String.valueOf(name)) || String.valueOf(name).equals(m.userId()))
          .findFirst().orElse(null);
      String where = ATTENDANCE + "[" + (i + 1) + "]";
      if (member == null) {
        in.reject(where + "." + ATTENDANCE_NAME, "'" + name + "' is not a member of this core group");
        continue;
      }
      if (status == null || !AttendanceRecord.STATUSES.contains(status)) {
        in.reject(where + "." + ATTENDANCE_STATUS, "the attendance of " + member.name()
            + " must be one of " + String.join(", ", AttendanceRecord.STATUSES));
        continue;
      }
      if (!seen.add(member.name())) {
        in.reject(where + "." + ATTENDANCE_NAME, member.name() + " is listed more than once: one row per member");
        continue;
      }
      records.add(new AttendanceRecord(member.name(), member.agency(), status, JsonLists.text(row, ATTENDANCE_NOTE)));
    }
    group.members().stream().filter(m -> !seen.contains(m.name()) && rows.stream()
            .noneMatch(r -> m.name().equalsIgnoreCase(String.valueOf(JsonLists.text(r, ATTENDANCE_NAME)))))
        .forEach(m -> in.reject(ATTENDANCE, "the attendance of " + m.name() + " is missing"));
    return records;
  }

  /** R6, R22: each action with what, an owner, a deadline not in the past, and why it matters. */
  private static List<MeetingAction> actions(FormInput in, CoreGroup group, Case vars, LocalDate today) {
    List<Map<String, Object>> rows = JsonLists.read(in.raw(ACTIONS));
    List<MeetingAction> actions = new ArrayList<>();
    if (rows == null) {
      in.reject(ACTIONS, "the actions are not a list");
      return actions;
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String where = ACTIONS + "[" + (i + 1) + "].";
      String what = JsonLists.text(row, ACTION_WHAT);
      String owner = JsonLists.text(row, ACTION_OWNER);
      String why = JsonLists.text(row, ACTION_WHY);
      LocalDate deadline = FormInput.toDate(JsonLists.text(row, ACTION_DEADLINE));
      if (what == null) {
        in.reject(where + ACTION_WHAT, "action " + (i + 1) + " does not say what is to be done");
      }
      if (owner == null) {
        in.reject(where + ACTION_OWNER, "action " + (i + 1) + " has no owner");
      }
      if (deadline == null) {
        in.reject(where + ACTION_DEADLINE, "action " + (i + 1) + " has no deadline (yyyy-MM-dd)");
      } else if (deadline.isBefore(today)) {
        in.reject(where + ACTION_DEADLINE, "the deadline of action " + (i + 1) + " (" + deadline + ") is in the past");
      } else if (deadline.isAfter(latestDeadline(vars, today))) {
        in.reject(where + ACTION_DEADLINE, "the deadline of action " + (i + 1) + " (" + FormInput.ukDate(deadline)
            + ") is after the plan's life: set one by " + FormInput.ukDate(latestDeadline(vars, today)));
      }
      if (why == null) {
        in.reject(where + ACTION_WHY, "action " + (i + 1) + " does not say why it matters");
      }
      actions.add(new MeetingAction(i + 1, what, owner, deadline, why, assignee(owner, group, vars)));
    }
    return actions;
  }

  /** A year after the meeting, and before the child's 18th birthday, when the plan ends at the latest. */
  static LocalDate latestDeadline(Case vars, LocalDate today) {
    LocalDate latest = today.plusMonths(ACTION_DEADLINE_MONTHS);
    LocalDate eighteen = vars.eighteenthBirthday();
    return eighteen != null && eighteen.minusDays(1).isBefore(latest) ? eighteen.minusDays(1) : latest;
  }

  /** The owner's login when they have one; otherwise the key worker tracks the action. */
  static String assignee(String owner, CoreGroup group, Case vars) {
    if (owner == null) {
      return null;
    }
    for (CoreGroupMember m : group.withLogin()) {
      if (owner.equalsIgnoreCase(m.name()) || owner.equals(m.userId())) {
        return m.userId();
      }
    }
    if (vars.named().contains(owner)) {
      return owner;
    }
    return vars.keyWorker();
  }

  private static void checkLogin(FormInput in, String field, String label, CoreGroup group, Case vars) {
    String userId = in.optionalText(field);
    if (userId != null && !group.hasMemberWithLogin(userId) && !vars.named().contains(userId)
        && !userId.equals(vars.conferenceChair())) {
      in.reject(field, label + " '" + userId + "' is not a member of this core group with a login");
    }
  }
}
