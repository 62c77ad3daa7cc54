package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creation of {@code Task_HoldReviewConference}: puts the meeting history against the rules in front of the chair (R33). */
@Component("showMeetingHistory")
class ShowMeetingHistory implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PlanVariables vars = new PlanVariables(task);
    task.setVariableLocal(MEETING_HISTORY_SUMMARY, vars.history()
        .summary(vars.date(LAST_CONFERENCE_ON), vars.policy(), vars.number(MEETING_INTERVAL_WEEKS)));
  }
}
