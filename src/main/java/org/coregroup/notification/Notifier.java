package org.coregroup.notification;

import org.coregroup.input.EmailAddresses;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.membership.CaseVariables;
import org.springframework.stereotype.Service;

/**
 * Tells people something: by email where SMTP is configured and they have an address, and
 * always in the case's notification log (who, what, when, how).
 */
@Service
public class Notifier {

  public static final String BY_EMAIL = "email";
  public static final String NO_EMAIL = "no email address: the key worker passes it on in writing";
  public static final String BAD_EMAIL = "not a valid email address: the key worker passes it on in writing";
  public static final String MAIL_OFF = "email not configured: shown in Tasklist and passed on by the key worker";

  private final Mail mail;

  public Notifier(Mail mail) {
    this.mail = mail;
  }

  /**
   * Writes to each person without a calendar part and logs it in the {@link NotificationLog}
   * variable of {@code scope}'s process instance.
   */
  public void tell(VariableScope scope, List<Recipient> people, String subject, String text) {
    tell(scope, people, subject, text, List.of());
  }

  /** The same, with files attached to each email. */
  public void tell(VariableScope scope, List<Recipient> people, String subject, String text, List<Attachment> attachments) {
    NotificationLog log = NotificationLog.fromJson(scope.getVariable(NotificationLog.VARIABLE));
    Object caseReference = scope.getVariable(CaseVariables.CASE_REFERENCE);
    tell(caseReference == null ? null : caseReference.toString(), people, subject, text, attachments, log,
        EngineClock.now().toInstant());
    scope.setVariable(NotificationLog.VARIABLE, SpinValues.jsonValue(log.toJson()).create());
  }

  /**
   * Writes to each person, with files attached to each email (a calendar event, say), and logs it in
   * {@code log}; {@code caseReference} is the case the message is about.
   */
  public void tell(String caseReference, List<Recipient> people, String subject, String text, List<Attachment> attachments,
      NotificationLog log, Instant now) {
    for (Recipient person : people) {
      String how;
      if (!person.hasEmail()) {
        how = NO_EMAIL;
      } else if (!EmailAddresses.valid(person.email())) {
        how = BAD_EMAIL;
      } else if (mail.send(person, caseReference, subject, text, attachments)) {
        how = BY_EMAIL;
      } else {
        how = MAIL_OFF;
      }
      log.add(now, person, subject, how);
    }
  }
}
