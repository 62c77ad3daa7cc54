package org.coregroup.notification;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends email when SMTP is configured ({@code spring.mail.host}); without it there is no mail
 * sender and every message is only logged. A message leaves through the {@link MailOutbox}, once
 * the step that wrote it has committed (ADR 0037).
 */
@Service
public class Mail {

  static final String FROM = "core-group@localhost";

  private final ObjectProvider<JavaMailSender> sender;
  private final MailOutbox outbox;

  public Mail(ObjectProvider<JavaMailSender> sender, MailOutbox outbox) {
    this.sender = sender;
    this.outbox = outbox;
  }

  public boolean configured() {
    return sender.getIfAvailable() != null;
  }

  /**
   * Queues the message with its attachments (none, a calendar event, a PDF) to {@code to}'s address,
   * to be sent when the caller's transaction commits; false when mail is off. {@code caseReference}
   * is the case it is about, so that the key worker can be told if it never arrives.
   */
  public boolean send(Recipient to, String caseReference, String subject, String text, List<Attachment> attachments) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return false;
    }
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
      helper.setFrom(FROM);
      helper.setTo(to.email());
      helper.setSubject(subject);
      helper.setText(text);
      for (Attachment file : attachments) {
        helper.addAttachment(file.fileName(), new jakarta.mail.util.ByteArrayDataSource(file.content(), file.contentType()));
      }
      outbox.enqueue(to, caseReference, message);
      return true;
    } catch (MessagingException e) {
      throw new IllegalStateException("The email to " + to.email() + " could not be built", e);
    }
  }
}
