package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.ProcessVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.notification.NotificationLog;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;

/** A meeting's own typed values (schedule, members, letters) on top of {@link ProcessVariables}. */
final class MeetingVariables extends ProcessVariables {

  MeetingVariables(VariableScope scope) {
    super(scope);
  }

  Jurisdiction jurisdiction() {
    return jurisdiction(JURISDICTION);
  }

  CoreGroup group() {
    return CoreGroup.fromVariable(scope().getVariable(CORE_GROUP_MEMBERS));
  }

  /** The case's local policy as it was when its plan started (ADR 0014). */
  LocalPolicy policy(LocalPolicies policies) {
    return policies.inForce(scope());
  }
  /** The meeting as the partnership's clauses see it ({@link PartnershipRules}). */
  PartnershipRules.Meeting partnership(LocalPolicies policies) {
    return new PartnershipRules.Meeting(policy(policies), number(MEETING_NUMBER) == null ? 1 : number(MEETING_NUMBER),
        group(), text(KEY_WORKER), text(TEAM_MANAGER), date(NEXT_REVIEW_DUE));
  }


  Schedule schedule() {
    return new Schedule(date(MEETING_DATE), time(MEETING_START_TIME), time(MEETING_END_TIME), text(MEETING_VENUE),
        yes(SECURE_VENUE));
  }

  void setSchedule(Schedule s) {
    scope().setVariable(MEETING_DATE, s.date().toString());
    scope().setVariable(MEETING_START_TIME, s.start().toString());
    scope().setVariable(MEETING_END_TIME, s.end().toString());
    scope().setVariable(MEETING_VENUE, s.venue());
    scope().setVariable(SECURE_VENUE, s.secure());
    scope().setVariable(MEETING_STARTS_AT, java.util.Date.from(s.startsAt().toInstant()));
  }

  List<String> named() {
    return java.util.stream.Stream.of(text(KEY_WORKER), text(TEAM_MANAGER), text(MEETING_CHAIR), text(MINUTE_TAKER))
        .filter(java.util.Objects::nonNull).distinct().toList();
  }

  NotificationLog log() {
    return NotificationLog.fromJson(scope().getVariable(NotificationLog.VARIABLE));
  }

  void setLog(NotificationLog log) {
    scope().setVariable(NotificationLog.VARIABLE, SpinValues.jsonValue(log.toJson()).create());
  }

  static java.time.Instant now() {
    return EngineClock.now().toInstant();
  }

  static String subject(String what, String childName) {
    return "Core group for " + (childName == null ? "the child" : childName) + ": " + what;
  }
}
