package org.coregroup.notification;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting as a calendar event: the same {@code uid} for its whole life; {@code sequence} goes
 * up by one with each update or cancellation, so calendars replace the earlier invitation.
 */
public record CalendarEvent(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
    String location, Recipient organizer, List<Recipient> attendees) {

  public CalendarEvent next(ZonedDateTime newStart, ZonedDateTime newEnd, String newLocation) {
    return new CalendarEvent(uid, sequence + 1, newStart, newEnd, summary, newLocation, organizer, attendees);
  }

  public CalendarEvent cancelled() {
    return new CalendarEvent(uid, sequence + 1, start, end, summary, location, organizer, attendees);
  }
}
