package org.coregroup.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard bank holiday rules of each jurisdiction, for years the data file does not list.
 * They cannot know one-off days (a jubilee, a state funeral), which is why such years are
 * provisional.
 */
final class StandardHolidays {

    private static final MonthDay NEW_YEAR = MonthDay.of(Month.JANUARY, 1);
    private static final MonthDay SECOND_JANUARY = MonthDay.of(Month.JANUARY, 2);
    private static final MonthDay ST_PATRICK = MonthDay.of(Month.MARCH, 17);
    private static final MonthDay BOYNE = MonthDay.of(Month.JULY, 12);
    private static final MonthDay ST_ANDREW = MonthDay.of(Month.NOVEMBER, 30);
    private static final MonthDay CHRISTMAS = MonthDay.of(Month.DECEMBER, 25);
    private static final MonthDay BOXING_DAY = MonthDay.of(Month.DECEMBER, 26);

    private StandardHolidays() {
    }

    /** The bank holidays of the year by the standard rules, sorted by date. */
    static List<BankHoliday> of(int year, Jurisdiction jurisdiction) {
        LocalDate easter = easterSunday(year);
        // Days on a Monday or Friday by rule: never at a weekend, never substituted.
        Map<LocalDate, String> rule = new LinkedHashMap<>();
        rule.put(easter.minusDays(2), "Good Friday");
        if (jurisdiction != Jurisdiction.SCOTLAND) {
            rule.put(easter.plusDays(1), "Easter Monday");
        }
        rule.put(firstMonday(year, Month.MAY), "Early May bank holiday");
        rule.put(lastMonday(year, Month.MAY), "Spring bank holiday");
        rule.put(jurisdiction == Jurisdiction.SCOTLAND ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST),
                "Summer bank holiday");

        Map<MonthDay, String> fixed = new LinkedHashMap<>();
        fixed.put(NEW_YEAR, "New Year's Day");
        if (jurisdiction == Jurisdiction.SCOTLAND) {
            fixed.put(SECOND_JANUARY, "2nd January");
        }
        if (jurisdiction == Jurisdiction.NORTHERN_IRELAND) {
            fixed.put(ST_PATRICK, "St Patrick's Day");
            fixed.put(BOYNE, "Battle of the Boyne (Orangemen's Day)");
        }
        if (jurisdiction == Jurisdiction.SCOTLAND) {
            fixed.put(ST_ANDREW, "St Andrew's Day");
        }
        fixed.put(CHRISTMAS, "Christmas Day");
        fixed.put(BOXING_DAY, "Boxing Day");

        List<BankHoliday> holidays = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        rule.forEach((date, name) -> {
            holidays.add(new BankHoliday(jurisdiction, date, name));
            taken.add(date);
        });
        List<Map.Entry<MonthDay, String>> atWeekend = new ArrayList<>();
        for (Map.Entry<MonthDay, String> day : fixed.entrySet()) {
            LocalDate date = day.getKey().atYear(year);
            if (isWeekend(date)) {
                atWeekend.add(day);
            } else {
                holidays.add(new BankHoliday(jurisdiction, date, day.getValue()));
                taken.add(date);
            }
        }
        // A day at a weekend moves to the next weekday that is not already a holiday, in date order:
        // Christmas on a Saturday gives Monday 27th and Boxing Day Tuesday 28th.
        for (Map.Entry<MonthDay, String> day : atWeekend) {
            LocalDate substitute = day.getKey().atYear(year).plusDays(1);
            while (isWeekend(substitute) || taken.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            holidays.add(new BankHoliday(jurisdiction, substitute, day.getValue() + " (substitute day)"));
            taken.add(substitute);
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
