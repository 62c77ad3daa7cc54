package org.coregroup.plan;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.springframework.stereotype.Component;

/**
 * ADR 0033: stops the clocks of children whose plan ended while their brothers' or sisters' go on:
 * their monitoring (one per child, called by this plan) is told {@code childPlanEnded}, which its
 * clocks' conditional boundary events end on. Runs in the transaction that ended the plans.
 */
@Component
class ChildClocks {

  private final RuntimeService runtime;

  ChildClocks(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void stop(String planInstanceId, List<Integer> childNumbers) {
    for (Integer number : childNumbers) {
      runtime.createProcessInstanceQuery().superProcessInstanceId(planInstanceId)
          .processDefinitionKey(CaseMonitoringProcess.KEY)
          .variableValueEquals(CaseMonitoringProcess.CHILD_NUMBER, number).list()
          .forEach(monitoring -> runtime.setVariable(monitoring.getId(), CaseMonitoringProcess.CHILD_PLAN_ENDED, true));
    }
  }
}
