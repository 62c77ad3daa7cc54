package org.coregroup.notification;

import java.net.URI;
import java.time.Instant;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545/5546) invitations, updates and cancellations, built with ical4j. */
public final class ICalendarInvites {

  public static final String PRODUCT = "-//Core Group//Core group meetings//EN";

  private ICalendarInvites() {
  }

  /** METHOD:REQUEST: a new invitation, or an update when the sequence is above 0. */
  public static String request(CalendarEvent event, Instant now) {
    return write(event, now, "REQUEST", "CONFIRMED");
  }

  /** METHOD:CANCEL for the same event. */
  public static String cancel(CalendarEvent event, Instant now) {
    return write(event, now, "CANCEL", "CANCELLED");
  }

  private static String write(CalendarEvent event, Instant now, String method, String status) {
    // UTC times (…Z): every calendar reads them without a VTIMEZONE block.
    VEvent vevent = new VEvent(event.start().toInstant(), event.end().toInstant(), event.summary());
    vevent.add(new Uid(event.uid()));
    vevent.add(new Sequence(event.sequence()));
    vevent.replace(new DtStamp(now));
    vevent.add(new Status(status));
    if (event.location() != null) {
      vevent.add(new Location(event.location()));
    }
    if (event.organizer() != null && event.organizer().hasEmail()) {
      Organizer organizer = new Organizer(URI.create("mailto:" + event.organizer().email()));
      organizer.add(new Cn(event.organizer().name()));
      vevent.add(organizer);
    }
    for (Recipient person : event.attendees()) {
      if (!person.hasEmail()) {
        continue;
      }
      Attendee attendee = new Attendee(URI.create("mailto:" + person.email()));
      attendee.add(new Cn(person.name()));
      attendee.add(Role.REQ_PARTICIPANT);
      attendee.add(PartStat.NEEDS_ACTION);
      attendee.add(Rsvp.TRUE);
      vevent.add(attendee);
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new Method(method));
    calendar.add(vevent);
    return calendar.toString();
  }
}
