package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale issue (ADR 0034): the history's variable values are indexed, so a child's earlier plans are
 * found by date of birth without reading every plan's variables. Made on the product's own start,
 * on H2 and on PostgreSQL alike, and made only once however many times a node starts.
 */
@CoreGroupTest
class VariableValueIndexTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void theHistorysVariableValuesAreIndexedOnceTheProductHasStarted() {
    assertThat(indexes()).isEqualTo(1);

    new VariableValueIndex().postProcessEngineBuild(engine); // a second node starting on the same database

    assertThat(indexes()).as("the second start finds the index made and makes no other").isEqualTo(1);
  }

  private int indexes() {
    String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    String sql = "postgres".equals(database)
        ? "select count(*) from pg_indexes where indexname = ?"
        : "select count(distinct index_name) from information_schema.indexes where lower(index_name) = ?";
    return jdbc.queryForObject(sql, Integer.class, VariableValueIndex.NAME);
  }
}
