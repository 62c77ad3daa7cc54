package org.coregroup.escalation;

import static org.coregroup.escalation.ContingencyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ArrangeLegalPlanningMeeting} of a contingency review (R29): the date it is held. */
@Component("checkLegalPlanningMeeting")
class CheckLegalPlanningMeeting implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    var date = in.date(LEGAL_PLANNING_MEETING_ON, "The date of the legal planning meeting");
    in.verify();
    task.setVariable(LEGAL_PLANNING_MEETING_ON, date.toString());
  }
}
