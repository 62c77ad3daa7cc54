package org.coregroup.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.testing.Cases.openTask;
import static org.coregroup.testing.Dates.today;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;

/** Who chairs and who takes the minutes of the next meeting, as the last one left them (R6, R21, R23). */
@CoreGroupTest
class NextMeetingRolesTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  @Test
  @DisplayName("R6, R21, R23: \"Minute-taker next time\" and \"Chair next time\" left empty: the next record goes to the key worker, who chairs")
  void emptyNextRolesFallBackToKeyWorker() {
    String ref = startPlan();
    today("2025-12-30");
    Map<String, Object> record = MeetingRecords.held("2025-12-30", "2026-01-27");
    // what Tasklist sends for a text field the minute-taker left empty
    record.put(CoreGroupMeetingProcess.NEXT_MINUTE_TAKER, "");
    record.put(CoreGroupMeetingProcess.NEXT_CHAIR, " ");
    forms.submitTaskForm(openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), record);

    Task next = openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
    assertThat(next).isAssignedTo("sarah.social");
    org.assertj.core.api.Assertions.assertThat(runtime.getVariable(next.getProcessInstanceId(), CoreGroupMeetingProcess.MEETING_CHAIR))
        .isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("R6, R21: a named next minute-taker and chair get the next meeting")
  void namedNextRoles() {
    String ref = startPlan();
    today("2025-12-30");
    Map<String, Object> record = MeetingRecords.held("2025-12-30", "2026-01-27");
    record.put(CoreGroupMeetingProcess.NEXT_MINUTE_TAKER, "helen.health");
    record.put(CoreGroupMeetingProcess.NEXT_CHAIR, "tom.manager");
    forms.submitTaskForm(openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), record);

    Task next = openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
    assertThat(next).isAssignedTo("helen.health");
    org.assertj.core.api.Assertions.assertThat(runtime.getVariable(next.getProcessInstanceId(), CoreGroupMeetingProcess.MEETING_CHAIR))
        .isEqualTo("tom.manager");
  }

  private String startPlan() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> plan = PlanCases.plan("national", "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    return ref;
  }
}
