package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R23: no user task of any process can be created without a named person to do it. */
@CoreGroupTest
class EveryTaskAssignedTest {

  static final String KEY = "Test_TaskAssignee";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  Deployment deployment;

  @BeforeEach
  void deploy() {
    deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Someone").name("Do something").camundaAssignee("${who}").endEvent().done())
        .deploy();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment.getId(), true);
  }

  @Test
  @DisplayName("R23: a task whose assignee works out empty is refused, and nothing of the step is kept")
  void emptyAssigneeRefused() {
    String businessKey = "NOBODY-" + System.nanoTime();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY, businessKey, Map.of("who", "")))
        .hasMessageContaining("Do something").hasMessageContaining("named person");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isZero();
  }

  @Test
  @DisplayName("R23: a task with a named assignee is created for them")
  void namedAssigneeCreated() {
    String businessKey = "SOMEONE-" + System.nanoTime();
    runtime.startProcessInstanceByKey(KEY, businessKey, Map.of("who", "sarah.social"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getAssignee())
        .isEqualTo("sarah.social");
  }
}
