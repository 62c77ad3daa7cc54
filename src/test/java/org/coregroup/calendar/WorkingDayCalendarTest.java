package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coregroup.calendar.Jurisdiction.ENGLAND_AND_WALES;
import static org.coregroup.calendar.Jurisdiction.NORTHERN_IRELAND;
import static org.coregroup.calendar.Jurisdiction.SCOTLAND;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final InMemoryClosureDayStore store = new InMemoryClosureDayStore();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(store);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class WorkedExamples {

        @Test
        @DisplayName("Counting days: \"ICPC Monday 2025-12-15, first core group due 2025-12-31\" (10 working days over Christmas)")
        void icpcToFirstCoreGroup() {
            assertThat(calendar.addWorkingDays(date("2025-12-15"), 10, ENGLAND_AND_WALES)).isEqualTo(date("2025-12-31"));
        }

        @Test
        @DisplayName("Counting days: \"Meeting Thursday 2025-04-17, minutes due 2025-04-28\" (5 working days over Easter)")
        void meetingToMinutes() {
            assertThat(calendar.addWorkingDays(date("2025-04-17"), 5, ENGLAND_AND_WALES)).isEqualTo(date("2025-04-28"));
        }
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-12-15, 0, 2025-12-15",
                "2025-12-13, 0, 2025-12-13",
                "2025-12-15, 1, 2025-12-16",
                "2025-12-19, 1, 2025-12-22",
                "2025-12-20, 1, 2025-12-22",
                "2025-12-24, 1, 2025-12-29"})
        @DisplayName("Counting days: \"X is day 0; the deadline is the Nth working day after X\"")
        void xIsDayZero(LocalDate from, int n, LocalDate expected) {
            assertThat(calendar.addWorkingDays(from, n, ENGLAND_AND_WALES)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "2025-06-13, true",   // Friday
                "2025-06-14, false",  // Saturday
                "2025-06-15, false",  // Sunday
                "2025-06-16, true",   // Monday
                "2025-12-25, false",
                "2025-12-24, true"})
        @DisplayName("Counting days: \"Working days exclude Saturdays, Sundays and the bank holidays\"")
        void weekendsAndHolidaysAreNotWorkingDays(LocalDate date, boolean working) {
            assertThat(calendar.isWorkingDay(date, ENGLAND_AND_WALES)).isEqualTo(working);
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2021-12-24, 1, 2021-12-29",  // Christmas Saturday: Monday 27 and Tuesday 28 are substitutes
                "2021-12-31, 1, 2022-01-04",  // New Year Saturday: Monday 3 January 2022 is the substitute
                "2022-12-23, 1, 2022-12-28",  // Christmas Sunday: Boxing Day Monday 26, substitute Tuesday 27
                "2023-12-29, 1, 2024-01-02",
                "2027-12-24, 1, 2027-12-29",  // Christmas Saturday again: 27 and 28
                "2027-12-31, 1, 2028-01-04"}) // New Year 2028 is a Saturday: Monday 3 January
        @DisplayName("Counting days: \"Bank holidays include substitute days\" - a holiday at a weekend moves to a weekday")
        void substituteDays(LocalDate from, int n, LocalDate expected) {
            assertThat(calendar.addWorkingDays(from, n, ENGLAND_AND_WALES)).isEqualTo(expected);
            assertThat(calendar.isWorkingDay(date("2021-12-27"), ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isWorkingDay(date("2021-12-28"), ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isWorkingDay(date("2022-01-03"), ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isWorkingDay(date("2027-12-27"), ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isWorkingDay(date("2027-12-28"), ENGLAND_AND_WALES)).isFalse();
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2020-05-07, 1, 2020-05-11",  // VE day Friday 8 May 2020
                "2020-05-01, 1, 2020-05-04",  // ... so Monday 4 May 2020 was a working day
                "2022-06-01, 1, 2022-06-06",  // Platinum Jubilee Thursday 2 and Friday 3 June 2022
                "2022-05-27, 1, 2022-05-30",  // ... and the spring holiday was not on Monday 30 May
                "2022-09-16, 1, 2022-09-20",  // state funeral Monday 19 September 2022
                "2023-05-05, 1, 2023-05-09"}) // coronation Monday 8 May 2023
        @DisplayName("Counting days: \"one-off days (2020-05-08, 2022-06-02, 2022-06-03, 2022-09-19, 2023-05-08)\"")
        void oneOffDays(LocalDate from, int n, LocalDate expected) {
            assertThat(calendar.addWorkingDays(from, n, ENGLAND_AND_WALES)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} + {1} in {2} = {3}")
        @CsvSource({
                "2026-12-23, 3, ENGLAND_AND_WALES, 2026-12-30",
                "2026-12-23, 5, ENGLAND_AND_WALES, 2027-01-04",
                "2026-12-23, 5, SCOTLAND, 2027-01-05",          // 2 January 2027 is a Saturday: Monday 4 is its substitute
                "2025-12-31, 1, ENGLAND_AND_WALES, 2026-01-02",
                "2025-12-31, 1, SCOTLAND, 2026-01-05"})
        @DisplayName("Counting days: the Nth working day across a year end")
        void yearEnd(LocalDate from, int n, Jurisdiction jurisdiction, LocalDate expected) {
            assertThat(calendar.addWorkingDays(from, n, jurisdiction)).isEqualTo(expected);
        }

        @Test
        @DisplayName("Counting days: leap days are ordinary working days (2024-02-29, 2028-02-29)")
        void leapYears() {
            assertThat(calendar.addWorkingDays(date("2024-02-28"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2024-02-29"));
            assertThat(calendar.addWorkingDays(date("2024-02-27"), 3, ENGLAND_AND_WALES)).isEqualTo(date("2024-03-01"));
            assertThat(calendar.addWorkingDays(date("2028-02-28"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2028-02-29"));
            assertThat(calendar.isWorkingDay(date("2028-02-29"), ENGLAND_AND_WALES)).isTrue();
        }

        @Test
        @DisplayName("Counting days: working days are counted as dates, unaffected by the clock changes of 2025-03-30 and 2025-10-26")
        void clockChangeWeekends() {
            assertThat(calendar.addWorkingDays(date("2025-03-28"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2025-03-31"));
            assertThat(calendar.addWorkingDays(date("2025-03-27"), 3, ENGLAND_AND_WALES)).isEqualTo(date("2025-04-01"));
            assertThat(calendar.addWorkingDays(date("2025-10-24"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2025-10-27"));
            assertThat(calendar.addWorkingDays(date("2025-10-23"), 3, ENGLAND_AND_WALES)).isEqualTo(date("2025-10-28"));
        }
    }

    @Nested
    class Jurisdictions {

        @Test
        @DisplayName("Counting days: \"Scotland ... selectable\" - 2 January and St Andrew's Day are Scottish holidays only")
        void scotland() {
            assertThat(calendar.isWorkingDay(date("2025-01-02"), SCOTLAND)).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-01-02"), ENGLAND_AND_WALES)).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-11-30"), SCOTLAND)).isFalse(); // St Andrew's Day, a Monday
            assertThat(calendar.isWorkingDay(date("2026-11-30"), ENGLAND_AND_WALES)).isTrue();
            // St Andrew's Day 2025 is a Sunday: Monday 1 December is its substitute.
            assertThat(calendar.isWorkingDay(date("2025-12-01"), SCOTLAND)).isFalse();
            assertThat(calendar.isWorkingDay(date("2024-12-02"), SCOTLAND)).isFalse();
            assertThat(calendar.addWorkingDays(date("2025-11-28"), 1, SCOTLAND)).isEqualTo(date("2025-12-02"));
        }

        @Test
        @DisplayName("Counting days: Scotland has no Easter Monday, a summer holiday on the first Monday of August and the 2026 World Cup holiday")
        void scotlandDiffersFromEnglandAndWales() {
            assertThat(calendar.isWorkingDay(date("2025-04-21"), SCOTLAND)).isTrue();
            assertThat(calendar.isWorkingDay(date("2025-08-04"), SCOTLAND)).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-08-25"), SCOTLAND)).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-06-15"), SCOTLAND)).isFalse();
            assertThat(calendar.isWorkingDay(date("2026-06-15"), ENGLAND_AND_WALES)).isTrue();
            assertThat(calendar.addWorkingDays(date("2025-04-17"), 5, SCOTLAND)).isEqualTo(date("2025-04-25"));
        }

        @ParameterizedTest(name = "{0} is not a working day in Northern Ireland")
        @CsvSource({
                "2025-03-17",  // St Patrick's Day, a Monday
                "2026-03-17",  // a Tuesday
                "2024-03-18",  // 17 March 2024 is a Sunday
                "2021-07-12",  // Battle of the Boyne, a Monday
                "2020-07-13",  // 12 July 2020 is a Sunday
                "2025-07-14",  // 12 July 2025 is a Saturday
                "2026-07-13",  // 12 July 2026 is a Sunday
                "2029-03-19"}) // computed: 17 March 2029 is a Saturday
        @DisplayName("Counting days: \"Northern Ireland ... selectable\" - St Patrick's Day and the Boyne, with substitutes")
        void northernIreland(LocalDate holiday) {
            assertThat(calendar.isWorkingDay(holiday, NORTHERN_IRELAND)).isFalse();
            assertThat(calendar.isWorkingDay(holiday, ENGLAND_AND_WALES)).isTrue();
        }

        @Test
        @DisplayName("Counting days: Northern Ireland's working days skip 17 March and 12 July")
        void northernIrelandWorkingDays() {
            assertThat(calendar.addWorkingDays(date("2026-03-16"), 1, NORTHERN_IRELAND)).isEqualTo(date("2026-03-18"));
            assertThat(calendar.addWorkingDays(date("2025-07-11"), 1, NORTHERN_IRELAND)).isEqualTo(date("2025-07-15"));
            assertThat(calendar.addWorkingDays(date("2025-07-11"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2025-07-14"));
        }
    }

    @Nested
    class ComputedYears {

        @Test
        @DisplayName("Counting days: \"Years beyond the known list follow the standard rules (Easter by computus ...)\" - 2029")
        void englandAndWales2029() {
            assertThat(calendar.holidays(2029, ENGLAND_AND_WALES)).containsExactly(
                    date("2029-01-01"), date("2029-03-30"), date("2029-04-02"), date("2029-05-07"),
                    date("2029-05-28"), date("2029-08-27"), date("2029-12-25"), date("2029-12-26"));
            assertThat(calendar.addWorkingDays(date("2029-03-29"), 1, ENGLAND_AND_WALES)).isEqualTo(date("2029-04-03"));
        }

        @Test
        @DisplayName("Counting days: standard rules for Scotland and Northern Ireland - 2029 and 2030")
        void otherJurisdictions2029() {
            assertThat(calendar.holidays(2029, SCOTLAND)).containsExactly(
                    date("2029-01-01"), date("2029-01-02"), date("2029-03-30"), date("2029-05-07"),
                    date("2029-05-28"), date("2029-08-06"), date("2029-11-30"), date("2029-12-25"), date("2029-12-26"));
            assertThat(calendar.holidays(2029, NORTHERN_IRELAND)).containsExactly(
                    date("2029-01-01"), date("2029-03-19"), date("2029-03-30"), date("2029-04-02"), date("2029-05-07"),
                    date("2029-05-28"), date("2029-07-12"), date("2029-08-27"), date("2029-12-25"), date("2029-12-26"));
            assertThat(calendar.isWorkingDay(date("2030-12-02"), SCOTLAND)).isFalse(); // St Andrew's Day 2030 is a Saturday
        }

        @Test
        @DisplayName("Counting days: \"Christmas and Boxing Day with substitutes\" in computed years")
        void computedSubstitutes() {
            // 2032: Christmas on a Saturday, Boxing Day on a Sunday.
            assertThat(calendar.holidays(2032, ENGLAND_AND_WALES)).contains(date("2032-12-27"), date("2032-12-28"));
            // 2033: Christmas on a Sunday; Boxing Day Monday 26, substitute Tuesday 27.
            assertThat(calendar.holidays(2033, ENGLAND_AND_WALES)).contains(date("2033-12-26"), date("2033-12-27"));
            // 2034: 1 January a Sunday, 2 January a Monday: Scotland gets Monday 2 and Tuesday 3.
            assertThat(calendar.holidays(2034, SCOTLAND)).startsWith(date("2034-01-02"), date("2034-01-03"));
            assertThat(calendar.holidays(2034, ENGLAND_AND_WALES)).startsWith(date("2034-01-02"), date("2034-04-07"));
        }

        @Test
        @DisplayName("Counting days: \"a deadline that depends on such a year is marked provisional\"")
        void provisional() {
            assertThat(calendar.isProvisional(date("2025-12-15"), date("2025-12-31"), ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isProvisional(date("2020-01-01"), date("2028-12-31"), SCOTLAND)).isFalse();
            assertThat(calendar.isProvisional(date("2028-12-20"), date("2029-01-04"), ENGLAND_AND_WALES)).isTrue();
            assertThat(calendar.isProvisional(date("2029-03-29"), date("2029-04-03"), NORTHERN_IRELAND)).isTrue();
            assertThat(calendar.isProvisional(date("2019-12-20"), date("2020-01-06"), ENGLAND_AND_WALES)).isTrue();
            assertThat(calendar.isProvisional(date("2029-01-04"), date("2028-12-20"), ENGLAND_AND_WALES)).isTrue();
        }

        @Test
        @DisplayName("Counting days: a year the given holidays do not list is computed and provisional")
        void knownYearsComeFromTheGivenHolidays() {
            WorkingDayCalendar only2025 = new WorkingDayCalendar(
                    List.of(new BankHoliday(ENGLAND_AND_WALES, date("2025-06-02"), "Test holiday")), store);
            assertThat(only2025.isWorkingDay(date("2025-06-02"), ENGLAND_AND_WALES)).isFalse();
            assertThat(only2025.isWorkingDay(date("2025-12-25"), ENGLAND_AND_WALES)).isTrue();
            assertThat(only2025.isProvisional(date("2025-01-01"), date("2025-12-31"), ENGLAND_AND_WALES)).isFalse();
            assertThat(only2025.isProvisional(date("2025-01-01"), date("2025-12-31"), SCOTLAND)).isTrue();
            assertThat(only2025.isWorkingDay(date("2025-01-02"), SCOTLAND)).isFalse();
        }
    }

    @Nested
    class CalendarDays {

        @Test
        @DisplayName("Counting days: \"Within N days\": calendar days")
        void days() {
            assertThat(calendar.addDays(date("2025-12-15"), 15)).isEqualTo(date("2025-12-30"));
            assertThat(calendar.addDays(date("2025-12-15"), 0)).isEqualTo(date("2025-12-15"));
        }

        @Test
        @DisplayName("Counting days: \"N weeks\": 7N calendar days")
        void weeks() {
            assertThat(calendar.addWeeks(date("2025-12-15"), 6)).isEqualTo(date("2026-01-26"));
        }

        @ParameterizedTest(name = "{0} + {1} months = {2}")
        @CsvSource({
                "2025-01-31, 1, 2025-02-28",
                "2024-01-31, 1, 2024-02-29",
                "2025-11-30, 3, 2026-02-28",
                "2027-11-30, 3, 2028-02-29",
                "2025-12-15, 3, 2026-03-15",
                "2024-02-29, 12, 2025-02-28"})
        @DisplayName("Counting days: \"3 months\": calendar months, clamped at month end (31 Jan + 1 month = 28/29 Feb)")
        void months(LocalDate from, int months, LocalDate expected) {
            assertThat(calendar.addMonths(from, months)).isEqualTo(expected);
        }
    }

    @Nested
    class ClosureDays {

        @Test
        @DisplayName("Counting days: a closure day an administrator adds is not a working day until removed")
        void addThenRemove() {
            LocalDate closed = date("2025-12-29");
            calendar.addClosureDay(new ClosureDay(ENGLAND_AND_WALES, closed, "Council closure day"));

            assertThat(calendar.isWorkingDay(closed, ENGLAND_AND_WALES)).isFalse();
            assertThat(calendar.isWorkingDay(closed, SCOTLAND)).isTrue();
            assertThat(calendar.addWorkingDays(date("2025-12-15"), 10, ENGLAND_AND_WALES)).isEqualTo(date("2026-01-02"));
            assertThat(calendar.holidays(2025, ENGLAND_AND_WALES)).contains(closed).hasSize(9);

            assertThat(calendar.removeClosureDay(ENGLAND_AND_WALES, closed)).isTrue();
            assertThat(calendar.removeClosureDay(ENGLAND_AND_WALES, closed)).isFalse();
            assertThat(calendar.isWorkingDay(closed, ENGLAND_AND_WALES)).isTrue();
            assertThat(calendar.addWorkingDays(date("2025-12-15"), 10, ENGLAND_AND_WALES)).isEqualTo(date("2025-12-31"));
            assertThat(calendar.holidays(2025, ENGLAND_AND_WALES)).doesNotContain(closed).hasSize(8);
        }

        @Test
        @DisplayName("Counting days: a closure day added straight to the store counts at the next call")
        void storeIsReadOnEveryCall() {
            store.add(new ClosureDay(SCOTLAND, date("2025-04-21"), "Newly announced holiday"));
            assertThat(calendar.isWorkingDay(date("2025-04-21"), SCOTLAND)).isFalse();
            assertThat(calendar.addWorkingDays(date("2025-04-17"), 5, SCOTLAND)).isEqualTo(date("2025-04-28"));
        }
    }

    @Nested
    class BadInput {

        @Test
        @DisplayName("Counting days: a null date fails naming the argument")
        void nullDates() {
            assertThatThrownBy(() -> calendar.isWorkingDay(null, ENGLAND_AND_WALES))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
            assertThatThrownBy(() -> calendar.addWorkingDays(null, 1, ENGLAND_AND_WALES))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
            assertThatThrownBy(() -> calendar.addDays(null, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
            assertThatThrownBy(() -> calendar.addWeeks(null, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
            assertThatThrownBy(() -> calendar.addMonths(null, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
            assertThatThrownBy(() -> calendar.isProvisional(date("2025-01-01"), null, ENGLAND_AND_WALES))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("to must not be null");
            assertThatThrownBy(() -> calendar.isWorkingDay(date("2025-01-01"), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("jurisdiction must not be null");
            assertThatThrownBy(() -> calendar.addClosureDay(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("closureDay must not be null");
            assertThatThrownBy(() -> calendar.removeClosureDay(ENGLAND_AND_WALES, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
        }

        @Test
        @DisplayName("Counting days: a negative count fails naming the value")
        void negativeCounts() {
            LocalDate from = date("2025-12-15");
            assertThatThrownBy(() -> calendar.addWorkingDays(from, -1, ENGLAND_AND_WALES))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("workingDays must not be negative (was -1)");
            assertThatThrownBy(() -> calendar.addDays(from, -2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("days must not be negative (was -2)");
            assertThatThrownBy(() -> calendar.addWeeks(from, -3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("weeks must not be negative (was -3)");
            assertThatThrownBy(() -> calendar.addMonths(from, -4))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("months must not be negative (was -4)");
        }

        @Test
        @DisplayName("Counting days: a closure day needs a jurisdiction, a date and a name")
        void invalidClosureDays() {
            assertThatThrownBy(() -> new ClosureDay(null, date("2025-12-29"), "Closed"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("jurisdiction must not be null");
            assertThatThrownBy(() -> new ClosureDay(ENGLAND_AND_WALES, null, "Closed"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
            assertThatThrownBy(() -> new ClosureDay(ENGLAND_AND_WALES, date("2025-12-29"), " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank (was ' ')");
            assertThatThrownBy(() -> new ClosureDay(ENGLAND_AND_WALES, date("2025-12-29"), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank (was null)");
            assertThatThrownBy(() -> new ClosureDay(ENGLAND_AND_WALES, date("2025-12-29"), "x".repeat(201)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("name must be at most 200 characters (was 201)");
            assertThat(new ClosureDay(ENGLAND_AND_WALES, date("2025-12-29"), "  Closed ").name()).isEqualTo("Closed");
        }
    }
}
