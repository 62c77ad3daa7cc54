package org.coregroup.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends email when SMTP is configured ({@code spring.mail.host}); without it there is no mail
 * sender and every message is only logged.
 */
@Service
public class Mail {

  static final String FROM = "core-group@localhost";

  private final ObjectProvider<JavaMailSender> sender;

  public Mail(ObjectProvider<JavaMailSender> sender) {
    this.sender = sender;
  }

  public boolean configured() {
    return sender.getIfAvailable() != null;
  }

  /** Sends the message, with the calendar part when {@code ics} is given; false when mail is off. */
  public boolean send(String to, String subject, String text, String ics, String method) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return false;
    }
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, ics != null, "UTF-8");
      helper.setFrom(FROM);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(text);
      if (ics != null) {
        helper.addAttachment("meeting.ics",
            new jakarta.mail.util.ByteArrayDataSource(ics, "text/calendar; charset=UTF-8; method=" + method));
      }
      mail.send(message);
      return true;
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException("The email to " + to + " could not be built", e);
    }
  }
}
