package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The data file {@value WorkingDayCalendar#HOLIDAYS_RESOURCE} against the rules and the published lists. */
class BankHolidayDataTest {

    /** Requirements "Counting days", England and Wales 2020-2028, as written there. */
    private static final Map<Integer, String> ENGLAND_AND_WALES = Map.of(
            2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            2028, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26");

    /** GOV.UK's list for Scotland, including the one-off World Cup bank holiday of 15 June 2026. */
    private static final Map<Integer, String> SCOTLAND = Map.of(
            2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
            2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
            2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
            2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
            2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
            2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
            2026, "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28",
            2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
            2028, "01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26");

    /** GOV.UK's list for Northern Ireland: England and Wales plus St Patrick's Day and the Boyne. */
    private static final Map<Integer, String> NORTHERN_IRELAND = Map.of(
            2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28",
            2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28",
            2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27",
            2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26",
            2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
            2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
            2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
            2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
            2028, "01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26");

    private static final List<BankHoliday> FILE = WorkingDayCalendar.readHolidays();
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(FILE, new InMemoryClosureDayStore());

    static Stream<LocalDate> englandAndWalesDates() {
        return ENGLAND_AND_WALES.entrySet().stream().flatMap(year -> dates(year.getKey(), year.getValue()).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englandAndWalesDates")
    @DisplayName("Counting days: \"England and Wales, 2020-2028\" - each listed date is a bank holiday, not a working day")
    void everyListedEnglandAndWalesDateIsAHoliday(LocalDate date) {
        assertThat(CALENDAR.isWorkingDay(date, Jurisdiction.ENGLAND_AND_WALES)).isFalse();
        assertThat(CALENDAR.holidays(date.getYear(), Jurisdiction.ENGLAND_AND_WALES)).contains(date);
    }

    static Stream<Arguments> knownYears() {
        return Stream.of(Jurisdiction.values()).flatMap(jurisdiction -> IntStream.rangeClosed(2020, 2028)
                .mapToObj(year -> Arguments.of(jurisdiction, year)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("knownYears")
    @DisplayName("Counting days: \"Bank holidays include substitute days and one-off days\" - the file lists exactly the published days of each year")
    void fileHasExactlyThePublishedDays(Jurisdiction jurisdiction, int year) {
        Map<Integer, String> published = switch (jurisdiction) {
            case ENGLAND_AND_WALES -> ENGLAND_AND_WALES;
            case SCOTLAND -> SCOTLAND;
            case NORTHERN_IRELAND -> NORTHERN_IRELAND;
        };
        assertThat(fileDates(jurisdiction, year)).containsExactlyElementsOf(dates(year, published.get(year)));
        assertThat(CALENDAR.holidays(year, jurisdiction)).containsExactlyElementsOf(dates(year, published.get(year)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("knownYears")
    @DisplayName("Counting days: \"Years beyond the known list follow the standard rules\" - the rules give the file's days but for the one-off days")
    void standardRulesReproduceTheFile(Jurisdiction jurisdiction, int year) {
        Set<LocalDate> expected = StandardHolidays.of(year, jurisdiction).stream()
                .map(BankHoliday::date)
                .collect(Collectors.toCollection(TreeSet::new));
        switch (year) {
            case 2020 -> { // VE day: the early May bank holiday moved from Monday 4 to Friday 8 May
                expected.remove(LocalDate.of(2020, 5, 4));
                expected.add(LocalDate.of(2020, 5, 8));
            }
            case 2022 -> { // Platinum Jubilee: spring holiday moved to 2 June, 3 June added; state funeral
                expected.remove(LocalDate.of(2022, 5, 30));
                expected.addAll(List.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)));
            }
            case 2023 -> expected.add(LocalDate.of(2023, 5, 8)); // coronation
            case 2026 -> {
                if (jurisdiction == Jurisdiction.SCOTLAND) {
                    expected.add(LocalDate.of(2026, 6, 15)); // World Cup bank holiday
                }
            }
            default -> { }
        }
        assertThat(fileDates(jurisdiction, year)).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("Counting days: substitute days - no listed bank holiday falls at a weekend, none is listed twice")
    void everyListedDayIsAWeekdayOnce() {
        assertThat(FILE).allSatisfy(holiday -> assertThat(holiday.date().getDayOfWeek())
                .as(holiday.toString())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(FILE.stream().map(holiday -> holiday.jurisdiction() + " " + holiday.date())).doesNotHaveDuplicates();
        assertThat(FILE).hasSize(75 + 85 + 93);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Jurisdiction.class)
    @DisplayName("Counting days: \"2020-05-08, 2022-06-02, 2022-06-03, 2022-09-19, 2023-05-08\" are one-off days in every jurisdiction")
    void oneOffDaysApplyUkWide(Jurisdiction jurisdiction) {
        for (LocalDate oneOff : List.of(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8))) {
            assertThat(CALENDAR.isWorkingDay(oneOff, jurisdiction)).as(oneOff.toString()).isFalse();
        }
        // The days the one-offs replaced are ordinary working days.
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 4), jurisdiction)).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 5, 30), jurisdiction)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01",
            "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22", "1818, 1818-03-22", "1943, 1943-04-25"})
    @DisplayName("Counting days: \"Easter by computus\" - the anonymous Gregorian computus gives Easter Sunday")
    void computusGivesEasterSunday(int year, LocalDate easter) {
        assertThat(StandardHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    private static List<LocalDate> fileDates(Jurisdiction jurisdiction, int year) {
        return FILE.stream()
                .filter(holiday -> holiday.jurisdiction() == jurisdiction && holiday.date().getYear() == year)
                .map(BankHoliday::date)
                .sorted()
                .toList();
    }

    private static List<LocalDate> dates(int year, String monthDays) {
        return Arrays.stream(monthDays.split(" ")).map(monthDay -> LocalDate.parse(year + "-" + monthDay)).toList();
    }
}
