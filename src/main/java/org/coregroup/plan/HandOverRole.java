package org.coregroup.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_HandOverRole}: the new key worker, team manager or chair takes over tasks, assignments and access. */
@Component("handOverRole")
class HandOverRole implements JavaDelegate {

  private final CoreGroupChange change;

  HandOverRole(CoreGroupChange change) {
    this.change = change;
  }

  @Override
  public void execute(DelegateExecution execution) {
    change.handOver(execution);
  }
}
