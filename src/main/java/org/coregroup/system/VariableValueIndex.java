package org.coregroup.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the value of historic variables, which the engine's schema does not have (it indexes
 * their name and type only). A search of the history by a variable's value, such as a child's
 * earlier plans by date of birth (R36), otherwise reads every historic variable of that name: one
 * row per plan ever held, so starting a plan cost more with every plan before it (ADR 0034).
 *
 * <p>On PostgreSQL the index is a hash index: it serves equality, which is what the product asks,
 * and holds a value of any length (a B-tree entry may not exceed about 2,700 bytes, and the column
 * holds up to 4,000 characters). It is built {@code CONCURRENTLY}, so an upgrade of a large
 * database does not block the engine's writes while it builds. On H2 it is an ordinary index.
 * Made once, by whichever node starts first; a node that finds it made does nothing.
 */
@Component
class VariableValueIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "cg_hi_varinst_text";

  private static final Logger LOG = LoggerFactory.getLogger(VariableValueIndex.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String statement = switch (configuration.getDatabaseType()) {
      case "postgres" -> "create index concurrently if not exists " + NAME + " on act_hi_varinst using hash (text_)";
      case "h2" -> "create index if not exists " + NAME + " on ACT_HI_VARINST (TEXT_)";
      default -> null;
    };
    if (statement == null) {
      LOG.warn("No index on historic variable values for database type {}: searches of the history by value "
          + "(a child's earlier plans) read every plan's variables", configuration.getDatabaseType());
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true); // CONCURRENTLY cannot run inside a transaction
      sql.execute(statement);
    } catch (SQLException e) {
      // two nodes starting together: the other one made it first
      LOG.warn("Index {} on historic variable values not made here ({}); another node may have made it", NAME, e.getMessage());
    }
  }
}
