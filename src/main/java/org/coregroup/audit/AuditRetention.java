package org.coregroup.audit;

import org.coregroup.calendar.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes audit rows older than the retention period once a night (UK GDPR storage limitation).
 * Runs on the engine's clock, like every other deadline of the product; tests call {@link #purge}
 * after moving that clock. {@code coregroup.audit.purge-cron: "-"} switches the schedule off.
 */
@Component
class AuditRetention {

  private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditLog log;

  AuditRetention(AuditLog log) {
    this.log = log;
  }

  @Scheduled(cron = "${coregroup.audit.purge-cron:0 30 2 * * *}", zone = "Europe/London")
  void purgeNightly() {
    purge();
  }

  int purge() {
    int removed = log.purge(EngineClock.now().toInstant());
    if (removed > 0) {
      LOG.info("Audit trail: removed {} rows older than {}", removed, log.retention());
    }
    return removed;
  }
}
