package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ArrangeLegalPlanningMeeting} after a drift review (R31): the date it is held. */
@Component("checkDriftLegalPlanningMeeting")
class CheckDriftLegalPlanningMeeting implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    in.date(LEGAL_PLANNING_MEETING_ON, "The date of the legal planning meeting");
    in.verify();
    task.setVariable(LEGAL_PLANNING_MEETING_ON, in.date(LEGAL_PLANNING_MEETING_ON, "").toString());
  }
}
