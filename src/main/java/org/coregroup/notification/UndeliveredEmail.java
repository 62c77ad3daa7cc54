package org.coregroup.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * An email the outbox gave up on (ADR 0037): the server refused its address for good
 * ({@code refused}), or could not take it for as long as the outbox keeps trying. {@code text} is
 * its plain text and {@code attachments} its files' names, so that it can be passed on another
 * way; {@code serverReply} is the mail server's or the connection's own words, for the log and
 * the administrator.
 */
public record UndeliveredEmail(String caseReference, Recipient to, String subject, String text, List<String> attachments,
    Instant queuedAt, boolean refused, String serverReply) {

  public UndeliveredEmail {
    attachments = List.copyOf(attachments);
  }

  /** What {@code message} says, read back from the outbox. */
  static UndeliveredEmail of(String caseReference, Recipient to, MimeMessage message, Instant queuedAt, boolean refused,
      String serverReply) {
    StringBuilder text = new StringBuilder();
    List<String> files = new ArrayList<>();
    String subject;
    try {
      subject = message.getSubject();
      read(message, text, files);
    } catch (MessagingException | IOException e) {
      subject = null;
    }
    return new UndeliveredEmail(caseReference, to, subject, text.toString().strip(), files, queuedAt, refused, serverReply);
  }

  private static void read(Part part, StringBuilder text, List<String> files) throws MessagingException, IOException {
    if (part.getFileName() != null) {
      files.add(part.getFileName());
    } else if (part.isMimeType("text/plain") && part.getContent() instanceof String words) {
      text.append(words).append('\n');
    } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart each = parts.getBodyPart(i);
        read(each, text, files);
      }
    }
  }
}
