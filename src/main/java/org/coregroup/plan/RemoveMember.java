package org.coregroup.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RemoveMember}: the member leaves: access ends now, their tasks go to the key worker (R2). */
@Component("removeMember")
class RemoveMember implements JavaDelegate {

  private final CoreGroupChange change;

  RemoveMember(CoreGroupChange change) {
    this.change = change;
  }

  @Override
  public void execute(DelegateExecution execution) {
    change.leave(execution);
  }
}
