package org.coregroup.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AddMember}: the new member is in the case at once (R2, [004 4.9]). */
@Component("addMember")
class AddMember implements JavaDelegate {

  private final CoreGroupChange change;

  AddMember(CoreGroupChange change) {
    this.change = change;
  }

  @Override
  public void execute(DelegateExecution execution) {
    change.join(execution);
  }
}
