package org.coregroup.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.coregroup.json.Json;

/**
 * Who was told what, when and how, for one process instance of a case (ADR 0011). Kept as the
 * Json variable {@link #VARIABLE} of that instance, so the engine's authorizations protect it
 * and Cockpit and the history show it.
 */
public final class NotificationLog {

  public static final String VARIABLE = "notificationLog";

  /** One message to one person; {@code how} is {@code email} or why it went no further. */
  public record Entry(String at, String to, String userId, String email, String what, String how) {
  }


  private final List<Entry> entries;

  private NotificationLog(List<Entry> entries) {
    this.entries = new ArrayList<>(entries);
  }

  public static NotificationLog fromJson(Object json) {
    if (json == null || json.toString().isBlank()) {
      return new NotificationLog(List.of());
    }
    try {
      return new NotificationLog(Json.MAPPER.readValue(json.toString(), new TypeReference<List<Entry>>() { }));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The notification log is not readable", e);
    }
  }

  public void add(Instant at, Recipient to, String what, String how) {
    entries.add(new Entry(at.toString(), to.name(), to.userId(), to.email(), what, how));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The notification log cannot be written", e);
    }
  }
}
