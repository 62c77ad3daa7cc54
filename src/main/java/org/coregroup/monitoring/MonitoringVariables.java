package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.input.ProcessVariables;

/** The monitoring process's variables: {@link ProcessVariables} with the case's jurisdiction. */
final class MonitoringVariables extends ProcessVariables {

  MonitoringVariables(VariableScope scope) {
    super(scope);
  }

  Jurisdiction jurisdiction() {
    return jurisdiction(JURISDICTION);
  }
}
