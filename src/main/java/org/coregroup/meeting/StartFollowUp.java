package org.coregroup.meeting;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.input.JsonLists;

/**
 * {@code Task_StartFollowUp}: starts {@code CoreGroupFollowUpProcess} for this meeting, same
 * business key, with the minutes deadline (R21), the actions (R22) and the agencies to escalate
 * (R31), so the plan's next cycle starts at once.
 */
@Component("startFollowUp")
class StartFollowUp implements JavaDelegate {

  static final List<String> CARRIED = List.of(CoreGroupMeetingProcess.CASE_REFERENCE, CHILD_NAME, KEY_WORKER, TEAM_MANAGER,
      CONFERENCE_CHAIR, CORE_GROUP_MEMBERS, LOCAL_POLICY, JURISDICTION, MEETING_CHAIR, MINUTE_TAKER, MEETING_HELD_ON,
      NEXT_MEETING_DATE, NEXT_MEETING_TIME, NEXT_MEETING_VENUE);

  private final RuntimeService runtime;
  private final MeetingRules rules;
  private final LocalPolicies policies;
  private final ColumnLabels labels;
  private final DeadlineVariables deadlines;

  StartFollowUp(RuntimeService runtime, MeetingRules rules, LocalPolicies policies, ColumnLabels labels,
      DeadlineVariables deadlines) {
    this.runtime = runtime;
    this.rules = rules;
    this.policies = policies;
    this.labels = labels;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    Map<String, Object> start = new LinkedHashMap<>();
    CARRIED.forEach(name -> start.put(name, execution.getVariable(name)));
    MeetingRules.FollowUpDeadlines due = rules.followUp(vars.date(MEETING_HELD_ON), EngineClock.today(),
        vars.policy(policies), vars.jurisdiction());
    start.putAll(deadlines.variables(MINUTES_DUE, due.minutes()));
    start.put(MINUTES_CHASE_DUE, EngineClock.endOfDay(due.minutesChaseFrom()));
    start.put(MINUTES_CHASE_TASK_DUE, EngineClock.endOfDay(due.minutesChaseTaskDue()));
    start.put(ESCALATION_DUE, EngineClock.endOfDay(due.escalationDue()));
    start.put(MINUTES_CHASE_WORKING_DAYS, due.minutesChaseWorkingDays());
    start.put(MINUTES_CIRCULATOR, PartnershipRules.minutesCirculator(vars.policy(policies), vars.text(KEY_WORKER),
        vars.text(MINUTE_TAKER)));
    start.put(ACTIONS, execution.getVariable(ACTIONS));
    List<String> numbers = new ArrayList<>();
    List<Map<String, Object>> actions = JsonLists.read(execution.getVariable(ACTIONS));
    for (int i = 1; i <= actions.size(); i++) {
      numbers.add(Integer.toString(i));
    }
    start.put(ACTION_NUMBERS, numbers);
    start.put(AGENCIES_TO_ESCALATE, execution.getVariable(AGENCIES_TO_ESCALATE));
    start.put(MEETING_RECORD, SpinValues.jsonValue(JsonLists.write(MeetingRecordText.record(execution))).create());
    start.put(MINUTES, MeetingRecordText.minutes(execution, labels));
    runtime.createMessageCorrelation(MESSAGE_MEETING_RECORDED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(start)
        .correlateStartMessage();
  }
}
