package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of {@code Task_HoldReviewConference}: whether the form asks the chair for the date of
 * the next core group (brent [004 3.9]), from the case's policy. The check on completion reads the
 * policy itself, so the flag cannot switch the clause off.
 */
@Component("prepareReviewConference")
class PrepareReviewConference implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(ASK_POST_REVIEW_MEETING_DATE, new PlanVariables(task).policy().chairSetsPostReviewMeetingDate());
  }
}
