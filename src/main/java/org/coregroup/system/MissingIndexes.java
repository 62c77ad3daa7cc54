package org.coregroup.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema does not have, for statements the product makes the engine send
 * often; without them each of those statements reads a whole table, so it costs more with every
 * plan in the deployment (ADR 0034):
 * <ul>
 * <li>{@value #VARIABLE_VALUES}, on the value of historic variables (the engine indexes their name
 * and type only): a search of the history by value, such as a child's earlier plans by date of
 * birth (R36). On PostgreSQL a hash index: it serves equality, which is what the product asks, and
 * holds a value of any length (a B-tree entry may not exceed about 2,700 bytes, and the column holds
 * up to 4,000 characters).</li>
 * <li>{@value #SUBTASKS}, on a task's parent task: the engine looks for a task's subtasks each time
 * a task is completed or deleted, and the schema has no index for it (upstream issue 36824 of
 * camunda/camunda; Camunda added it for SQL Server only).</li>
 * <li>{@value #JOB_LOCKS}, on when a job's lock runs out: each time the job executor acquires jobs it
 * skips those whose process instance has an exclusive job in progress, and PostgreSQL answers that by
 * reading every job for the locked ones (62 ms an acquisition with 148,000 timers waiting; 0.1 ms
 * with the index), so timers fired slower the more plans there were.</li>
 * </ul>
 * On PostgreSQL they are built {@code CONCURRENTLY}, so an upgrade of a large database does not
 * block the engine's writes while they build. Made once, by whichever node starts first; a node
 * that finds one made does nothing.
 */
@Component
public class MissingIndexes extends AbstractProcessEnginePlugin {

  static final String VARIABLE_VALUES = "cg_hi_varinst_text";
  static final String SUBTASKS = "cg_ru_task_parent";
  static final String JOB_LOCKS = "cg_ru_job_lock_exp";

  private static final Logger LOG = LoggerFactory.getLogger(MissingIndexes.class);

  /** The indexes this plugin makes, by name. */
  private final Set<String> made;

  MissingIndexes() {
    this(Set.of(VARIABLE_VALUES, SUBTASKS, JOB_LOCKS));
  }

  private MissingIndexes(Set<String> made) {
    this.made = made;
  }

  /**
   * Only the indexes for statements every Camunda 7 engine sends (a task's subtasks, job locks), not
   * the product's search of the history: for the scale benchmark's bare engine, so it is compared on
   * its work rather than on the schema's defects.
   */
  public static MissingIndexes forTheEnginesOwnStatements() {
    return new MissingIndexes(Set.of(SUBTASKS, JOB_LOCKS));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Map<String, String> byName = switch (configuration.getDatabaseType()) {
      case "postgres" -> Map.of(
          VARIABLE_VALUES, "create index concurrently if not exists " + VARIABLE_VALUES + " on act_hi_varinst using hash (text_)",
          SUBTASKS, "create index concurrently if not exists " + SUBTASKS + " on act_ru_task (parent_task_id_)",
          JOB_LOCKS, "create index concurrently if not exists " + JOB_LOCKS + " on act_ru_job (lock_exp_time_)");
      case "h2" -> Map.of(
          VARIABLE_VALUES, "create index if not exists " + VARIABLE_VALUES + " on ACT_HI_VARINST (TEXT_)",
          SUBTASKS, "create index if not exists " + SUBTASKS + " on ACT_RU_TASK (PARENT_TASK_ID_)",
          JOB_LOCKS, "create index if not exists " + JOB_LOCKS + " on ACT_RU_JOB (LOCK_EXP_TIME_)");
      default -> Map.of();
    };
    List<String> statements = made.stream().sorted().map(byName::get).filter(Objects::nonNull).toList();
    if (statements.isEmpty()) {
      LOG.warn("No index on historic variable values, subtasks or job locks for database type {}: searches of the history "
          + "by value (a child's earlier plans), every task completed and every job acquisition read a whole table",
          configuration.getDatabaseType());
      return;
    }
    for (String statement : statements) {
      try (Connection connection = configuration.getDataSource().getConnection();
          Statement sql = connection.createStatement()) {
        connection.setAutoCommit(true); // CONCURRENTLY cannot run inside a transaction
        sql.execute(statement);
      } catch (SQLException e) {
        // two nodes starting together: the other one made it first
        LOG.warn("Index not made here ({}): {}; another node may have made it", statement, e.getMessage());
      }
    }
  }
}
