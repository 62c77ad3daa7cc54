package org.coregroup.calendar;

import java.time.LocalDate;
import org.springframework.util.Assert;

/** A bank holiday of one jurisdiction, from the data file or computed by the standard rules. */
public record BankHoliday(Jurisdiction jurisdiction, LocalDate date, String name) {

    public BankHoliday {
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Assert.notNull(date, "date must not be null");
        Assert.hasText(name, "name must not be blank (was " + (name == null ? "null" : "'" + name + "'") + ")");
    }
}
