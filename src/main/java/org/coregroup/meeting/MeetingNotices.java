package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.UkDates;
import org.coregroup.notification.CalendarEvent;
import org.coregroup.notification.Attachment;
import org.coregroup.notification.ICalendarInvites;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.coregroup.notification.Recipient;
import org.springframework.stereotype.Service;

/** Invitations, updates, cancellations and other letters about one meeting, each logged. */
@Service
class MeetingNotices {

  private final Notifier notifier;
  private final People people;

  MeetingNotices(Notifier notifier, People people) {
    this.notifier = notifier;
    this.people = people;
  }

  List<Recipient> everyone(MeetingVariables vars) {
    return people.everyone(vars.group(), vars.named());
  }

  Recipient user(String userId) {
    return people.user(userId);
  }

  CalendarEvent event(MeetingVariables vars, VariableScope scope) {
    Schedule s = vars.schedule();
    Number sequence = (Number) scope.getVariable(MEETING_SEQUENCE);
    return new CalendarEvent(vars.text(MEETING_UID), sequence == null ? 0 : sequence.intValue(), s.startsAt(),
        s.endsAt(), MeetingVariables.subject("core group meeting", vars.text(CHILD_NAME)), s.venue(),
        people.user(vars.text(KEY_WORKER)), everyone(vars));
  }

  /** An invitation (sequence 0) or an update (sequence above 0) of the same calendar event, to everyone. */
  void invite(MeetingVariables vars, VariableScope scope, String what) {
    CalendarEvent event = event(vars, scope);
    invite(vars, event, event.attendees(), what);
  }

  /** The meeting's invitation as it stands, to one person who joined after it went out. */
  void inviteOne(MeetingVariables vars, VariableScope scope, String userId) {
    invite(vars, event(vars, scope), List.of(people.user(userId)), "invitation:");
  }

  private void invite(MeetingVariables vars, CalendarEvent event, List<Recipient> to, String what) {
    NotificationLog log = vars.log();
    notifier.tell(vars.text(CASE_REFERENCE), to, MeetingVariables.subject(what + " " + vars.schedule().describe(), vars.text(CHILD_NAME)),
        "You are invited to the core group meeting for " + vars.text(CHILD_NAME) + " (case " + vars.text(CASE_REFERENCE)
            + "): " + vars.schedule().describe() + ". " + (vars.text(ABSENCE_ASKS) != null ? vars.text(ABSENCE_ASKS)
            : "If you cannot come, send apologies, a briefed representative and a written report for the key worker"
                + " before the meeting."),
        List.of(Attachment.calendar(ICalendarInvites.request(event, MeetingVariables.now()), "REQUEST")), log,
        MeetingVariables.now());
    vars.setLog(log);
  }

  /**
   * METHOD:CANCEL for the meeting's calendar event, with the reason and the re-arranged date (or,
   * where the team manager re-arranges it, bedfordshire [000], the date the chair proposed).
   */
  void cancel(MeetingVariables vars, VariableScope scope, String reason, boolean byManager) {
    CalendarEvent event = event(vars, scope).cancelled();
    scope.setVariable(MEETING_SEQUENCE, event.sequence());
    NotificationLog log = vars.log();
    notifier.tell(vars.text(CASE_REFERENCE), event.attendees(), MeetingVariables.subject("meeting of " + UkDates.day(vars.schedule().date()) + " did not go ahead",
        vars.text(CHILD_NAME)),
        "The core group meeting for " + vars.text(CHILD_NAME) + " on " + UkDates.day(vars.schedule().date()) + " did not go ahead: "
            + reason + (byManager ? ". The team manager re-arranges it; the chair proposed " : ". It is re-arranged for ")
            + UkDates.day(vars.date(NEXT_MEETING_DATE))
            + (vars.text(NEXT_MEETING_TIME) == null ? "" : " " + vars.text(NEXT_MEETING_TIME))
            + " at " + vars.text(NEXT_MEETING_VENUE) + "; an invitation follows.",
        List.of(Attachment.calendar(ICalendarInvites.cancel(event, MeetingVariables.now()), "CANCEL")), log,
        MeetingVariables.now());
    vars.setLog(log);
  }

  /** A message without a calendar part to some people. */
  void tell(MeetingVariables vars, List<Recipient> to, String what, String text) {
    NotificationLog log = vars.log();
    notifier.tell(vars.text(CASE_REFERENCE), to, MeetingVariables.subject(what, vars.text(CHILD_NAME)), text, List.of(), log,
        MeetingVariables.now());
    vars.setLog(log);
  }
}
