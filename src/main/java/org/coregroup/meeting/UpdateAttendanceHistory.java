package org.coregroup.meeting;

import org.coregroup.policy.LocalPolicies;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.coregroup.input.JsonLists;

/**
 * {@code Task_UpdateAttendanceHistory} (R18, R31): adds this meeting to the case's attendance
 * history and names the agencies now absent from the policy's number of meetings in a row.
 */
@Component("updateAttendanceHistory")
class UpdateAttendanceHistory implements JavaDelegate {

  private final LocalPolicies policies;

  UpdateAttendanceHistory(LocalPolicies policies) {
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    List<AttendanceRecord> attendance = new ArrayList<>();
    for (Map<String, Object> row : JsonLists.read(execution.getVariable(ATTENDANCE))) {
      attendance.add(new AttendanceRecord(JsonLists.text(row, ATTENDANCE_NAME), JsonLists.text(row, ATTENDANCE_AGENCY),
          JsonLists.text(row, ATTENDANCE_STATUS), JsonLists.text(row, ATTENDANCE_NOTE)));
    }
    AttendanceHistory history = AttendanceHistory.fromJson(execution.getVariable(ATTENDANCE_HISTORY));
    List<String> escalate = history.add(vars.text(MEETING_HELD_ON), vars.yes(MEETING_WENT_AHEAD), attendance,
        vars.policy(policies).absencesBeforeEscalation());
    execution.setVariable(ATTENDANCE_HISTORY, SpinValues.jsonValue(history.toJson()).create());
    execution.setVariable(AGENCIES_TO_ESCALATE, new ArrayList<>(escalate));
  }
}
