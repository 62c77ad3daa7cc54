package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale issue (ADR 0034), PostgreSQL only (the postgres profile's run): the product's connections
 * plan each statement for the values it runs with (a connection property, so every connection of the
 * pool), so a case looked up by its reference reads that case, not an index over every open process.
 */
@CoreGroupTest
class StatementPlanningTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void everyConnectionPlansEachStatementForItsValues() {
    assumeTrue("postgres".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType()),
        "a PostgreSQL setting");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
  }
}
