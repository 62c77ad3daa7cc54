package org.coregroup.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) for the one shared test context, started with the context on a
 * free port of the loopback address (so parallel builds on one machine do not collide), stopped
 * with it; spring.mail.port is set to that port before the mail sender is made.
 *
 * <p>Email leaves through the product's outbox after the step commits (ADR 0037), on a background
 * thread. {@link #to} and {@link #reset} first send, in the test's thread, everything the outbox
 * holds, so a test reads what its steps sent without waiting, and no earlier test's email arrives
 * after a reset.
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

  /** A port that was free a moment ago, for this JVM's one SMTP server. */
  static final int PORT = freePort();

  /** The shared context's outbox (one context per test JVM). */
  private static volatile MailOutbox outbox;

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(@Value("${spring.mail.host}") String host, MailOutbox productOutbox) {
    outbox = productOutbox;
    return new GreenMail(new ServerSetup(PORT, host, ServerSetup.PROTOCOL_SMTP));
  }

  /** Sends what the outbox holds, then empties the server's mailboxes. */
  public static void reset(GreenMail mail) {
    delivered();
    mail.reset();
  }

  /** Everything the outbox held, sent (the outbox is empty afterwards). */
  public static void delivered() {
    outbox.deliverDue();
    assertThat(outbox.waiting()).as("emails the test SMTP server did not take").isZero();
  }

  @Bean
  static DynamicPropertyRegistrar mailPort() {
    return registry -> registry.add("spring.mail.port", () -> PORT);
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the test SMTP server", e);
    }
  }

  /** The messages one address received. */
  public static List<MimeMessage> to(GreenMail mail, String address) throws MessagingException {
    delivered();
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
        found.add(m);
      }
    }
    return found;
  }

  /** The text/calendar part of a message, or null. */
  public static String calendarPart(Part part) throws MessagingException, IOException {
    byte[] found = part(part, "text/calendar");
    return found == null ? null : new String(found, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The first part of this type (an attachment, say), its bytes, or null. */
  public static byte[] part(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      part.getInputStream().transferTo(out);
      return out.toByteArray();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        byte[] found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The text/plain part of a message (its words for people), or null. */
  public static String textPart(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = textPart(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
