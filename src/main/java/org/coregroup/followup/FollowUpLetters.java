package org.coregroup.followup;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.input.ProcessVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.notification.Attachment;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.coregroup.notification.Recipient;
import org.springframework.stereotype.Service;

/** The follow-up's letters: to one person or to everyone of the core group, each kept in the case's notification log. */
@Service
class FollowUpLetters {

  private final Notifier notifier;
  private final People people;

  FollowUpLetters(Notifier notifier, People people) {
    this.notifier = notifier;
    this.people = people;
  }

  Recipient user(String userId) {
    return people.user(userId);
  }

  /** Every member, absent ones included, and the people the meeting named. */
  List<Recipient> everyone(ProcessVariables vars) {
    List<String> named = Stream.of(vars.text(KEY_WORKER), vars.text(TEAM_MANAGER), vars.text(MEETING_CHAIR), vars.text(MINUTE_TAKER))
        .filter(Objects::nonNull).distinct().toList();
    return people.everyone(CoreGroup.fromVariable(vars.value(CORE_GROUP_MEMBERS)), named);
  }

  /** A message without a calendar part, its subject naming the child. */
  void tell(VariableScope scope, List<Recipient> to, String what, String text) {
    tell(scope, to, what, text, List.of());
  }

  /** The same, with files attached to each email. */
  void tell(VariableScope scope, List<Recipient> to, String what, String text, List<Attachment> attachments) {
    Object child = scope.getVariable(CHILD_NAME);
    String childName = child == null || child.toString().isBlank() ? null : child.toString();
    notifier.tell(scope, to, "Core group for " + (childName == null ? "the child" : childName) + ": " + what, text,
        attachments);
  }

  static List<NotificationLog.Entry> log(VariableScope scope) {
    return NotificationLog.fromJson(scope.getVariable(NotificationLog.VARIABLE)).entries();
  }
}
