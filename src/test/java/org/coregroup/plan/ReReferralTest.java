package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Cases;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R36 [001]: a child referred again within 3 months of the last plan's closure goes back to the
 * previous key worker; the new plan links to the previous one and counts the child's plans.
 */
@CoreGroupTest
class ReReferralTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  final OpenCases open = new OpenCases();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    open.closeAll(runtime);
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R36: a new plan within 3 months of closure goes to the previous key worker, links to the previous plan and counts it")
  void reReferralGoesToPreviousKeyWorker() {
    String child = "Zoe " + Cases.newReference();
    String previous = closedPlan(child);

    today("2026-04-06");
    Map<String, Object> vars = newPlan(child, "2026-04-06");
    vars.remove(KEY_WORKER);
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), vars);

    assertThat(runtime.getVariable(plan.getId(), KEY_WORKER)).isEqualTo("tom.manager");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_CASE_REFERENCE)).isEqualTo(previous);
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLAN_CLOSED_ON)).isEqualTo("2026-03-02");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_KEY_WORKER)).isEqualTo("tom.manager");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLANS)).isEqualTo(1);
    // the previous key worker works the case: the first core group is theirs to record
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey()).taskAssignee("tom.manager").count()).isPositive();
  }

  @Test
  @DisplayName("R36: another key worker for a re-referral needs a reason, kept with the plan")
  void anotherKeyWorkerNeedsReason() {
    String child = "Zoe " + Cases.newReference();
    closedPlan(child);

    today("2026-04-06");
    rejectedNaming(KEY_WORKER, () -> runtime.startProcessInstanceByKey(KEY, Cases.newReference(), newPlan(child, "2026-04-06")));
    Map<String, Object> vars = newPlan(child, "2026-04-06");
    vars.put(KEY_WORKER_CHANGE_REASON, "Tom has moved to the fostering team");
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), vars);
    assertThat(runtime.getVariable(plan.getId(), KEY_WORKER)).isEqualTo("sarah.social");
    assertThat(runtime.getVariable(plan.getId(), KEY_WORKER_CHANGE_REASON)).isEqualTo("Tom has moved to the fostering team");
  }

  @Test
  @DisplayName("R36: 3 months or more after closure is a new referral: the key worker is required, the earlier plan still counted; another child with the same name is not matched")
  void laterReferral() {
    String child = "Zoe " + Cases.newReference();
    closedPlan(child);

    today("2026-06-02");
    Map<String, Object> noKeyWorker = newPlan(child, "2026-06-02");
    noKeyWorker.remove(KEY_WORKER);
    rejectedNaming(KEY_WORKER, () -> runtime.startProcessInstanceByKey(KEY, Cases.newReference(), noKeyWorker));
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), newPlan(child, "2026-06-02"));
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLANS)).isEqualTo(1);
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_CASE_REFERENCE)).isNull();

    Map<String, Object> namesake = newPlan(child.toUpperCase(), "2026-06-02");
    namesake.put(CHILD_BIRTH_DATE, "2020-05-02");
    ProcessInstance other = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), namesake);
    assertThat(runtime.getVariable(other.getId(), PREVIOUS_PLANS)).isEqualTo(0);
  }

  @Test
  @DisplayName("R36, ADR 0033: a child whose last plan was with a brother goes back to that plan's key worker and counts it; so does the brother whose plan ended first")
  void reReferralAfterSiblingPlan() {
    String zoe = "Zoe " + Cases.newReference();
    String max = "Max " + Cases.newReference();
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    Map<String, Object> vars = SiblingGroupProcessTest.siblings("2025-12-15", """
        [{"childName": "%s", "childBirthDate": "2020-05-01", "categoryOfAbuse": "NEG"},
         {"childName": "%s", "childBirthDate": "2022-01-09", "categoryOfAbuse": "NEG"}]""".formatted(zoe, max));
    vars.put(KEY_WORKER, "tom.manager");
    ProcessInstance siblings = runtime.startProcessInstanceByKey(KEY, ref, vars);
    // Max's plan ends at the first review, Zoe's at the second; the plan closes then
    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), Map.of(REVIEW_HELD_ON, "2026-03-02",
        CHILD_OUTCOMES, SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true"},
             {"childNumber": 2, "planContinues": "false", "endReason": "no-longer-at-risk"}]""").create()));
    // Max's own exit plan and step-down meeting close his plan on 5 March
    closeChildsOwnPlan(ref, "2026-03-05");
    today("2026-08-03");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), Map.of(REVIEW_HELD_ON, "2026-08-03",
        CHILD_OUTCOMES, SpinValues.jsonValue("[{\"childNumber\": 1, \"planContinues\": \"false\", \"endReason\": \"left-uk\"}]").create()));
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_EXIT_PLAN).getId(), Map.of(EXIT_PLAN, "GP surgery and family hub"));
    assertThat(siblings).isEnded();

    // Zoe is referred again within 3 months of the plan's closure: its key worker takes her case
    today("2026-09-07");
    Map<String, Object> again = newPlan(" " + zoe.toLowerCase() + " ", "2026-09-07");
    again.remove(KEY_WORKER);
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), again);
    assertThat(runtime.getVariable(plan.getId(), KEY_WORKER)).isEqualTo("tom.manager");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_CASE_REFERENCE)).isEqualTo(ref);
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLAN_CLOSED_ON)).isEqualTo("2026-08-03");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLANS)).isEqualTo(1);

    // Max's plan ended in March, before his sister's: more than 3 months on, his is a new referral, the plan still counted
    Map<String, Object> maxAgain = newPlan(max, "2026-09-07");
    maxAgain.put(CHILD_BIRTH_DATE, "2022-01-09");
    maxAgain.remove(KEY_WORKER);
    rejectedNaming(KEY_WORKER, () -> runtime.startProcessInstanceByKey(KEY, Cases.newReference(), maxAgain));
    maxAgain.put(KEY_WORKER, "sarah.social");
    ProcessInstance maxPlan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), maxAgain);
    assertThat(runtime.getVariable(maxPlan.getId(), PREVIOUS_PLANS)).isEqualTo(1);
    assertThat(runtime.getVariable(maxPlan.getId(), PREVIOUS_CASE_REFERENCE)).isNull();
  }

  @Test
  @DisplayName("R36, ADR 0033: a child whose plan ended while a sister's continues goes back to the key worker within 3 months")
  void reReferralWhileSiblingStillOnPlan() {
    String zoe = "Zoe " + Cases.newReference();
    String max = "Max " + Cases.newReference();
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    Map<String, Object> vars = SiblingGroupProcessTest.siblings("2025-12-15", """
        [{"childName": "%s", "childBirthDate": "2020-05-01", "categoryOfAbuse": "NEG"},
         {"childName": "%s", "childBirthDate": "2022-01-09", "categoryOfAbuse": "NEG"}]""".formatted(zoe, max));
    vars.put(KEY_WORKER, "tom.manager");
    runtime.startProcessInstanceByKey(KEY, ref, vars);
    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), Map.of(REVIEW_HELD_ON, "2026-03-02",
        CHILD_OUTCOMES, SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true"},
             {"childNumber": 2, "planContinues": "false", "endReason": "no-longer-at-risk"}]""").create()));
    // Max's own exit plan and step-down meeting close his plan on 5 March
    closeChildsOwnPlan(ref, "2026-03-05");

    // Zoe is still on the plan: nothing to count for her yet
    today("2026-04-06");
    Map<String, Object> zoeAgain = newPlan(zoe, "2026-04-06");
    assertThat(runtime.getVariable(runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), zoeAgain).getId(),
        PREVIOUS_PLANS)).isEqualTo(0);
    Map<String, Object> maxAgain = newPlan(max, "2026-04-06");
    maxAgain.put(CHILD_BIRTH_DATE, "2022-01-09");
    maxAgain.remove(KEY_WORKER);
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, open.add(Cases.newReference()), maxAgain);
    assertThat(runtime.getVariable(plan.getId(), KEY_WORKER)).isEqualTo("tom.manager");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_CASE_REFERENCE)).isEqualTo(ref);
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLAN_CLOSED_ON)).isEqualTo("2026-03-05");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLANS)).isEqualTo(1);
  }

  /** ADR 0033: the key worker records the exit plan and the step-down meeting of the child whose plan ended alone, on {@code day}. */
  void closeChildsOwnPlan(String ref, String day) {
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN).getId(), Map.of(EXIT_PLAN, "GP surgery and family hub"));
    today(day);
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_CHILDS_STEP_DOWN_MEETING).getId(),
        Map.of(STEP_DOWN_HELD_ON, day, STEP_DOWN_TYPE, "team-around-the-child"));
  }

  /** A plan for the child with key worker tom.manager, agreed 15 December 2025, closed on 2 March 2026; its reference. */
  String closedPlan(String child) {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    Map<String, Object> vars = newPlan(child, "2025-12-15");
    vars.put(KEY_WORKER, "tom.manager");
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, vars);
    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false", END_REASON, "left-uk"));
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_EXIT_PLAN).getId(), Map.of(EXIT_PLAN, "GP surgery and family hub"));
    assertThat(plan).isEnded();
    return ref;
  }

  static Map<String, Object> newPlan(String child, String icpc) {
    Map<String, Object> vars = new HashMap<>(plan("national", icpc));
    vars.put(CHILD_NAME, child);
    vars.put(CHILD_BIRTH_DATE, "2020-05-01");
    return vars;
  }
}
