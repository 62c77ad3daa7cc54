package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleMeeting}: the meeting's date, times and venue as agreed (R9, R11, R12), the
 * professionals asked to confirm attendance (R13), the attendance list the record starts from, and
 * what the forms ask under the case's partnership ({@link PartnershipRules#formFlags}).
 */
@Component("scheduleMeeting")
class ScheduleMeeting implements JavaDelegate {

  private final MeetingRules rules;
  private final LocalPolicies policies;

  ScheduleMeeting(MeetingRules rules, LocalPolicies policies) {
    this.rules = rules;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    LocalDateTime firstAt = firstCoreGroupAt(vars.text(FIRST_CORE_GROUP_AT));
    boolean agreed = vars.date(AGREED_DATE) != null;
    Schedule schedule = rules.schedule(vars.date(MEETING_DUE),
        agreed ? vars.date(AGREED_DATE) : firstAt == null ? null : firstAt.toLocalDate(),
        agreed ? vars.time(AGREED_TIME) : firstAt == null ? null : firstAt.toLocalTime(),
        agreed ? vars.time(AGREED_END_TIME) : null,
        agreed ? vars.text(AGREED_VENUE) : vars.text(FIRST_CORE_GROUP_VENUE),
        agreed && vars.yes(AGREED_SECURE_VENUE));
    vars.setSchedule(schedule);
    execution.setVariable(MEETING_UID, vars.text(CASE_REFERENCE) + "-" + execution.getProcessInstanceId() + "@coregroup");
    execution.setVariable(MEETING_SEQUENCE, 0);

    CoreGroup group = vars.group();
    String keyWorker = vars.text(KEY_WORKER);
    List<String> attendees = new ArrayList<>(group.withLogin().stream()
        .filter(m -> !CoreGroupMember.FAMILY.equals(m.agency()) && !m.userId().equals(keyWorker))
        .map(CoreGroupMember::userId).distinct().toList());
    execution.setVariable(ATTENDEES, attendees);
    List<Map<String, Object>> attendance = new ArrayList<>();
    for (CoreGroupMember m : group.members()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ATTENDANCE_NAME, m.name());
      row.put(ATTENDANCE_AGENCY, m.agency());
      row.put(ATTENDANCE_STATUS, "");
      attendance.add(row);
    }
    vars.setJson(ATTENDANCE, attendance);
    int number = vars.number(MEETING_NUMBER) == null ? 1 : vars.number(MEETING_NUMBER);
    Map<String, Object> asks = PartnershipRules.formFlags(vars.policy(policies), number);
    asks.forEach(execution::setVariable);
    if (Boolean.TRUE.equals(asks.get(ASK_CONTACTS))) {
      // sandwell [001] "Obtain contact details and roles of all core group members": the list starts from the case's
      List<Map<String, Object>> contacts = new ArrayList<>();
      for (CoreGroupMember m : group.members()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(CONTACT_NAME, m.name());
        row.put(CONTACT_ROLE, m.role() == null ? "" : m.role());
        row.put(CONTACT_PHONE, "");
        row.put(CONTACT_EMAIL, m.email() == null ? "" : m.email());
        contacts.add(row);
      }
      vars.setJson(MEMBER_CONTACTS, contacts);
    }
    vars.setJson(ATTENDANCE_REPLIES, new LinkedHashMap<>());
    execution.setVariable(MEETING_BRIEFING, Briefing.text(group, Map.of(), null));
  }

  private static LocalDateTime firstCoreGroupAt(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDateTime.of(java.time.LocalDate.parse(value.trim().substring(0, 10)), LocalTime.of(10, 0));
    }
  }
}
