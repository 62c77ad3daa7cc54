package org.coregroup.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The case's history at level full (ADR 0013), without the detail rows that record nothing (scale
 * issue, ADR 0034). Each variable keeps its row in the history of variables (its name, its latest
 * value, when it was made); what is left out is a row in the history of changes ("detail") for:
 * <ul>
 * <li>a variable made with no value: for example, the models make a meeting's answers empty first, so
 * that each member's answers stay with that member's task; the value a person then enters is recorded
 * as a change, as before, and so is a value emptied later;</li>
 * <li>the engine's own counters of a multi-instance activity ({@link #ENGINE_COUNTERS}): how many
 * invitations are still open is bookkeeping, not the case record.</li>
 * </ul>
 * These were about a fifth of all detail rows, the largest history table. The engine's own
 * history handler writes everything else, unchanged; its hook for this
 * ({@code shouldWriteHistoricDetail}) is on an implementation class, the same kind of dependence as
 * ADR 0018's.
 */
@Component
class HistoryWithoutEmptyDetail extends AbstractProcessEnginePlugin {

  /** The variables the engine keeps on a multi-instance activity and each of its instances. */
  static final Set<String> ENGINE_COUNTERS = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Handler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false); // Handler is the database handler
  }

  /** The engine's database history handler, asked to leave out the detail rows above. */
  static class Handler extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && !recordsNothing(event);
    }

    static boolean recordsNothing(HistoricVariableUpdateEventEntity event) {
      if (ENGINE_COUNTERS.contains(event.getVariableName())) {
        return true;
      }
      return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && ValueType.NULL.getName().equals(event.getSerializerName());
    }
  }
}
