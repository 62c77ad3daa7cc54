package org.coregroup.notification;

import java.nio.charset.StandardCharsets;

/** A file sent with a message: a meeting's calendar event, or the family's copy of the minutes. */
public record Attachment(String fileName, byte[] content, String contentType) {

  /** The meeting's calendar event ({@code method} REQUEST or CANCEL), which calendar programs read. */
  public static Attachment calendar(String ics, String method) {
    return new Attachment("meeting.ics", ics.getBytes(StandardCharsets.UTF_8),
        "text/calendar; charset=UTF-8; method=" + method);
  }

  public static Attachment pdf(String fileName, byte[] content) {
    return new Attachment(fileName, content, "application/pdf");
  }
}
