package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale issue (ADR 0034): the indexes the engine's schema lacks are there once the product has
 * started, on H2 and on PostgreSQL alike, and made only once however many times a node starts: the
 * history's variable values (a child's earlier plans found by date of birth without reading every
 * plan's variables), a task's parent (a task completed without reading every task) and a job's
 * lock (the job executor's acquisition without reading every job).
 */
@CoreGroupTest
class MissingIndexesTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void theIndexesAreThereOnceTheProductHasStartedAndMadeOnlyOnce() {
    assertThat(indexes(MissingIndexes.VARIABLE_VALUES)).isEqualTo(1);
    assertThat(indexes(MissingIndexes.SUBTASKS)).isEqualTo(1);
    assertThat(indexes(MissingIndexes.JOB_LOCKS)).isEqualTo(1);

    new MissingIndexes().postProcessEngineBuild(engine); // a second node starting on the same database

    assertThat(indexes(MissingIndexes.VARIABLE_VALUES)).as("the second start finds the index made and makes no other").isEqualTo(1);
    assertThat(indexes(MissingIndexes.SUBTASKS)).as("the second start finds the index made and makes no other").isEqualTo(1);
    assertThat(indexes(MissingIndexes.JOB_LOCKS)).as("the second start finds the index made and makes no other").isEqualTo(1);
  }

  @Test
  void theBenchmarksBareEngineGetsOnlyTheIndexesForTheEnginesOwnStatements() {
    jdbc.execute("drop index " + MissingIndexes.VARIABLE_VALUES);
    jdbc.execute("drop index " + MissingIndexes.SUBTASKS);
    try {
      MissingIndexes.forTheEnginesOwnStatements().postProcessEngineBuild(engine);

      assertThat(indexes(MissingIndexes.SUBTASKS)).as("a task's parent: every engine looks for subtasks").isEqualTo(1);
      assertThat(indexes(MissingIndexes.VARIABLE_VALUES)).as("the product's own search of the history is not made").isZero();
    } finally {
      new MissingIndexes().postProcessEngineBuild(engine);
    }
    assertThat(indexes(MissingIndexes.VARIABLE_VALUES)).isEqualTo(1);
  }

  @Test
  void lookingForATasksSubtasksReadsTheIndexNotTheTable() {
    assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")).contains(MissingIndexes.SUBTASKS);
  }

  @Test
  void findingTheJobsInProgressReadsTheIndexNotTheTable() {
    // the job executor's acquisition asks this of every job it might take (its exclusive-job check)
    assertThat(plan("select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_EXP_TIME_ >= current_timestamp"))
        .contains(MissingIndexes.JOB_LOCKS);
  }

  /** The database's plan for the statement, in lower case; on PostgreSQL with sequential scans off (a test database is small). */
  private String plan(String statement) {
    boolean postgres = "postgres".equals(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
    return jdbc.execute((ConnectionCallback<String>) connection -> {
      try (Statement sql = connection.createStatement()) {
        if (postgres) {
          sql.execute("set enable_seqscan = off");
        }
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = sql.executeQuery("explain " + statement)) {
          while (rows.next()) {
            text.append(rows.getString(1)).append('\n');
          }
        } finally {
          if (postgres) {
            sql.execute("reset enable_seqscan");
          }
        }
        return text.toString().toLowerCase();
      }
    });
  }

  private int indexes(String name) {
    String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    String sql = "postgres".equals(database)
        ? "select count(*) from pg_indexes where indexname = ?"
        : "select count(distinct index_name) from information_schema.indexes where lower(index_name) = ?";
    return jdbc.queryForObject(sql, Integer.class, name);
  }
}
