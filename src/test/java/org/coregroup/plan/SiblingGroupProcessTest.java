package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.input.InputRejected;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Brothers and sisters on one plan (ADR 0033): one Core Group and one meeting cycle; each child
 * has their own child-seen clocks, visits, categories and end of plan.
 */
@CoreGroupTest
class SiblingGroupProcessTest {

  static final String CHILDREN_LIST = """
      [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
       {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]""";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CinCensusRecords census;
  @Autowired org.coregroup.membership.CaseLookup cases;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired PreviousPlans previousPlans;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  static Map<String, Object> siblings(String icpc, String children) {
    Map<String, Object> vars = PlanCases.siblingPlan("national", icpc, children);
    // the conference's own interval for seeing the children (R24)
    vars.put(CHILD_SEEN_WORKING_DAYS, 10);
    return vars;
  }

  @Test
  @DisplayName("ADR 0033: two children, one Core Group: one meeting cycle, one monitoring per child, the drift watched once")
  void oneMeetingCycleForTwoChildren() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).count()).isEqualTo(1);
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example and Ben Example");
    // what every other process of the case copies: the plan's names, not one child's monitoring
    assertThat(cases.findForCurrentUser(ref).orElseThrow().childName()).isEqualTo("Amy Example and Ben Example");
    assertThat(monitoringOf(ref, "Amy Example")).isNotNull();
    assertThat(monitoringOf(ref, "Ben Example")).isNotNull();
    assertThat(runtime.getVariable(monitoringOf(ref, "Amy Example"), CaseMonitoringProcess.WATCHES_PLAN_DRIFT)).isEqualTo(true);
    assertThat(runtime.getVariable(monitoringOf(ref, "Ben Example"), CaseMonitoringProcess.WATCHES_PLAN_DRIFT)).isEqualTo(false);
    // the 18th birthday the plan waits for is the elder child's
    assertThat(runtime.getVariable(plan.getId(), EIGHTEENTH_BIRTHDAY)).isEqualTo(org.coregroup.calendar.EngineClock.startOfDay(LocalDate.parse("2037-06-01")));

    // one meeting record serves both children; the next meeting is called once
    today("2025-12-30");
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(),
        MeetingRecords.held("2025-12-30", "2026-02-05"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).count()).isEqualTo(1);
    assertThat(runtime.getVariable(plan.getId(), MEETING_NUMBER)).isEqualTo(2);
  }

  @Test
  @DisplayName("ADR 0033, R24: each child has their own child-seen clock: seeing Amy does not count for Ben")
  void eachChildHasTheirOwnClock() {
    today("2025-12-15");
    String ref = Cases.newReference();
    runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));
    String amy = monitoringOf(ref, "Amy Example");
    String ben = monitoringOf(ref, "Ben Example");
    Object bensDue = runtime.getVariable(ben, CaseMonitoringProcess.CHILD_SEEN_DUE);

    today("2025-12-22");
    identity.setAuthentication("helen.health", List.of("health"));
    // a visit that saw a child must say which of them
    rejectedNaming(RecordVisitProcess.CHILDREN_SEEN, () -> runtime.startProcessInstanceByKey(RecordVisitProcess.KEY,
        visit(ref, "2025-12-22", null)));
    InputRejected unknown = rejectedNaming(RecordVisitProcess.CHILDREN_SEEN,
        () -> runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, visit(ref, "2025-12-22", "Cara Example")));
    assertThat(unknown).hasMessageContaining("Amy Example, Ben Example");
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, visit(ref, "2025-12-22", "amy example"));
    identity.clearAuthentication();

    assertThat(runtime.getVariable(amy, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2025-12-22");
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2025-12-15");
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.CHILD_SEEN_DUE)).isEqualTo(bensDue);
    // both keep the visit to the family; only Amy's says she was seen
    assertThat(runtime.getVariable(amy, CaseMonitoringProcess.VISITS).toString()).contains("\"childSeen\":true");
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.VISITS).toString()).contains("\"childSeen\":false");

    // Ben's clock runs out: the key worker is asked to see Ben, not Amy
    today("2026-01-05");
    for (String child : List.of(amy, ben)) {
      management.createJobQuery().processInstanceId(child).timers()
          .duedateLowerThan(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
    List<Task> seeChild = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CaseMonitoringProcess.TASK_SEE_CHILD).list();
    assertThat(seeChild).extracting(Task::getProcessInstanceId).containsExactly(ben);
  }

  @Test
  @DisplayName("ADR 0033, R35: at the review Ben's plan ends while Amy's continues; Ben's clocks stop; the plan goes on until Amy's ends too; one census row per child")
  void oneChildsPlanEndsAtReview() {
    today("2025-12-15");
    String ref = Cases.newReference();
    // a family of their own, so that the census sees no other plans of these children
    String amyName = "Amy " + ref;
    String benName = "Ben " + ref;
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15",
        CHILDREN_LIST.replace("Amy Example", amyName).replace("Ben Example", benName)));
    String ben = monitoringOf(ref, benName);

    today("2026-03-02");
    Task review = Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(tasks.getVariable(review.getId(), SIBLING_GROUP)).isEqualTo(true);
    assertThat(tasks.getVariable(review.getId(), CHILD_OUTCOMES).toString()).contains(amyName, benName);
    // a decision for one child only is refused, naming the list; nothing is kept
    rejectedNaming(CHILD_OUTCOMES, () -> forms.submitTaskForm(review.getId(), Map.of(REVIEW_HELD_ON, "2026-03-02",
        CHILD_OUTCOMES, SpinValues.jsonValue("[{\"childNumber\": 1, \"planContinues\": \"true\"}]").create())));
    assertThat(plan).isWaitingAt(TASK_HOLD_REVIEW_CONFERENCE);

    forms.submitTaskForm(review.getId(), Map.of(REVIEW_HELD_ON, "2026-03-02", CHILD_OUTCOMES, SpinValues.jsonValue("""
        [{"childName": "%s", "planContinues": "true", "newCategoryOfAbuse": "EMO"},
         {"childName": "%s", "planContinues": "false", "endReason": "no-longer-at-risk"}]""".formatted(amyName, benName)).create()));

    // the plan goes on: core groups and the next review for Amy
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE).hasPassed(TASK_STOP_ENDED_CHILDRENS_CLOCKS);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();
    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children.get(0).planEndDate()).isNull();
    assertThat(children.get(0).latestCategory()).isEqualTo("EMO");
    assertThat(children.get(1).planEndDate()).isEqualTo("2026-03-02");
    assertThat(children.get(1).endReason()).isEqualTo("no-longer-at-risk");
    // Ben's clocks stop; a visit naming him is refused
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.CHILD_PLAN_ENDED)).isEqualTo(true);
    assertThat(runtime.createExecutionQuery().processInstanceId(ben)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isZero();
    assertThat(runtime.createExecutionQuery().processInstanceId(monitoringOf(ref, amyName))
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isEqualTo(1);
    identity.setAuthentication("helen.health", List.of("health"));
    rejectedNaming(RecordVisitProcess.CHILDREN_SEEN, () -> runtime.startProcessInstanceByKey(RecordVisitProcess.KEY,
        visit(ref, "2026-03-02", benName)));
    identity.clearAuthentication();

    // census: one row per child, each with their own end and categories
    List<CinCensus.Row> rows = CinCensus.rows(new CinCensus.Year(2025), census.allPlans()).stream()
        .filter(r -> r.laChildId().startsWith(ref + "-")).toList();
    assertThat(rows).extracting(CinCensus.Row::cells).containsExactlyInAnyOrder(
        List.of(ref + "-1", "2025-12-15", "", "NEG", "EMO", "0", "2026-03-02", ""),
        List.of(ref + "-2", "2025-12-15", "2026-03-02", "PHY", "PHY", "0", "2026-03-02", ""));

    // at the next review Amy's plan ends too: the plan ends, exit plan and step-down follow
    today("2026-08-03");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), Map.of(REVIEW_HELD_ON, "2026-08-03",
        CHILD_OUTCOMES, SpinValues.jsonValue("[{\"childNumber\": 1, \"planContinues\": \"false\", \"endReason\": \"left-uk\"}]").create()));
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isEqualTo("2026-08-03");
    assertThat(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)).get(1).planEndDate()).isEqualTo("2026-03-02");
  }

  @Test
  @DisplayName("ADR 0033, R35: Ben's plan ends at the review with needs: the key worker records Ben's own exit plan, then holds his step-down meeting; Amy's plan, meetings and clocks go on; Ben's plan closes that day")
  void childsOwnExitPlanAndStepDown() {
    today("2025-12-15");
    String ref = Cases.newReference();
    String amyName = "Amy " + ref;
    String benName = "Ben " + ref;
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15",
        CHILDREN_LIST.replace("Amy Example", amyName).replace("Ben Example", benName)));
    String amy = monitoringOf(ref, amyName);

    today("2026-03-02");
    review(ref, "2026-03-02", """
        [{"childNumber": 1, "planContinues": "true"},
         {"childNumber": 2, "planContinues": "false", "endReason": "no-longer-at-risk"}]""");

    Task exitPlan = Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN);
    // 5 working days after Monday 2 March 2026; the form names Ben
    assertThat(exitPlan).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-09"));
    assertThat(tasks.getVariable(exitPlan.getId(), CHILD_NAME)).isEqualTo(benName);
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE, TASK_RECORD_CHILDS_EXIT_PLAN)
        .hasNotPassed(TASK_RECORD_EXIT_PLAN);
    assertThat(runtime.createExecutionQuery().processInstanceId(amy)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isEqualTo(1);

    // the plan's own checks: too short an exit plan is refused naming it, nothing kept
    rejectedNaming(EXIT_PLAN, () -> forms.submitTaskForm(exitPlan.getId(), Map.of(EXIT_PLAN, "GP")));
    forms.submitTaskForm(exitPlan.getId(), Map.of(EXIT_PLAN, "The school nurse and the family support worker, weekly"));
    assertThat(runtime.getVariable(plan.getId(), EXIT_PLAN)).as("the plan's own exit plan is still to come").isNull();

    Task stepDown = Cases.openTask(tasks, ref, TASK_HOLD_CHILDS_STEP_DOWN_MEETING);
    assertThat(stepDown).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-12"));
    assertThat(tasks.getVariable(stepDown.getId(), CHILD_NAME)).isEqualTo(benName);
    today("2026-03-10");
    // before Ben's plan ended: refused naming the date
    rejectedNaming(STEP_DOWN_HELD_ON, () -> forms.submitTaskForm(stepDown.getId(),
        Map.of(STEP_DOWN_HELD_ON, "2026-02-27", STEP_DOWN_TYPE, "child-in-need")));
    // re-referral: until his step-down is held Ben's plan is not closed
    assertThat(previousPlans.of(benName, LocalDate.parse("2021-03-10"))).singleElement()
        .satisfies(p -> assertThat(p.closedOn()).isNull());
    forms.submitTaskForm(stepDown.getId(), Map.of(STEP_DOWN_HELD_ON, "2026-03-09", STEP_DOWN_TYPE, "child-in-need",
        CHILD_IN_NEED_PLAN_FROM, "2026-03-09"));

    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE).isNotEnded();
    assertThat(runtime.getVariable(plan.getId(), STEP_DOWN_HELD_ON)).isNull();
    SiblingGroup.Child ben = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)).get(1);
    assertThat(ben.closedOn()).isEqualTo("2026-03-10");
    assertThat(ben.values).containsEntry(EXIT_PLAN, "The school nurse and the family support worker, weekly")
        .containsEntry(STEP_DOWN_TYPE, "child-in-need");
    assertThat(previousPlans.of(benName, LocalDate.parse("2021-03-10"))).singleElement()
        .satisfies(p -> assertThat(p.closedOn()).isEqualTo("2026-03-10"));
    // Amy is still on the plan: no earlier plan of hers has ended
    assertThat(previousPlans.of(amyName, LocalDate.parse("2019-06-01"))).isEmpty();
  }

  @Test
  @DisplayName("ADR 0033, R35 [WT]: Ben moves to another area alone: the key worker transfers Ben's plan; his clocks run until the transfer-in conference is recorded, then his plan ends as transferred with his own exit plan; Amy's plan goes on")
  void oneChildMovesAlone() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));
    String amy = monitoringOf(ref, "Amy Example");
    String ben = monitoringOf(ref, "Ben Example");

    today("2026-03-02");
    review(ref, "2026-03-02", """
        [{"childNumber": 1, "planContinues": "true"},
         {"childNumber": 2, "planContinues": "false", "endReason": "moved-area"}]""");

    Task transfer = Cases.openTask(tasks, ref, TASK_TRANSFER_CHILDS_PLAN);
    assertThat(transfer).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-03"));
    assertThat(tasks.getVariable(transfer.getId(), CHILD_NAME)).isEqualTo("Ben Example");
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE, TASK_TRANSFER_CHILDS_PLAN)
        .hasNotPassed(TASK_TRANSFER_PLAN, TASK_STOP_ENDED_CHILDRENS_CLOCKS);
    SiblingGroup.Child moving = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)).get(1);
    assertThat(moving.onPlan()).isTrue();
    assertThat(moving.moving()).isTrue();
    // Ben's plan is active: his clock runs and a visit that saw him counts
    assertThat(runtime.createExecutionQuery().processInstanceId(ben)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isEqualTo(1);
    identity.setAuthentication("helen.health", List.of("health"));
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, visit(ref, "2026-03-02", "Ben Example"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-03-02");
    // the next review decides for Amy only
    Task nextReview = Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(tasks.getVariable(nextReview.getId(), CHILD_OUTCOMES).toString()).contains("Amy Example").doesNotContain("Ben Example");

    // the plan's own checks: told before the review is refused naming the field, nothing kept
    rejectedNaming(RECEIVING_AUTHORITY_TOLD_ON, () -> forms.submitTaskForm(transfer.getId(), PlanTransferTest.transferForm("2026-02-27")));
    today("2026-03-03");
    Map<String, Object> told = PlanTransferTest.transferForm("2026-03-03");
    forms.submitTaskForm(transfer.getId(), told);
    Task record = Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_TRANSFER_IN_CONFERENCE);
    assertThat(record).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-24"));
    // Ben's transfer is his: nothing of it is written on the plan's own transfer
    Map<String, Object> planVariables = runtime.getVariables(plan.getId());
    assertThat(planVariables.keySet()).doesNotContainAnyElementsOf(told.keySet())
        .doesNotContain(TRANSFER_NOTICE_DUE, TRANSFER_IN_CONFERENCE_DUE);

    // overdue: the team manager chases it, as for the plan's transfer
    today("2026-03-25");
    management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
        .activityId(BOUNDARY_CHILDS_TRANSFER_IN_CONFERENCE_OVERDUE).singleResult().getId());
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_CHASE_CHILDS_TRANSFER_IN_CONFERENCE).getId(),
        Map.of(TRANSFER_CHASE_NOTE, "Rang their duty manager: conference on 26 March"));

    today("2026-03-26");
    rejectedNaming(TRANSFER_IN_CONFERENCE_ON, () -> forms.submitTaskForm(record.getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-27", TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_PLAN_CONTINUES)));
    forms.submitTaskForm(record.getId(), Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-26",
        TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_PLAN_CONTINUES));

    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children.get(1).endReason()).isEqualTo("transferred");
    assertThat(children.get(1).planEndDate()).isEqualTo("2026-03-26");
    assertThat(children.get(1).values).containsEntry(RECEIVING_AUTHORITY, "Leeds");
    assertThat(children.get(0).onPlan()).isTrue();
    assertThat(runtime.getVariable(ben, CaseMonitoringProcess.CHILD_PLAN_ENDED)).isEqualTo(true);
    assertThat(runtime.createExecutionQuery().processInstanceId(ben)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isZero();
    assertThat(runtime.createExecutionQuery().processInstanceId(amy)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isEqualTo(1);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();
    // Ben's own exit plan, no step-down: he is not here with needs
    Task exitPlan = Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN);
    assertThat(tasks.getVariable(exitPlan.getId(), CHILD_NAME)).isEqualTo("Ben Example");
    forms.submitTaskForm(exitPlan.getId(), Map.of(EXIT_PLAN, "Leeds City Council children's services, duty team"));
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE)
        .hasNotPassed(TASK_HOLD_CHILDS_STEP_DOWN_MEETING, END_EVENT_PLAN_TRANSFERRED_WITH_LAST_CHILD);
  }

  @Test
  @DisplayName("ADR 0033: Amy's plan ends while Ben moves alone: Amy's own exit plan and step-down, the plan stays open for Ben; his transfer-in conference ends the plan as transferred, with its exit plan")
  void lastChildsTransferEndsThePlan() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));

    today("2026-03-02");
    review(ref, "2026-03-02", """
        [{"childNumber": 1, "planContinues": "false", "endReason": "no-longer-at-risk"},
         {"childNumber": 2, "planContinues": "false", "endReason": "moved-area"}]""");
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE, TASK_RECORD_CHILDS_EXIT_PLAN,
        TASK_TRANSFER_CHILDS_PLAN);
    assertThat(tasks.getVariable(Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN).getId(), CHILD_NAME)).isEqualTo("Amy Example");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN).getId(),
        Map.of(EXIT_PLAN, "The school nurse and the family support worker, weekly"));
    assertThat(plan).isWaitingAt(TASK_HOLD_CHILDS_STEP_DOWN_MEETING);

    today("2026-03-03");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_TRANSFER_CHILDS_PLAN).getId(), PlanTransferTest.transferForm("2026-03-03"));
    today("2026-03-05");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_TRANSFER_IN_CONFERENCE).getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-05", TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_NO_PLAN));

    // the last child on the plan: the plan ends as transferred; Amy's step-down is still hers to hold
    assertThat(plan).hasPassed(END_EVENT_PLAN_TRANSFERRED_WITH_LAST_CHILD)
        .isWaitingAt(TASK_RECORD_EXIT_PLAN, TASK_HOLD_CHILDS_STEP_DOWN_MEETING);
    assertThat(runtime.getVariable(plan.getId(), END_REASON)).isEqualTo("transferred");
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isEqualTo("2026-03-05");
    assertThat(runtime.getVariable(plan.getId(), STEP_DOWN_NEEDED)).isEqualTo(false);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_HOLD_REVIEW_CONFERENCE).count()).isZero();
    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children).extracting(SiblingGroup.Child::endReason).containsExactly("no-longer-at-risk", "transferred");

    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_EXIT_PLAN).getId(),
        Map.of(EXIT_PLAN, "Leeds City Council children's services, duty team"));
    assertThat(plan).isWaitingAt(TASK_HOLD_CHILDS_STEP_DOWN_MEETING).hasPassed(END_EVENT_CASE_CLOSED);
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_CHILDS_STEP_DOWN_MEETING).getId(),
        Map.of(STEP_DOWN_HELD_ON, "2026-03-05", STEP_DOWN_TYPE, "team-around-the-child"));
    assertThat(plan).isEnded();
  }

  @Test
  @DisplayName("ADR 0033, R35 [WT]: the whole family moves: one transfer of the plan, as for one child")
  void wholeFamilyMoves() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));
    today("2026-03-02");
    review(ref, "2026-03-02", """
        [{"childNumber": 1, "planContinues": "false", "endReason": "moved-area"},
         {"childNumber": 2, "planContinues": "false", "endReason": "moved-area"}]""");
    assertThat(plan).isWaitingAt(TASK_TRANSFER_PLAN, CALL_CORE_GROUP_MEETING).hasNotPassed(TASK_TRANSFER_CHILDS_PLAN);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_TRANSFER_PLAN).count()).isEqualTo(1);

    today("2026-03-03");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId(), PlanTransferTest.transferForm("2026-03-03"));
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_TRANSFER_IN_CONFERENCE).getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-03", TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_PLAN_CONTINUES));
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN).hasNotPassed(TASK_RECORD_CHILDS_EXIT_PLAN);
    assertThat(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN))).extracting(SiblingGroup.Child::endReason)
        .containsExactly("transferred", "transferred");
  }

  @Test
  @DisplayName("ADR 0033, bad input: while Ben's plan is being transferred, a review row for him is refused naming it, nothing kept")
  void movingChildNotDecidedAgain() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", CHILDREN_LIST));
    today("2026-03-02");
    review(ref, "2026-03-02", """
        [{"childNumber": 1, "planContinues": "true"},
         {"childNumber": 2, "planContinues": "false", "endReason": "moved-area"}]""");
    today("2026-08-03");
    Task next = Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE);
    InputRejected refused = rejectedNaming(CHILD_OUTCOMES + "[2].childNumber", () -> forms.submitTaskForm(next.getId(),
        Map.of(REVIEW_HELD_ON, "2026-08-03", CHILD_OUTCOMES, SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true"},
             {"childNumber": 2, "planContinues": "false", "endReason": "left-uk"}]""").create())));
    assertThat(refused).hasMessageContaining("being transferred");
    assertThat(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId()).isEqualTo(next.getId());
    assertThat(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN)).get(1).moving()).isTrue();
  }

  @Test
  @DisplayName("ADR 0033, R35: the elder child's plan ends on her 18th birthday; her clocks stop; the plan waits for her brother's")
  void elderChildTurns18() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", """
        [{"childName": "Amy Example", "childBirthDate": "2008-01-20", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]"""));
    String amy = monitoringOf(ref, "Amy Example");
    assertThat(runtime.getVariable(plan.getId(), EIGHTEENTH_BIRTHDAY))
        .isEqualTo(org.coregroup.calendar.EngineClock.startOfDay(LocalDate.parse("2026-01-20")));

    today("2026-01-20");
    management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
        .activityId(TIMER_CHILD_TURNS_18).singleResult().getId());

    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE, TIMER_CHILD_TURNS_18)
        .hasPassed(GATEWAY_SIBLINGS_STILL_ON_PLAN);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();
    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children.get(0).endReason()).isEqualTo("turned-18");
    assertThat(children.get(0).planEndDate()).isEqualTo("2026-01-20");
    assertThat(children.get(1).onPlan()).isTrue();
    assertThat(runtime.getVariable(plan.getId(), EIGHTEENTH_BIRTHDAY))
        .isEqualTo(org.coregroup.calendar.EngineClock.startOfDay(LocalDate.parse("2039-03-10")));
    assertThat(runtime.createExecutionQuery().processInstanceId(amy)
        .activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).count()).isZero();
    // Amy's own exit plan; no step-down meeting: she is an adult now
    Task exitPlan = Cases.openTask(tasks, ref, TASK_RECORD_CHILDS_EXIT_PLAN);
    assertThat(tasks.getVariable(exitPlan.getId(), CHILD_NAME)).isEqualTo("Amy Example");
    forms.submitTaskForm(exitPlan.getId(), Map.of(EXIT_PLAN, "Adult social care duty team and her GP practice"));
    assertThat(plan).hasNotPassed(TASK_HOLD_CHILDS_STEP_DOWN_MEETING).hasPassed(TASK_CLOSE_CHILDS_PLAN);
    // the review that follows asks only about Ben
    today("2026-03-02");
    assertThat(tasks.getVariable(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(), CHILD_OUTCOMES).toString())
        .contains("Ben Example").doesNotContain("Amy Example");
  }

  @Test
  @DisplayName("ADR 0033, bad input: a child twice in the list, or the list beside a single child's name, is refused naming the field; nothing is started")
  void duplicateChildRefused() {
    today("2025-12-16");
    String ref = Cases.newReference();
    InputRejected twice = rejectedNaming(CHILDREN + "[3].childName", () -> runtime.startProcessInstanceByKey(KEY, ref,
        siblings("2025-12-15", """
            [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
             {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"},
             {"childName": " amy example ", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"}]""")));
    assertThat(twice).hasMessageContaining("already child 1");

    Map<String, Object> both = siblings("2025-12-15", CHILDREN_LIST);
    both.put(CHILD_NAME, "Amy Example");
    rejectedNaming(CHILD_NAME, () -> runtime.startProcessInstanceByKey(KEY, ref, both));
    rejectedNaming(CHILDREN + "[2].categoryOfAbuse", () -> runtime.startProcessInstanceByKey(KEY, ref, siblings("2025-12-15", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10"}]""")));

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("ADR 0033: from the start form: brothers and sisters ticked, the list's empty rows ignored; ticked with no child named is refused naming the list")
  void startFormSiblingGroup() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> ticked = siblings("2025-12-15", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "", "childBirthDate": null, "categoryOfAbuse": null},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]""");
    ticked.put(SIBLING_GROUP, true);
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, ticked);
    assertThat(SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN))).extracting(SiblingGroup.Child::name)
        .containsExactly("Amy Example", "Ben Example");

    String other = Cases.newReference();
    Map<String, Object> noneNamed = siblings("2025-12-15", "[{\"childName\": \" \"}]");
    noneNamed.put(SIBLING_GROUP, true);
    rejectedNaming(CHILDREN, () -> runtime.startProcessInstanceByKey(KEY, other, noneNamed));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(other).count()).isZero();
  }

  @Test
  @DisplayName("ADR 0033: a single child's plan keeps its children as a list of one, with the child's own record")
  void singleChildIsAListOfOne() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, plan("national", "2025-12-15"));
    List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan.getId(), CHILDREN));
    assertThat(children).hasSize(1);
    assertThat(children.get(0).name()).isEqualTo("Amy Example");
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isEqualTo(1);
  }

  private void review(String ref, String heldOn, String outcomes) {
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(REVIEW_HELD_ON, heldOn, CHILD_OUTCOMES, SpinValues.jsonValue(outcomes).create()));
  }

  private String monitoringOf(String ref, String childName) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY).processInstanceBusinessKey(ref)
        .variableValueEquals(CaseMonitoringProcess.CHILD_NAME, childName).singleResult().getId();
  }

  private static Map<String, Object> visit(String ref, String date, String childrenSeen) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RecordVisitProcess.CASE_REFERENCE, ref);
    vars.put(RecordVisitProcess.VISIT_DATE, date);
    vars.put(RecordVisitProcess.VISITOR_AGENCY, "health");
    vars.put(RecordVisitProcess.CHILD_SEEN, "true");
    vars.put(RecordVisitProcess.SEEN_ALONE, "false");
    if (childrenSeen != null) {
      vars.put(RecordVisitProcess.CHILDREN_SEEN, childrenSeen);
    }
    return vars;
  }
}
