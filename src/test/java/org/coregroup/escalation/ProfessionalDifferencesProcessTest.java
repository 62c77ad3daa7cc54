package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Professional differences escalate in four stages, each with a deadline, each task for a named person (R30, R23). */
@CoreGroupTest
class ProfessionalDifferencesProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R30: the colleague first, then the key worker on escalation, then the team manager when the deadline passes; resolved there")
  void stagesUntilResolved() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    today("2026-01-05");
    ProcessInstance difference = raise(ref, "helen.health", "Eddie School", "education");

    Task one = task(difference);
    assertThat(one).isAssignedTo("helen.health").hasDueDate(endOf("2026-01-12"));
    assertThat(tasks.getVariable(one.getId(), STAGE_NAME).toString()).startsWith("Stage 1: Talk to the colleague");
    forms.submitTaskForm(one.getId(), Map.of(STAGE_OUTCOME, ESCALATE, STAGE_RESOLUTION, "School will not share attendance"));

    Task two = task(difference);
    assertThat(two).isAssignedTo("sarah.social").hasDueDate(endOf("2026-01-12"));
    today("2026-01-13");
    management.executeJob(management.createJobQuery().processInstanceId(difference.getId()).timers().singleResult().getId());

    Task three = task(difference);
    assertThat(three).isAssignedTo("tom.manager").hasDueDate(endOf("2026-01-20"));
    forms.submitTaskForm(three.getId(), Map.of(STAGE_OUTCOME, RESOLVED, STAGE_RESOLUTION, "Head teacher agreed weekly updates"));

    assertThat(difference).isEnded().hasPassed(END_EVENT_RESOLVED);
    assertThat(historic(difference, STAGE_HISTORY).toString()).contains("\"outcome\":\"escalate\"",
        "\"outcome\":\"deadline-passed\"", "\"outcome\":\"resolved\"", "Head teacher agreed weekly updates");
  }

  @Test
  @DisplayName("R30: a meeting adjourned at an impasse starts at stage 2; unresolved at stage 4 it is left with the partnership, multi-agency supervision recorded")
  void impasseToLastStage() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    runtime.createMessageCorrelation(MESSAGE_MEETING_AT_IMPASSE).processInstanceBusinessKey(ref)
        .setVariable(RAISED_BY, "sarah.social").setVariable(ABOUT_AGENCY, "police")
        .setVariable(DIFFERENCE_DESCRIPTION, "Police will not attend core groups").correlateStartMessage();
    ProcessInstance difference = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(ref).singleResult();

    assertThat(task(difference)).isAssignedTo("sarah.social");
    forms.submitTaskForm(task(difference).getId(), Map.of(STAGE_OUTCOME, ESCALATE, STAGE_RESOLUTION, "No change"));
    forms.submitTaskForm(task(difference).getId(), Map.of(STAGE_OUTCOME, ESCALATE, STAGE_RESOLUTION, "Still no change"));
    Task four = task(difference);
    assertThat(four).isAssignedTo("carol.chair");
    forms.submitTaskForm(four.getId(), Map.of(STAGE_OUTCOME, ESCALATE, STAGE_RESOLUTION, "Referred to the partnership",
        MULTI_AGENCY_SUPERVISION, "true"));

    assertThat(difference).isEnded().hasPassed(END_EVENT_LEFT_WITH_PARTNERSHIP);
    assertThat(historic(difference, STAGE_HISTORY).toString()).contains("\"stage\":4", "\"multiAgencySupervision\":true");
  }

  @Test
  @DisplayName("R30 south-east-wales [003]: when the core group itself is not working, multi-agency supervision can be chosen at the first stage, not only the last")
  void multiAgencySupervisionAtAnyStage() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "south-east-wales", "2025-12-15");
    today("2026-01-05");
    ProcessInstance difference = raise(ref, "helen.health", "Eddie School", "education");
    forms.submitTaskForm(task(difference).getId(), Map.of(STAGE_OUTCOME, RESOLVED,
        STAGE_RESOLUTION, "Agreed to refer the group for multi-agency supervision", MULTI_AGENCY_SUPERVISION, "true"));
    assertThat(difference).isEnded().hasPassed(END_EVENT_RESOLVED);
    assertThat(historic(difference, STAGE_HISTORY).toString()).contains("\"multiAgencySupervision\":true");
  }

  @Test
  @DisplayName("R30, R32: the child's safety first: any stage can bring the review conference forward, and the stage goes on")
  void bringReviewForwardAtStage() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    today("2026-01-05");
    ProcessInstance difference = raise(ref, "helen.health", "Eddie School", null);
    forms.submitTaskForm(task(difference).getId(), Map.of(STAGE_OUTCOME, ESCALATE, STAGE_RESOLUTION, "Disagree on risk",
        BRING_REVIEW_FORWARD, "true", NEW_REVIEW_DATE, "2026-01-16"));

    Task review = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).singleResult();
    assertThat(review).hasDueDate(endOf("2026-01-16"));
    assertThat(task(difference)).isAssignedTo("sarah.social");
  }

  @Test
  @DisplayName("R30, bad input: an escalation naming nobody, or without a description, is refused; nothing is kept")
  void badDifferenceRefused() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    rejectedNaming(ABOUT_PROFESSIONAL, () -> raise(ref, "helen.health", null, null));
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(ABOUT_AGENCY, "police");
    identity.setAuthentication("helen.health", List.of("health"));
    rejectedNaming(DIFFERENCE_DESCRIPTION, () -> runtime.startProcessInstanceByKey(KEY, vars));
    identity.clearAuthentication();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .count()).isZero();
  }

  ProcessInstance raise(String ref, String member, String professional, String agency) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(ABOUT_PROFESSIONAL, professional);
    vars.put(ABOUT_AGENCY, agency);
    vars.put(DIFFERENCE_DESCRIPTION, "We disagree whether the home conditions are improving");
    identity.setAuthentication(member, List.of("health"));
    try {
      return runtime.startProcessInstanceByKey(KEY, vars);
    } finally {
      identity.clearAuthentication();
    }
  }

  Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_RESOLVE_DIFFERENCE)
        .singleResult();
  }

  Object historic(ProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }
}
