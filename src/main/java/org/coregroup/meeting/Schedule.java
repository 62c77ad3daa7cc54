package org.coregroup.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.coregroup.calendar.UkDates;

/** When and where a meeting is (R11, R12): 1 to 2 hours, at a venue that may need to be secure. */
record Schedule(LocalDate date, LocalTime start, LocalTime end, String venue, boolean secure) {

  static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
  static final int DEFAULT_MINUTES = 90;
  static final String VENUE_TO_BE_CONFIRMED = "venue to be confirmed by the key worker";

  ZonedDateTime startsAt() {
    return date.atTime(start).atZone(UkDates.LONDON);
  }

  ZonedDateTime endsAt() {
    return date.atTime(end).atZone(UkDates.LONDON);
  }

  String describe() {
    return date + " " + start + "-" + end + " at " + venue + (secure ? " (secure venue)" : "");
  }
}
