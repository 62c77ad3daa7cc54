package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coregroup.calendar.Jurisdiction.ENGLAND_AND_WALES;
import static org.coregroup.calendar.Jurisdiction.NORTHERN_IRELAND;
import static org.coregroup.calendar.Jurisdiction.SCOTLAND;

import java.time.LocalDate;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcClosureDayStoreTest {

    private JdbcTemplate jdbc;
    private JdbcClosureDayStore store;

    @BeforeEach
    void createStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cal;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        store = new JdbcClosureDayStore(jdbc);
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("drop table if exists cg_closure_day");
    }

    @Test
    @DisplayName("Counting days: closure days are kept in cg_closure_day, sorted by date then jurisdiction")
    void addsAndLists() {
        store.add(new ClosureDay(SCOTLAND, LocalDate.of(2025, 12, 29), "Council closure day"));
        store.add(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));
        store.add(new ClosureDay(NORTHERN_IRELAND, LocalDate.of(2025, 6, 2), "Newly announced holiday"));

        assertThat(store.all()).containsExactly(
                new ClosureDay(NORTHERN_IRELAND, LocalDate.of(2025, 6, 2), "Newly announced holiday"),
                new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"),
                new ClosureDay(SCOTLAND, LocalDate.of(2025, 12, 29), "Council closure day"));
        assertThat(jdbc.queryForObject("select jurisdiction from cg_closure_day where closure_date = date '2025-06-02'",
                String.class)).isEqualTo("northern-ireland");
    }

    @Test
    @DisplayName("Counting days: adding a day already closed renames it")
    void addingAgainRenames() {
        store.add(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Closure"));
        store.add(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));

        assertThat(store.all()).containsExactly(
                new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));
    }

    @Test
    @DisplayName("Counting days: removing a closure day reopens only that jurisdiction's day")
    void removes() {
        store.add(new ClosureDay(SCOTLAND, LocalDate.of(2025, 12, 29), "Council closure day"));
        store.add(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));

        assertThat(store.remove(SCOTLAND, LocalDate.of(2025, 12, 29))).isTrue();
        assertThat(store.remove(SCOTLAND, LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(store.all()).containsExactly(
                new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));
    }

    @Test
    @DisplayName("Counting days: the table survives a second store on the same database (create if missing)")
    void createsTableOnlyWhenMissing() {
        store.add(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));

        JdbcClosureDayStore second = new JdbcClosureDayStore(jdbc);

        assertThat(second.all()).hasSize(1);
    }

    @Test
    @DisplayName("Counting days: a calendar on the database store counts closure days as non-working days")
    void calendarUsesTheStore() {
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(store);
        calendar.addClosureDay(new ClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29), "Council closure day"));

        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 15), 10, ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(calendar.removeClosureDay(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 29))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 15), 10, ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("Counting days: the store rejects null arguments naming them")
    void rejectsNulls() {
        assertThatThrownBy(() -> store.add(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("closureDay must not be null");
        assertThatThrownBy(() -> store.remove(null, LocalDate.of(2025, 12, 29)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("jurisdiction must not be null");
        assertThatThrownBy(() -> store.remove(SCOTLAND, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
    }
}
