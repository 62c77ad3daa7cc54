package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.escalation.RaiseConcernProcess.*;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.calendar.EngineClock;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member raises a concern; the key worker is told at once and decides what follows (R27, R29, R32). */
@CoreGroupTest
class RaiseConcernProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R27 [000]: no access to the child: the key worker has a task at once, due that day (not overdue the minute it is made), the member confirms in writing within 48 hours of raising it, to the hour")
  void concernRaisedAndConfirmed() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");
    today("2025-12-17");
    ProcessInstance concern = raise(ref, "helen.health", "no-access", "Nobody answered the door at 10:00");

    assertThat(concern).isWaitingAt(TASK_DECIDE_ON_CONCERN, TASK_CONFIRM_CONCERN_IN_WRITING);
    assertThat(task(concern, TASK_DECIDE_ON_CONCERN)).isAssignedTo("sarah.social").hasDueDate(endOf("2025-12-17"));
    Task confirm = task(concern, TASK_CONFIRM_CONCERN_IN_WRITING);
    // raised Wednesday 17 December at 10:00: due Friday 19 December at 10:00, not at the end of that day
    assertThat(confirm).isAssignedTo("helen.health").hasDueDate(
        java.util.Date.from(EngineClock.now().toInstant().plus(java.time.Duration.ofHours(48))));

    rejectedNaming(WRITTEN_CONFIRMATION, () -> forms.submitTaskForm(confirm.getId(), Map.of()));
    forms.submitTaskForm(confirm.getId(), Map.of(WRITTEN_CONFIRMATION, "Visited 17/12 at 10:00, no answer, curtains drawn"));
    forms.submitTaskForm(task(concern, TASK_DECIDE_ON_CONCERN).getId(), Map.of(CONCERN_OUTCOME, EARLY_CORE_GROUP,
        CONCERN_DECISION_NOTES, "Core group on Friday"));

    assertThat(concern).isEnded().hasPassed(END_EVENT_CONCERN_DECIDED, END_EVENT_CONCERN_CONFIRMED);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName(CONCERN_OUTCOME).singleResult().getValue()).isEqualTo(EARLY_CORE_GROUP);
  }

  @Test
  @DisplayName("R27, R32: the key worker brings the review conference forward; a date the plan refuses refuses the decision")
  void bringReviewForward() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");
    today("2026-01-05");
    ProcessInstance concern = raise(ref, "eddie.school", "new-incident", "Bruise on the arm, child said dad did it");
    Task decide = task(concern, TASK_DECIDE_ON_CONCERN);

    rejectedNaming(NEW_REVIEW_DATE, () -> forms.submitTaskForm(decide.getId(), Map.of(CONCERN_OUTCOME, BRING_REVIEW_FORWARD)));
    rejectedNaming(NEW_REVIEW_DATE, () -> forms.submitTaskForm(decide.getId(), Map.of(CONCERN_OUTCOME, BRING_REVIEW_FORWARD,
        NEW_REVIEW_DATE, "2026-04-01")));
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-03-15"));

    forms.submitTaskForm(decide.getId(), Map.of(CONCERN_OUTCOME, BRING_REVIEW_FORWARD, NEW_REVIEW_DATE, "2026-01-12"));
    assertThat(reviewTask(ref)).isAssignedTo("carol.chair").hasDueDate(endOf("2026-01-12"));
    assertThat(concern).hasPassed(END_EVENT_REVIEW_BROUGHT_FORWARD);
  }

  @Test
  @DisplayName("R27, R28: the key worker calls a contingency review")
  void contingencyReview() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");
    today("2026-01-05");
    ProcessInstance concern = raise(ref, "helen.health", "no-access", "Third missed appointment");
    forms.submitTaskForm(task(concern, TASK_DECIDE_ON_CONCERN).getId(), Map.of(CONCERN_OUTCOME, CONTINGENCY_REVIEW));

    assertThat(concern).isWaitingAt(CALL_CONTINGENCY_REVIEW);
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(ContingencyReviewProcess.TASK_RECORD_CONTINGENCY_REVIEW).singleResult();
    assertThat(review).isAssignedTo("sarah.social").hasDueDate(endOf("2026-01-12"));
    assertThat(tasks.getVariable(review.getId(), ContingencyReviewProcess.CONTINGENCY_TRIGGER)).isEqualTo("concern");
  }

  @Test
  @DisplayName("R27, R23, bad input: a concern without a description, or from outside the case, is refused; nothing is kept")
  void badConcernRefused() {
    today("2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");
    rejectedNaming(CONCERN_DESCRIPTION, () -> raise(ref, "helen.health", "no-access", " "));
    rejectedNaming(CASE_REFERENCE, () -> raise(ref, "olivia.outsider", "no-access", "No answer"));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .count()).isZero();
  }

  ProcessInstance raise(String ref, String member, String type, String description) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(CONCERN_TYPE, type);
    vars.put(CONCERN_DESCRIPTION, description);
    identity.setAuthentication(member, List.of("health"));
    try {
      return runtime.startProcessInstanceByKey(KEY, vars);
    } finally {
      identity.clearAuthentication();
    }
  }

  Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  Task reviewTask(String ref) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).singleResult();
  }
}
