package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartClocksFromBirth}: the plan has recorded an unborn child's birth
 * ({@code Message_BirthRecorded}); the child-seen clocks in force start from the date of birth
 * (R24, R25). Visits recorded before the birth are kept and restart nothing.
 */
@Component("startClocksFromBirth")
class StartClocksFromBirth implements JavaDelegate {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;

  StartClocksFromBirth(MonitoringClocks clocks, DeadlineVariables deadlines) {
    this.clocks = clocks;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CHILD_BORN, true);
    StartMonitoringClocks.startClocks(execution, clocks, deadlines, FormInput.toDate(execution.getVariable(CHILD_BIRTH_DATE)));
  }
}
