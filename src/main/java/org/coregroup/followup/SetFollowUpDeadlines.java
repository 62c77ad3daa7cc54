package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ACTIONS;
import static org.coregroup.meeting.CoreGroupMeetingProcess.JURISDICTION;
import static org.coregroup.meeting.CoreGroupMeetingProcess.KEY_WORKER;
import static org.coregroup.meeting.CoreGroupMeetingProcess.MEETING_HELD_ON;
import static org.coregroup.meeting.CoreGroupMeetingProcess.MINUTE_TAKER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.JsonLists;
import org.coregroup.input.ProcessVariables;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SetFollowUpDeadlines}: the minutes deadline and its chase (R21), the escalation of
 * an agency's absence (R31), who circulates the minutes and the actions to follow, from the
 * meeting the follow-up was started for ({@link FollowUpSchedule}).
 */
@Component("setFollowUpDeadlines")
class SetFollowUpDeadlines implements JavaDelegate {

  private final FollowUpSchedule schedule;
  private final LocalPolicies policies;
  private final DeadlineVariables deadlines;

  SetFollowUpDeadlines(FollowUpSchedule schedule, LocalPolicies policies, DeadlineVariables deadlines) {
    this.schedule = schedule;
    this.policies = policies;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariables vars = new ProcessVariables(execution);
    FollowUpSchedule.Plan plan = schedule.plan(vars.date(MEETING_HELD_ON), EngineClock.today(),
        policies.inForce(execution), vars.jurisdiction(JURISDICTION), vars.text(KEY_WORKER), vars.text(MINUTE_TAKER),
        JsonLists.read(execution.getVariable(ACTIONS)).size());
    deadlines.set(execution, MINUTES_DUE, plan.minutes());
    execution.setVariable(MINUTES_CHASE_DUE, EngineClock.endOfDay(plan.minutesChaseFrom()));
    execution.setVariable(MINUTES_CHASE_TASK_DUE, EngineClock.endOfDay(plan.minutesChaseTaskDue()));
    execution.setVariable(ESCALATION_DUE, EngineClock.endOfDay(plan.escalationDue()));
    execution.setVariable(MINUTES_CHASE_WORKING_DAYS, plan.minutesChaseWorkingDays());
    execution.setVariable(MINUTES_CIRCULATOR, plan.minutesCirculator());
    execution.setVariable(ACTION_NUMBERS, plan.actionNumbers());
  }
}
