package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.escalation.ContingencyReviewProcess.*;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan is not progressing: why, what the group chose, and the chair's agreement to a significant change (R28, R29). */
@CoreGroupTest
class ContingencyReviewProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  @AfterEach
  void reset() {
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R28, R29: the key worker records why and the alternatives chosen; no significant change, nothing for the chair")
  void alternativesOnly() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    today("2026-01-05");
    ProcessInstance review = startByHand(ref);
    Task record = task(review, TASK_RECORD_CONTINGENCY_REVIEW);
    assertThat(record).isAssignedTo("sarah.social").hasDueDate(endOf("2026-01-12"));

    forms.submitTaskForm(record.getId(), Map.of(CONTINGENCY_REASONS, json("[\"uncooperative-family\"]"),
        ALTERNATIVES, json("[\"joint-visits\", \"written-agreement\"]"), SIGNIFICANT_DEVIATION, "false"));
    assertThat(review).isEnded().hasPassed(END_EVENT_CONTINGENCY_APPLIED).hasNotPassed(TASK_AGREE_PLAN_CHANGE);
  }

  @Test
  @DisplayName("R30 south-east-wales [003]: when the plan is not effective a referral for multi-agency supervision can be chosen too")
  void multiAgencySupervisionForThePlan() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "south-east-wales", "2025-12-15");
    today("2026-01-05");
    ProcessInstance review = startByHand(ref);
    forms.submitTaskForm(task(review, TASK_RECORD_CONTINGENCY_REVIEW).getId(), Map.of(
        CONTINGENCY_REASONS, json("[\"uncooperative-family\"]"),
        ALTERNATIVES, json("[\"" + ALTERNATIVE_MULTI_AGENCY_SUPERVISION + "\"]"), SIGNIFICANT_DEVIATION, "false"));
    assertThat(review).isEnded().hasPassed(END_EVENT_CONTINGENCY_APPLIED);
    org.assertj.core.api.Assertions.assertThat(history.createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName(ALTERNATIVES).singleResult().getValue().toString())
        .contains(ALTERNATIVE_MULTI_AGENCY_SUPERVISION);
  }

  @Test
  @DisplayName("R29: a significant change waits for the chair; once agreed the review comes forward and the team manager arranges a legal planning meeting")
  void chairAgreesFirmerMeasures() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    today("2026-01-05");
    ProcessInstance review = startByHand(ref);
    forms.submitTaskForm(task(review, TASK_RECORD_CONTINGENCY_REVIEW).getId(), Map.of(
        CONTINGENCY_REASONS, json("[\"new-incidents\"]"),
        FIRMER_MEASURES, json("[\"significant-amendment\", \"bring-review-forward\", \"legal-planning-meeting\"]"),
        NEW_REVIEW_DATE, "2026-01-20", SIGNIFICANT_DEVIATION, "false"));

    Task agree = task(review, TASK_AGREE_PLAN_CHANGE);
    assertThat(agree).isAssignedTo("carol.chair").hasDueDate(endOf("2026-01-12"));
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-03-15"));

    forms.submitTaskForm(agree.getId(), Map.of(CHAIR_AGREES, "true"));
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-01-20"));
    Task legal = task(review, TASK_ARRANGE_LEGAL_PLANNING_MEETING);
    assertThat(legal).isAssignedTo("tom.manager").hasDueDate(endOf("2026-01-19"));
    forms.submitTaskForm(legal.getId(), Map.of(LEGAL_PLANNING_MEETING_ON, "2026-01-15"));
    assertThat(review).isEnded().hasPassed(END_EVENT_CONTINGENCY_APPLIED);
  }

  @Test
  @DisplayName("R29: a change the chair does not agree to does not apply; declining needs a reason")
  void chairDeclines() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    today("2026-01-05");
    ProcessInstance review = startByHand(ref);
    forms.submitTaskForm(task(review, TASK_RECORD_CONTINGENCY_REVIEW).getId(), Map.of(
        CONTINGENCY_REASONS, json("[\"poor-professional-working\"]"),
        FIRMER_MEASURES, json("[\"bring-review-forward\"]"), NEW_REVIEW_DATE, "2026-01-20", SIGNIFICANT_DEVIATION, "true"));
    Task agree = task(review, TASK_AGREE_PLAN_CHANGE);

    rejectedNaming(CHAIR_COMMENTS, () -> forms.submitTaskForm(agree.getId(), Map.of(CHAIR_AGREES, "false")));
    forms.submitTaskForm(agree.getId(), Map.of(CHAIR_AGREES, "false", CHAIR_COMMENTS, "Try the written agreement first"));
    assertThat(review).isEnded().hasPassed(END_EVENT_CHANGE_NOT_AGREED);
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-03-15"));
  }

  @Test
  @DisplayName("R29, bad input: a contingency review without a reason is refused and the task stays as it was")
  void noReasonRefused() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    ProcessInstance review = startByHand(ref);
    Task record = task(review, TASK_RECORD_CONTINGENCY_REVIEW);
    rejectedNaming(CONTINGENCY_REASONS, () -> forms.submitTaskForm(record.getId(), Map.of(SIGNIFICANT_DEVIATION, "false")));
    rejectedNaming(CONTINGENCY_REASONS, () -> forms.submitTaskForm(record.getId(),
        Map.of(CONTINGENCY_REASONS, json("[\"bad-luck\"]"), SIGNIFICANT_DEVIATION, "false")));
    assertThat(review).isWaitingAt(TASK_RECORD_CONTINGENCY_REVIEW);
    assertThat(runtime.getVariable(review.getId(), CONTINGENCY_REASONS)).isNull();
  }

  @Test
  @DisplayName("R28: a meeting that judged the plan not progressing starts the review by message")
  void startedByMeeting() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "brent", "2025-12-15");
    runtime.createMessageCorrelation(MESSAGE_PLAN_NOT_PROGRESSING).processInstanceBusinessKey(ref).correlateStartMessage();
    ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .singleResult();
    assertThat(review).isWaitingAt(TASK_RECORD_CONTINGENCY_REVIEW);
    assertThat(runtime.getVariable(review.getId(), CONTINGENCY_TRIGGER)).isEqualTo(TRIGGER_MEETING);
  }

  ProcessInstance startByHand(String ref) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    return runtime.startProcessInstanceByKey(KEY, vars);
  }

  static Object json(String list) {
    return SpinValues.jsonValue(list).create();
  }

  Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  Task reviewTask(String ref) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).singleResult();
  }
}
