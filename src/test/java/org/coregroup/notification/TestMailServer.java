package org.coregroup.notification;

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
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

  /** A port that was free a moment ago, for this JVM's one SMTP server. */
  static final int PORT = freePort();

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(@Value("${spring.mail.host}") String host) {
    return new GreenMail(new ServerSetup(PORT, host, ServerSetup.PROTOCOL_SMTP));
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
