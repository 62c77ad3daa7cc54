package org.coregroup.calendar;

import java.time.LocalDate;

/** A bank holiday of one jurisdiction, from the data file or computed by the standard rules. */
public record BankHoliday(Jurisdiction jurisdiction, LocalDate date, String name) {

    public BankHoliday {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(date, "date");
        Checks.notBlank(name, "name");
    }
}
