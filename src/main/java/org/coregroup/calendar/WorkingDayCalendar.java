package org.coregroup.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.util.Assert;

/**
 * Counts days as requirements "Counting days" says: working days exclude Saturdays, Sundays, the
 * bank holidays of the case's jurisdiction and the closure days an administrator adds. Known bank
 * holidays come from the data file; other years follow the standard rules and are provisional.
 * Engine-free: delegates count their deadlines with it ({@link WorkingDayDeadline}).
 */
public class WorkingDayCalendar {

    /** The bank holidays on the classpath, columns {@code jurisdiction,date,name}. */
    public static final String HOLIDAYS_RESOURCE = "calendar/uk-bank-holidays.csv";

    private static final String CSV_HEADER = "jurisdiction,date,name";

    private final Map<Jurisdiction, Map<Integer, Set<LocalDate>>> known = new EnumMap<>(Jurisdiction.class);
    private final Map<Jurisdiction, Map<Integer, Set<LocalDate>>> computed = new EnumMap<>(Jurisdiction.class);
    private final ClosureDayStore closureDays;

    /**
     * @param knownHolidays every bank holiday of each year it lists; a year with none for a
     *                      jurisdiction is computed by the standard rules and provisional
     * @param closureDays   read on every call, so a day added by another node counts at once
     */
    public WorkingDayCalendar(Collection<BankHoliday> knownHolidays, ClosureDayStore closureDays) {
        Assert.notNull(knownHolidays, "knownHolidays must not be null");
        Assert.notNull(closureDays, "closureDays must not be null");
        this.closureDays = closureDays;
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            known.put(jurisdiction, new HashMap<>());
            computed.put(jurisdiction, new ConcurrentHashMap<>());
        }
        for (BankHoliday holiday : knownHolidays) {
            Assert.notNull(holiday, "knownHolidays element must not be null");
            known.get(holiday.jurisdiction())
                    .computeIfAbsent(holiday.date().getYear(), year -> new TreeSet<>())
                    .add(holiday.date());
        }
    }

    /** A calendar with the bank holidays of {@value #HOLIDAYS_RESOURCE}. */
    public static WorkingDayCalendar fromClasspath(ClosureDayStore closureDays) {
        return new WorkingDayCalendar(readHolidays(), closureDays);
    }

    /** The bank holidays of {@value #HOLIDAYS_RESOURCE}, in file order. */
    static List<BankHoliday> readHolidays() {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(HOLIDAYS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bank holidays not found on the classpath: " + HOLIDAYS_RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HOLIDAYS_RESOURCE, e);
        }
    }

    private static List<BankHoliday> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.strip().equals(CSV_HEADER)) {
            throw new IllegalStateException(HOLIDAYS_RESOURCE + " must start with '" + CSV_HEADER + "'");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", 3);
            try {
                if (columns.length != 3) {
                    throw new IllegalArgumentException("expected 3 columns");
                }
                holidays.add(new BankHoliday(Jurisdiction.fromCode(columns[0].strip()),
                        LocalDate.parse(columns[1].strip()), columns[2].strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(HOLIDAYS_RESOURCE + " line " + lineNumber + " '" + line + "': "
                        + e.getMessage(), e);
            }
        }
        return holidays;
    }

    /** False on Saturdays, Sundays, bank holidays and closure days of the jurisdiction. */
    public boolean isWorkingDay(LocalDate date, Jurisdiction jurisdiction) {
        Assert.notNull(date, "date must not be null");
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        return isWorkingDay(date, jurisdiction, closureDates(jurisdiction));
    }

    /**
     * "Within N working days of X": X is day 0 and the result is the Nth working day after it;
     * 0 gives {@code from} itself, working day or not.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays, Jurisdiction jurisdiction) {
        Assert.notNull(from, "from must not be null");
        Assert.isTrue(workingDays >= 0, "workingDays must not be negative (was " + workingDays + ")");
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Set<LocalDate> closed = closureDates(jurisdiction);
        LocalDate date = from;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date, jurisdiction, closed)) {
                counted++;
            }
        }
        return date;
    }

    /** "Within N days": calendar days. */
    public LocalDate addDays(LocalDate from, int days) {
        Assert.notNull(from, "from must not be null");
        Assert.isTrue(days >= 0, "days must not be negative (was " + days + ")");
        return from.plusDays(days);
    }

    /** "N weeks": 7N calendar days. */
    public LocalDate addWeeks(LocalDate from, int weeks) {
        Assert.notNull(from, "from must not be null");
        Assert.isTrue(weeks >= 0, "weeks must not be negative (was " + weeks + ")");
        return from.plusWeeks(weeks);
    }

    /** Calendar months clamped at month end: 31 January + 1 month = 28 or 29 February. */
    public LocalDate addMonths(LocalDate from, int months) {
        Assert.notNull(from, "from must not be null");
        Assert.isTrue(months >= 0, "months must not be negative (was " + months + ")");
        return from.plusMonths(months);
    }

    /**
     * True when a year from {@code from} to {@code to} (either order) is not in the data file, so
     * its bank holidays are computed and a deadline that depends on it may still move.
     */
    public boolean isProvisional(LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        Assert.notNull(from, "from must not be null");
        Assert.notNull(to, "to must not be null");
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        for (int year = first; year <= last; year++) {
            if (!known.get(jurisdiction).containsKey(year)) {
                return true;
            }
        }
        return false;
    }

    /** The bank holidays and closure days of the year, sorted, for documentation and admin screens. */
    public List<LocalDate> holidays(int year, Jurisdiction jurisdiction) {
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Set<LocalDate> days = new TreeSet<>(bankHolidays(year, jurisdiction));
        closureDates(jurisdiction).stream().filter(date -> date.getYear() == year).forEach(days::add);
        return List.copyOf(days);
    }

    /** Closes a day (or renames a closed one) through the store. */
    public void addClosureDay(ClosureDay closureDay) {
        Assert.notNull(closureDay, "closureDay must not be null");
        closureDays.add(closureDay);
    }

    /** Reopens a closed day through the store; false when it was not closed. */
    public boolean removeClosureDay(Jurisdiction jurisdiction, LocalDate date) {
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Assert.notNull(date, "date must not be null");
        return closureDays.remove(jurisdiction, date);
    }

    private boolean isWorkingDay(LocalDate date, Jurisdiction jurisdiction, Set<LocalDate> closed) {
        return !StandardHolidays.isWeekend(date)
                && !bankHolidays(date.getYear(), jurisdiction).contains(date)
                && !closed.contains(date);
    }

    private Set<LocalDate> bankHolidays(int year, Jurisdiction jurisdiction) {
        Set<LocalDate> listed = known.get(jurisdiction).get(year);
        if (listed != null) {
            return listed;
        }
        return computed.get(jurisdiction).computeIfAbsent(year, y -> StandardHolidays.of(y, jurisdiction).stream()
                .map(BankHoliday::date)
                .collect(Collectors.toUnmodifiableSet()));
    }

    private Set<LocalDate> closureDates(Jurisdiction jurisdiction) {
        return closureDays.all().stream()
                .filter(day -> day.jurisdiction() == jurisdiction)
                .map(ClosureDay::date)
                .collect(Collectors.toUnmodifiableSet());
    }
}
