package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.notification.NotificationLog;
import org.coregroup.testing.Cases;
import org.coregroup.testing.OpenCases;

/**
 * Meetings of one partnership's profile for the tests of its clauses (docs/rules.md, the profile
 * sections): started as the plan starts them, the tasks, the letters, the record's variables.
 */
final class PartnershipMeetings {

  final RuntimeService runtime;
  final TaskService tasks;
  final HistoryService history;
  final OpenCases open = new OpenCases();

  PartnershipMeetings(RuntimeService runtime, TaskService tasks, HistoryService history) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
  }

  /** Meeting {@code number} of a new case under {@code policy}, agreed for {@code date}; {@code more} overrides. */
  ProcessInstance start(String policy, int number, String date, Map<String, Object> more) {
    String ref = open.add(Cases.newReference());
    Map<String, Object> vars = MeetingRecords.meetingVariables(ref, policy, date);
    vars.put(MEETING_NUMBER, number);
    if (more != null) {
      vars.putAll(more);
    }
    return runtime.startProcessInstanceByKey(KEY, ref, vars);
  }

  Task task(ProcessInstance meeting, String key) {
    return Cases.openTask(tasks, meeting.getBusinessKey(), key);
  }

  Task confirm(ProcessInstance meeting, String userId) {
    Task task = tasks.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(TASK_CONFIRM_ATTENDANCE)
        .taskAssignee(userId).singleResult();
    assertThat(task).as("Confirm attendance of " + userId).isNotNull();
    return task;
  }

  /** What a process (running or ended) kept of a variable. */
  Object variable(String processInstanceId, String name) {
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 1) {
      return runtime.getVariable(processInstanceId, name);
    }
    var kept = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult();
    return kept == null ? null : kept.getValue();
  }

  List<NotificationLog.Entry> log(String processInstanceId) {
    return NotificationLog.fromJson(variable(processInstanceId, NotificationLog.VARIABLE)).entries();
  }

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  static Map<String, Object> apologies(String why) {
    Map<String, Object> reply = new HashMap<>();
    reply.put(ATTENDING, "false");
    reply.put(APOLOGIES, why);
    return reply;
  }
}
