package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.midnight;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.coregroup.input.InputRejected;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Unborn babies on a plan of brothers and sisters (ADR 0033, R1): each baby's monitoring waits for
 * that baby's birth (no child-seen clocks, no 18th birthday), the others' run from the start; a
 * birth says which baby it is when more than one is to come.
 */
@CoreGroupTest
class UnbornSiblingsProcessTest {

  static final String AMY_AND_BABY = """
      [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
       {"childName": "Baby of Jane Example", "expectedBirthDate": "2026-01-20", "categoryOfAbuse": "NEG"}]""";
  static final String TWINS = """
      [{"childName": "First twin of Jane Example", "expectedBirthDate": "2026-01-20", "categoryOfAbuse": "NEG"},
       {"childName": "Second twin of Jane Example", "expectedBirthDate": "2026-01-20", "categoryOfAbuse": "NEG"}]""";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CinCensusRecords census;
  final OpenCases open = new OpenCases();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    open.closeAll(runtime);
    ClockUtil.reset();
  }

  static Map<String, Object> siblings(String icpc, String children) {
    Map<String, Object> vars = PlanCases.siblingPlan("brent", icpc, children);
    return vars;
  }

  @Test
  @DisplayName("ADR 0033, R1, R24: Amy's clocks run from the start; the baby has no See the child task and no 18th birthday until the birth; the birth names the baby and starts the baby's clocks")
  void bornSisterAndBaby() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", AMY_AND_BABY));
    String amy = monitoringOf(ref, 1);
    String baby = monitoringOf(ref, 2);

    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example and Baby of Jane Example");
    assertThat(plan).isWaitingAt(TIMER_CHILD_TURNS_18, TIMER_BIRTH_NOT_RECORDED);
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2037-06-01"));
    assertThat(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED).getDuedate()).isEqualTo(endOf("2026-02-03"));
    assertThat(timer(amy, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNotNull();
    assertThat(timer(baby, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();
    assertThat(runtime.getVariable(baby, CaseMonitoringProcess.CHILD_NAME)).isEqualTo("Baby of Jane Example");

    // Amy's clock runs out: the key worker is asked to see Amy; nothing is asked about the baby
    today("2026-01-05");
    for (String child : List.of(amy, baby)) {
      management.createJobQuery().processInstanceId(child).timers().duedateLowerThan(ClockUtil.getCurrentTime()).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(CaseMonitoringProcess.TASK_SEE_CHILD)
        .list()).extracting(Task::getProcessInstanceId).containsExactly(amy);

    // a visit sees Amy; the baby, still to be born, cannot have been seen
    identity.setAuthentication("helen.health", List.of("health"));
    rejectedNaming(RecordVisitProcess.CHILDREN_SEEN, () -> runtime.startProcessInstanceByKey(RecordVisitProcess.KEY,
        visit(ref, "2026-01-05", "Amy Example, Baby of Jane Example")));
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, visit(ref, "2026-01-05", "Amy Example"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(amy, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-05");
    assertThat(runtime.getVariable(baby, CaseMonitoringProcess.VISITS).toString()).contains("\"childSeen\":false");

    // one baby to come: the birth need not say which
    today("2026-01-19");
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    runtime.startProcessInstanceByKey(RecordBirthProcess.KEY, birth(ref, null, "Cara Example", "2026-01-17"));
    identity.clearAuthentication();

    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children.get(1).name()).isEqualTo("Cara Example");
    assertThat(children.get(1).birthDate()).isEqualTo("2026-01-17");
    assertThat(children.get(0).name()).isEqualTo("Amy Example");
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example and Cara Example");
    assertThat(runtime.getVariable(plan.getId(), CHILD_BIRTH_DATE)).isNull();
    assertThat(runtime.getVariable(baby, CaseMonitoringProcess.CHILD_NAME)).isEqualTo("Cara Example");
    assertThat(runtime.getVariable(baby, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-17");
    // brent: seen every 10 working days, from Saturday 17 January: Friday 30 January
    assertThat(timer(baby, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-30"));
    // Amy's clocks are as they were, the plan still waits for Amy's 18th birthday, once
    assertThat(runtime.getVariable(amy, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-05");
    assertThat(management.createJobQuery().processInstanceId(plan.getId()).activityId(TIMER_CHILD_TURNS_18).count()).isEqualTo(1);
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2037-06-01"));
    assertThat(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED)).isNull();
    assertThat(plan).hasPassed(END_EVENT_EVERY_CHILD_BORN);
    // a second birth is refused: no baby is to come
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    rejectedNaming(RecordBirthProcess.CASE_REFERENCE, () -> runtime.startProcessInstanceByKey(RecordBirthProcess.KEY,
        birth(ref, null, "Dan Example", "2026-01-18")));

    // census: a row for each child
    assertThat(CinCensus.rows(new CinCensus.Year(2025), census.allPlans()).stream()
        .filter(r -> r.laChildId().startsWith(ref + "-")).map(CinCensus.Row::laChildId)).containsExactlyInAnyOrder(ref + "-1", ref + "-2");
  }

  @Test
  @DisplayName("ADR 0033, R1: twins to come: no clocks and no 18th birthday; a birth must say which twin; one birth starts only that twin's clocks; the key worker is asked for the other after the expected date")
  void twins() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", TWINS));
    String first = monitoringOf(ref, 1);
    String second = monitoringOf(ref, 2);
    assertThat(plan).isWaitingAt(CONDITIONAL_CHILD_BORN, TIMER_BIRTH_NOT_RECORDED);
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18)).isNull();
    assertThat(timer(first, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();
    assertThat(timer(second, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();

    today("2026-01-19");
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    InputRejected which = rejectedNaming(UNBORN_CHILD, () -> start(birth(ref, null, "Amy Example", "2026-01-17")));
    assertThat(which).hasMessageContaining("First twin of Jane Example or Second twin of Jane Example");
    InputRejected nobody = rejectedNaming(UNBORN_CHILD, () -> start(birth(ref, "Baby of Kate Example", "Amy Example", "2026-01-17")));
    assertThat(nobody).hasMessageContaining("not a child of this plan");
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18)).isNull();

    start(birth(ref, " first twin of jane example ", "Amy Example", "2026-01-17"));
    assertThat(runtime.getVariable(first, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-17");
    assertThat(timer(first, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-30"));
    assertThat(timer(second, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();
    assertThat(runtime.getVariable(second, CaseMonitoringProcess.CHILD_BORN)).isEqualTo(false);
    // the 18th birthday now watched is Amy's
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2044-01-17"));
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example and Second twin of Jane Example");
    // Amy is born: naming her again is refused, and the second twin is still awaited
    InputRejected again = rejectedNaming(UNBORN_CHILD, () -> start(birth(ref, "Amy Example", "Amy Example", "2026-01-17")));
    assertThat(again).hasMessageContaining("already born").hasMessageContaining("Second twin of Jane Example");
    assertThat(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED).getDuedate()).isEqualTo(endOf("2026-02-03"));
    identity.clearAuthentication();

    // no birth recorded for the second twin two weeks after the expected date: the key worker is asked
    today("2026-02-04");
    management.executeJob(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED).getId());
    Task ask = Cases.openTask(tasks, ref, TASK_RECORD_BIRTH);
    assertThat(tasks.getVariable(ask.getId(), UNBORN_CHILDREN).toString())
        .contains("Second twin of Jane Example").doesNotContain("First twin");
    // the form starts empty: nothing of the first twin's birth is offered for the second
    assertThat(forms.getTaskFormVariables(ask.getId()).get(NAME_AT_BIRTH)).isNull();
    rejectedNaming(UNBORN_CHILD, () -> forms.submitTaskForm(ask.getId(),
        Map.of(UNBORN_CHILD, "Amy Example", NAME_AT_BIRTH, "Ben Example", CHILD_BIRTH_DATE, "2026-01-18")));
    forms.submitTaskForm(ask.getId(), Map.of(NAME_AT_BIRTH, "Ben Example", CHILD_BIRTH_DATE, "2026-01-18"));

    assertThat(runtime.getVariable(second, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-18");
    assertThat(timer(second, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNotNull();
    assertThat(runtime.getVariable(first, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-17");
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example and Ben Example");
    assertThat(management.createJobQuery().processInstanceId(plan.getId()).activityId(TIMER_CHILD_TURNS_18).count()).isEqualTo(1);
    assertThat(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED)).isNull();
    assertThat(runtime.getVariable(plan.getId(), AWAITING_BIRTH)).isEqualTo(false);
  }

  @Test
  @DisplayName("ADR 0033, R35: a sister turns 18 while the baby is still to come: her plan ends, the plan waits for the birth, and then for the baby's 18th birthday")
  void sisterTurns18BeforeTheBirth() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", """
        [{"childName": "Amy Example", "childBirthDate": "2008-01-10", "categoryOfAbuse": "NEG"},
         {"childName": "Baby of Jane Example", "expectedBirthDate": "2026-01-20", "categoryOfAbuse": "NEG"}]"""));

    today("2026-01-10");
    management.executeJob(timer(plan.getId(), TIMER_CHILD_TURNS_18).getId());
    assertThat(plan).isWaitingAt(CONDITIONAL_CHILD_BORN, TIMER_BIRTH_NOT_RECORDED);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();
    assertThat(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)).get(0).endReason()).isEqualTo("turned-18");
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18)).isNull();

    today("2026-01-19");
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    start(birth(ref, "Baby of Jane Example", "Cara Example", "2026-01-18"));
    identity.clearAuthentication();
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2044-01-18"));
    assertThat(timer(monitoringOf(ref, 2), CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNotNull();
  }

  @Test
  @DisplayName("ADR 0033: the review ends the baby's plan before the birth while Amy's goes on: no birth is asked for any more")
  void babysPlanEndsBeforeTheBirth() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    // national: the review asks nothing about the next core group's date
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, PlanCases.siblingPlan("national", "2025-12-15",
        AMY_AND_BABY.replace("2026-01-20", "2026-06-01")));
    assertThat(plan).isWaitingAt(TIMER_BIRTH_NOT_RECORDED);

    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), Map.of(REVIEW_HELD_ON, "2026-03-02",
        CHILD_OUTCOMES, org.camunda.spin.plugin.variable.SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true"},
             {"childNumber": 2, "planContinues": "false", "endReason": "no-longer-at-risk"}]""").create()));

    assertThat(plan).isWaitingAt(TIMER_CHILD_TURNS_18, TASK_HOLD_REVIEW_CONFERENCE).hasPassed("EndEvent_BirthsAwaitedNoMore");
    assertThat(timer(plan.getId(), TIMER_BIRTH_NOT_RECORDED)).isNull();
    assertThat(runtime.getVariable(plan.getId(), AWAITING_BIRTH)).isEqualTo(false);
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    rejectedNaming(RecordBirthProcess.CASE_REFERENCE, () -> start(birth(ref, null, "Cara Example", "2026-03-01")));
  }

  @Test
  @DisplayName("ADR 0033, R1, bad input: twins with one name, an expected date long past or too far away, a birth before the plan or in the future are refused naming the field; nothing is kept")
  void badInputRefused() {
    today("2025-12-15");
    String ref = Cases.newReference();
    InputRejected sameName = rejectedNaming(CHILDREN + "[2].childName", () -> runtime.startProcessInstanceByKey(KEY, ref,
        siblings("2025-12-15", TWINS.replace("Second twin", "First twin"))));
    assertThat(sameName).hasMessageContaining("tells them apart");
    rejectedNaming(CHILDREN + "[2].expectedBirthDate", () -> runtime.startProcessInstanceByKey(KEY, ref,
        siblings("2025-12-15", AMY_AND_BABY.replace("2026-01-20", "2025-11-20"))));
    rejectedNaming(CHILDREN + "[2].expectedBirthDate", () -> runtime.startProcessInstanceByKey(KEY, ref,
        siblings("2025-12-15", AMY_AND_BABY.replace("2026-01-20", "2027-03-20"))));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();

    String twins = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, twins, siblings("2025-12-15", TWINS));
    today("2026-01-19");
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    rejectedNaming(CHILD_BIRTH_DATE, () -> start(birth(twins, "First twin of Jane Example", "Amy Example", "2025-12-12")));
    rejectedNaming(CHILD_BIRTH_DATE, () -> start(birth(twins, "First twin of Jane Example", "Amy Example", "2026-01-20")));
    rejectedNaming(NAME_AT_BIRTH, () -> start(birth(twins, "First twin of Jane Example", " ", "2026-01-17")));
    identity.clearAuthentication();
    // an integration correlating the message itself is checked as strictly
    rejectedNaming(UNBORN_CHILD, () -> runtime.createMessageCorrelation(MESSAGE_CHILD_BORN).processInstanceBusinessKey(twins)
        .setVariable(NAME_AT_BIRTH, "Amy Example").setVariable(CHILD_BIRTH_DATE, "2026-01-17").correlate());
    assertThat(SiblingGroup.toBeBorn(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)))).hasSize(2);
    assertThat(runtime.getVariable(plan.getId(), UNBORN_CHILD)).isNull();
    assertThat(timer(plan.getId(), TIMER_CHILD_TURNS_18)).isNull();
  }

  private static Map<String, Object> visit(String ref, String date, String childrenSeen) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RecordVisitProcess.CASE_REFERENCE, ref);
    vars.put(RecordVisitProcess.VISIT_DATE, date);
    vars.put(RecordVisitProcess.VISITOR_AGENCY, "health");
    vars.put(RecordVisitProcess.CHILD_SEEN, "true");
    vars.put(RecordVisitProcess.SEEN_ALONE, "false");
    vars.put(RecordVisitProcess.CHILDREN_SEEN, childrenSeen);
    return vars;
  }

  void start(Map<String, Object> vars) {
    runtime.startProcessInstanceByKey(RecordBirthProcess.KEY, vars);
  }

  static Map<String, Object> birth(String ref, String unbornChild, String name, String date) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RecordBirthProcess.CASE_REFERENCE, ref);
    if (unbornChild != null) {
      vars.put(RecordBirthProcess.UNBORN_CHILD, unbornChild);
    }
    vars.put(RecordBirthProcess.NAME_AT_BIRTH, name);
    vars.put(RecordBirthProcess.CHILD_BIRTH_DATE, date);
    return vars;
  }

  private String monitoringOf(String ref, int childNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY).processInstanceBusinessKey(ref)
        .variableValueEquals(CaseMonitoringProcess.CHILD_NUMBER, childNumber).singleResult().getId();
  }

  private Job timer(String processInstanceId, String activityId) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().singleResult();
  }
}
