package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.testing.Dates.endOf;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager can write deadlines in Camunda Modeler as {@code ${workingDays.after(icpcDate, 10)}}:
 * the engine accepts what the bean returns as a task due date and a timer date.
 */
@CoreGroupTest
class WorkingDaysExpressionTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  @DisplayName("Counting days worked example in a model: ICPC 2025-12-15 (a form's string) + 10 working days = 2025-12-31")
  void dueDateAndTimerFromExpressions() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("WorkingDaysExpressionCheck")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("Task_Deadline").camundaAssignee("sarah.social").camundaDueDate("${workingDays.after(icpcDate, 10)}")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .intermediateCatchEvent("Timer_Deadline").timerWithDate("${workingDays.after(icpcDate, 5, 'scotland')}")
        .endEvent()
        .done();
    Deployment deployment = repository.createDeployment().addModelInstance("check.bpmn", model).deploy();
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey("WorkingDaysExpressionCheck",
          Map.of("icpcDate", "2025-12-15"));

      assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
          .isEqualTo(endOf("2025-12-31"));
      assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate())
          .isEqualTo(endOf("2025-12-22"));
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

}
