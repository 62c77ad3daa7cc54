package org.coregroup.monitoring;

import java.time.LocalDate;

/** One visit to the child (R26). {@code visitedBy} is a login name or, for someone without one, a name. */
record Visit(LocalDate visitDate, String visitedBy, String visitorAgency, boolean childSeen, boolean seenAlone,
    Boolean bedroomSeen, String visitNotes, String recordedBy) {
}
