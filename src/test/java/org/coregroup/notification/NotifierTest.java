package org.coregroup.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without SMTP there is no mail sender; everyone told is still in the log, with how. */
class NotifierTest {

  @Test
  @DisplayName("R15, R21: no SMTP configured: nothing is emailed, and the log says who was told what, when and how")
  void withoutMail() {
    Mail mail = new Mail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), null);
    NotificationLog log = NotificationLog.fromJson(null);
    Instant at = Instant.parse("2025-04-17T09:00:00Z");

    new Notifier(mail).tell("CP-TEST-1", List.of(new Recipient("Helen Health", "helen.health", "helen@example.org"),
        new Recipient("Jo Parent", null, null)), "Meeting did not go ahead", "text", List.of(), log, at);

    assertThat(mail.configured()).isFalse();
    assertThat(NotificationLog.fromJson(log.toJson()).entries()).containsExactly(
        new NotificationLog.Entry(at.toString(), "Helen Health", "helen.health", "helen@example.org",
            "Meeting did not go ahead", Notifier.MAIL_OFF),
        new NotificationLog.Entry(at.toString(), "Jo Parent", null, null, "Meeting did not go ahead", Notifier.NO_EMAIL));
  }

  @Test
  @DisplayName("R17: a cancellation is the same calendar event: same UID, SEQUENCE+1, METHOD:CANCEL")
  void cancellation() {
    CalendarEvent event = new CalendarEvent("CASE-1-42@coregroup", 0,
        java.time.ZonedDateTime.parse("2025-04-17T10:00+01:00[Europe/London]"),
        java.time.ZonedDateTime.parse("2025-04-17T11:30+01:00[Europe/London]"), "Core group", "Family hub",
        new Recipient("Sarah Social", "sarah.social", "sarah@example.org"),
        List.of(new Recipient("Helen Health", "helen.health", "helen@example.org")));

    String ics = ICalendarInvites.cancel(event.cancelled(), Instant.parse("2025-04-16T09:00:00Z"));

    assertThat(ics).contains("METHOD:CANCEL", "UID:CASE-1-42@coregroup", "SEQUENCE:1", "STATUS:CANCELLED",
        "DTSTART:20250417T090000Z", "mailto:helen@example.org");
  }
}
