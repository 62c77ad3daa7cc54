package org.coregroup.calendar;

import java.time.LocalDate;
import org.springframework.util.Assert;

/**
 * A day an administrator closes at run time (a council closure day, a newly announced holiday):
 * not a working day in its jurisdiction.
 */
public record ClosureDay(Jurisdiction jurisdiction, LocalDate date, String name) {

    /** The width of the name column of {@code cg_closure_day}. */
    public static final int MAX_NAME_LENGTH = 200;

    public ClosureDay {
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Assert.notNull(date, "date must not be null");
        Assert.hasText(name, "name must not be blank (was " + (name == null ? "null" : "'" + name + "'") + ")");
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME_LENGTH
                    + " characters (was " + name.length() + ")");
        }
    }
}
