package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.InputRejected;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_SeeChild} and {@code Task_SeeChildAlone}: the overdue stays in the key
 * worker's list until a visit that counts is recorded (R24, R25); the visit closes the task.
 */
@Component("refuseUntilVisit")
class RefuseUntilVisit implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    throw new InputRejected(VISIT_DATE, "this task closes by itself when the visit is recorded: start "
        + "'Record a visit' for case " + task.getExecution().getProcessBusinessKey() + " once the child has been seen");
  }
}
