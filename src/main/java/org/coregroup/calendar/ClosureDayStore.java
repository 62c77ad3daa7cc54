package org.coregroup.calendar;

import java.time.LocalDate;
import java.util.List;

/** Where closure days live, so an administrator can add one without a rebuild. */
public interface ClosureDayStore {

    /** Every closure day of every jurisdiction, sorted by date then jurisdiction. */
    List<ClosureDay> all();

    /** Adds the day; a day already closed in that jurisdiction takes the new name. */
    void add(ClosureDay closureDay);

    /** Removes the day; false when it was not closed. */
    boolean remove(Jurisdiction jurisdiction, LocalDate date);
}
