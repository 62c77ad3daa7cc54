package org.coregroup.meeting;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartFollowUp}: starts {@code CoreGroupFollowUpProcess} for this meeting, same
 * business key, with what the meeting recorded (its record, minutes, actions and the agencies to
 * escalate) and the case's values; the follow-up works out its own deadlines from them.
 */
@Component("startFollowUp")
class StartFollowUp implements JavaDelegate {

  /** The case's and the meeting's values the follow-up starts with, as they are. */
  static final List<String> CARRIED = List.of(CoreGroupMeetingProcess.CASE_REFERENCE, CHILD_NAME, KEY_WORKER, TEAM_MANAGER,
      CONFERENCE_CHAIR, CORE_GROUP_MEMBERS, LOCAL_POLICY, CaseVariables.POLICY, JURISDICTION, MEETING_CHAIR, MINUTE_TAKER,
      MEETING_HELD_ON, NEXT_MEETING_DATE, NEXT_MEETING_TIME, NEXT_MEETING_VENUE, ACTIONS, AGENCIES_TO_ESCALATE);

  private final RuntimeService runtime;
  private final ColumnLabels labels;

  StartFollowUp(RuntimeService runtime, ColumnLabels labels) {
    this.runtime = runtime;
    this.labels = labels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> start = new LinkedHashMap<>();
    CARRIED.forEach(name -> start.put(name, execution.getVariable(name)));
    start.put(MEETING_RECORD, SpinValues.jsonValue(JsonLists.write(MeetingRecordText.record(execution))).create());
    start.put(MINUTES, MeetingRecordText.minutes(execution, labels));
    runtime.createMessageCorrelation(MESSAGE_MEETING_RECORDED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(start)
        .correlateStartMessage();
  }
}
