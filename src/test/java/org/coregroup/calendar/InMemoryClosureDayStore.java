package org.coregroup.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A closure day store for unit tests of the calendar, without a database. */
public class InMemoryClosureDayStore implements ClosureDayStore {

    private final Map<String, ClosureDay> days = new ConcurrentHashMap<>();

    @Override
    public List<ClosureDay> all() {
        return days.values().stream()
                .sorted(Comparator.comparing(ClosureDay::date).thenComparing(ClosureDay::jurisdiction))
                .toList();
    }

    @Override
    public void add(ClosureDay closureDay) {
        days.put(key(closureDay.jurisdiction(), closureDay.date()), closureDay);
    }

    @Override
    public boolean remove(Jurisdiction jurisdiction, LocalDate date) {
        return days.remove(key(jurisdiction, date)) != null;
    }

    private static String key(Jurisdiction jurisdiction, LocalDate date) {
        return jurisdiction.code() + "/" + date;
    }
}
