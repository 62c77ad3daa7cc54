package org.coregroup.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.h2.api.Trigger;

/**
 * H2's guard of the audit table (ADR 0013): refuses every UPDATE, and a DELETE of a row younger
 * than the retention period, so only the retention purge can remove rows. H2 runs inside the
 * product's JVM, so the trigger reads the retention the product was started with.
 */
public class H2AppendOnlyTrigger implements Trigger {

  /** Set by {@link AuditLog} at start-up; until then the documented default. */
  static volatile long retentionDays = AuditLog.DEFAULT_RETENTION_DAYS;

  /** Index of {@code occurred_at} in the table's columns (see {@link AuditLog#CREATE_TABLE}). */
  private static final int OCCURRED_AT = 1;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow != null) {
      throw new SQLException(AuditLog.APPEND_ONLY_MESSAGE);
    }
    Instant written = instant(oldRow[OCCURRED_AT]);
    if (written == null || !written.isBefore(Instant.now().minus(retentionDays, ChronoUnit.DAYS))) {
      throw new SQLException(AuditLog.APPEND_ONLY_MESSAGE);
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    return null;
  }
}
