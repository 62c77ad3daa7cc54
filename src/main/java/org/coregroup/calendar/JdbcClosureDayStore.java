package org.coregroup.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * Closure days in table {@code cg_closure_day}, created when missing. The SQL runs on H2 2.x and
 * PostgreSQL 15; the date column is {@code closure_date} because {@code day} is a keyword in H2 2.x.
 */
@Repository
public class JdbcClosureDayStore implements ClosureDayStore {

    static final String CREATE_TABLE = "create table if not exists cg_closure_day ("
            + "jurisdiction varchar(32) not null, "
            + "closure_date date not null, "
            + "name varchar(" + ClosureDay.MAX_NAME_LENGTH + ") not null, "
            + "primary key (jurisdiction, closure_date))";

    private final JdbcTemplate jdbc;

    public JdbcClosureDayStore(JdbcTemplate jdbc) {
        Assert.notNull(jdbc, "jdbc must not be null");
        this.jdbc = jdbc;
        jdbc.execute(CREATE_TABLE);
    }

    @Override
    public List<ClosureDay> all() {
        return jdbc.query(
                "select jurisdiction, closure_date, name from cg_closure_day order by closure_date, jurisdiction",
                (rs, row) -> new ClosureDay(
                        Jurisdiction.fromCode(rs.getString("jurisdiction")),
                        rs.getObject("closure_date", LocalDate.class),
                        rs.getString("name")));
    }

    @Override
    public void add(ClosureDay closureDay) {
        Assert.notNull(closureDay, "closureDay must not be null");
        // Update then insert: plain SQL that both databases run, unlike their upsert dialects.
        int updated = jdbc.update("update cg_closure_day set name = ? where jurisdiction = ? and closure_date = ?",
                closureDay.name(), closureDay.jurisdiction().code(), closureDay.date());
        if (updated == 0) {
            jdbc.update("insert into cg_closure_day (jurisdiction, closure_date, name) values (?, ?, ?)",
                    closureDay.jurisdiction().code(), closureDay.date(), closureDay.name());
        }
    }

    @Override
    public boolean remove(Jurisdiction jurisdiction, LocalDate date) {
        Assert.notNull(jurisdiction, "jurisdiction must not be null");
        Assert.notNull(date, "date must not be null");
        return jdbc.update("delete from cg_closure_day where jurisdiction = ? and closure_date = ?",
                jurisdiction.code(), date) > 0;
    }
}
