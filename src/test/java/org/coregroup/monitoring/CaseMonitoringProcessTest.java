package org.coregroup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.monitoring.CaseMonitoringProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.midnight;
import static org.coregroup.plan.PlanCases.plan;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.notification.NotificationLog;
import org.coregroup.calendaradmin.CalendarChangeProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.OpenCases;

/** Seeing the child and drift: the case's monitoring clocks under each profile's rules (R24-R26, R31). */
@CoreGroupTest
class CaseMonitoringProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    open.closeAll(runtime);
  }

  @Test
  @DisplayName("R24 brent: seen every 10 working days from the ICPC; a visit restarts the clock; overdue gives the key worker a task and tells the team manager")
  void brentChildSeen() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("brent", "2025-12-15"));

    assertThat(monitoring).isWaitingAt(TIMER_CHILD_NOT_SEEN, TIMER_PLAN_OPEN_LONG, MESSAGE_EVENT_VISIT_RECORDED)
        .hasPassed(END_EVENT_NO_SEEN_ALONE_RULE);
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2025-12-31"));

    today("2025-12-22");
    recordVisit(ref, visit("2025-12-22", "helen.health", "health", true, false));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-08"));
    assertThat(runtime.getVariable(monitoring.getId(), CHILD_SEEN_DUE)).isEqualTo(endOf("2026-01-08"));

    today("2026-01-09");
    management.executeJob(timer(monitoring, TIMER_CHILD_NOT_SEEN).getId());
    Task overdue = task(ref, TASK_SEE_CHILD);
    assertThat(overdue).isAssignedTo("sarah.social").hasDueDate(endOf("2026-01-08"));
    assertThat(runtime.getVariable(monitoring.getId(), NotificationLog.VARIABLE).toString())
        .contains("\"userId\":\"tom.manager\"", "Child not seen in time");

    rejectedNaming(VISIT_DATE, () -> tasks.complete(overdue.getId()));
    assertThat(task(ref, TASK_SEE_CHILD).getId()).isEqualTo(overdue.getId());

    recordVisit(ref, visit("2026-01-09", "sarah.social", "childrens-social-care", true, false));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_SEE_CHILD).count()).isZero();
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-23"));
    assertThat(runtime.getVariable(monitoring.getId(), VISITS).toString())
        .contains("\"visitDate\":\"2025-12-22\"", "\"visitedBy\":\"helen.health\"", "\"visitDate\":\"2026-01-09\"");
  }

  @Test
  @DisplayName("R24: a visit where the child was not seen, or dated before the last one, does not restart the clock")
  void visitsThatDoNotCount() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("brent", "2025-12-15"));
    today("2025-12-22");
    recordVisit(ref, visit("2025-12-22", "helen.health", "health", false, false));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2025-12-31"));
    recordVisit(ref, visit("2025-12-19", "eddie.school", "education", true, false));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-07"));
    recordVisit(ref, visit("2025-12-16", "eddie.school", "education", true, false));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-07"));
  }

  @Test
  @DisplayName("Counting days, R24: a closure day added by an administrator moves the child-seen deadline and its timer")
  void closureDayMovesChildSeenClock() {
    today("2025-12-15");
    ProcessInstance monitoring = startPlan(Cases.newReference(), plan("brent", "2025-12-15"));
    calendarChange(CalendarChangeProcess.ADD, "Council closure");
    try {
      assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-02"));
      assertThat(runtime.getVariable(monitoring.getId(), CHILD_SEEN_DUE)).isEqualTo(endOf("2026-01-02"));
    } finally {
      calendarChange(CalendarChangeProcess.REMOVE, null);
    }
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2025-12-31"));
  }

  @Test
  @DisplayName("R26: a member records a visit with the Tasklist start form")
  void visitFromTasklist() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("brent", "2025-12-15"));
    today("2025-12-16");
    Map<String, Object> vars = visit("2025-12-16", "eddie.school", "education", true, false);
    vars.put(RecordVisitProcess.CASE_REFERENCE, ref);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(RecordVisitProcess.KEY)
        .latestVersion().singleResult().getId();
    identity.setAuthentication("eddie.school", List.of("education"));
    try {
      forms.submitStartForm(definition, vars);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-02"));
  }

  @Test
  @DisplayName("R25 bedfordshire: the key worker sees the child alone every 4 weeks; only the key worker's visits alone count")
  void bedfordshireSeenAlone() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("bedfordshire", "2025-12-15"));
    assertThat(monitoring).isWaitingAt(TIMER_CHILD_NOT_SEEN_ALONE).hasPassed(END_EVENT_NO_CHILD_SEEN_RULE);
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getDuedate()).isEqualTo(endOf("2026-01-12"));

    today("2026-01-05");
    recordVisit(ref, visit("2026-01-05", "helen.health", "health", true, true));
    recordVisit(ref, visit("2026-01-05", "sarah.social", "childrens-social-care", true, false));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getDuedate()).isEqualTo(endOf("2026-01-12"));
    recordVisit(ref, visit("2026-01-05", "sarah.social", "childrens-social-care", true, true));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getDuedate()).isEqualTo(endOf("2026-02-02"));

    today("2026-02-03");
    management.executeJob(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getId());
    assertThat(task(ref, TASK_SEE_CHILD_ALONE)).isAssignedTo("sarah.social").hasDueDate(endOf("2026-02-02"));
    assertThat(runtime.getVariable(monitoring.getId(), NotificationLog.VARIABLE).toString())
        .contains("\"userId\":\"tom.manager\"", "Child not seen alone in time");
    recordVisit(ref, visit("2026-02-03", "sarah.social", "childrens-social-care", true, true));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_SEE_CHILD_ALONE).count())
        .isZero();
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getDuedate()).isEqualTo(endOf("2026-03-03"));
  }

  @Test
  @DisplayName("R24, R25: intervals the conference set for the case win over the profile's; national has no clocks of its own")
  void conferenceSetsIntervals() {
    today("2025-12-15");
    String plain = Cases.newReference();
    ProcessInstance national = startPlan(plain, plan("national", "2025-12-15"));
    assertThat(national).hasPassed(END_EVENT_NO_CHILD_SEEN_RULE, END_EVENT_NO_SEEN_ALONE_RULE)
        .isWaitingAt(TIMER_PLAN_OPEN_LONG, MESSAGE_EVENT_VISIT_RECORDED);

    String ref = Cases.newReference();
    Map<String, Object> vars = plan("brent", "2025-12-15");
    vars.put(CHILD_SEEN_WORKING_DAYS, 5);
    vars.put(KEY_WORKER_SEES_CHILD_ALONE_WEEKS, 2);
    ProcessInstance monitoring = startPlan(ref, vars);
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2025-12-22"));
    assertThat(timer(monitoring, TIMER_CHILD_NOT_SEEN_ALONE).getDuedate()).isEqualTo(endOf("2025-12-29"));
  }

  @Test
  @DisplayName("R24, R25, bad input: a conference interval that is not a sensible whole number refuses the plan start; nothing is created")
  void badIntervalRefused() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = plan("brent", "2025-12-15");
    vars.put(CHILD_SEEN_WORKING_DAYS, 0);
    rejectedNaming(CHILD_SEEN_WORKING_DAYS, () -> runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("R31: the team manager reviews the plan at 9, 12 and 18 months; at 18 months a legal planning meeting can follow")
  void driftReviews() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("national", "2025-12-15"));
    assertThat(timer(monitoring, TIMER_PLAN_OPEN_LONG).getDuedate()).isEqualTo(midnight("2026-09-15"));

    today("2026-09-15");
    management.executeJob(timer(monitoring, TIMER_PLAN_OPEN_LONG).getId());
    Task nine = task(ref, TASK_REVIEW_PLAN_DRIFT);
    assertThat(nine).isAssignedTo("tom.manager").hasDueDate(endOf("2026-09-22"));
    assertThat(tasks.getVariable(nine.getId(), MONTHS_OPEN)).isEqualTo(9);
    rejectedNaming(DRIFT_REVIEW_NOTES, () -> forms.submitTaskForm(nine.getId(), Map.of()));
    forms.submitTaskForm(nine.getId(), Map.of(DRIFT_REVIEW_NOTES, "Progress on school attendance; housing stuck"));
    assertThat(timer(monitoring, TIMER_PLAN_OPEN_LONG).getDuedate()).isEqualTo(midnight("2026-12-15"));

    today("2026-12-15");
    management.executeJob(timer(monitoring, TIMER_PLAN_OPEN_LONG).getId());
    forms.submitTaskForm(task(ref, TASK_REVIEW_PLAN_DRIFT).getId(), Map.of(DRIFT_REVIEW_NOTES, "Some progress"));
    assertThat(timer(monitoring, TIMER_PLAN_OPEN_LONG).getDuedate()).isEqualTo(midnight("2027-06-15"));

    today("2027-06-15");
    management.executeJob(timer(monitoring, TIMER_PLAN_OPEN_LONG).getId());
    Task eighteen = task(ref, TASK_REVIEW_PLAN_DRIFT);
    assertThat(tasks.getVariable(eighteen.getId(), MONTHS_OPEN)).isEqualTo(18);
    rejectedNaming(LEGAL_PLANNING_MEETING_NEEDED, () -> forms.submitTaskForm(eighteen.getId(),
        Map.of(DRIFT_REVIEW_NOTES, "Drifting")));
    forms.submitTaskForm(eighteen.getId(), Map.of(DRIFT_REVIEW_NOTES, "Drifting", LEGAL_PLANNING_MEETING_NEEDED, "true"));
    assertThat(task(ref, TASK_ARRANGE_LEGAL_PLANNING_MEETING)).isAssignedTo("tom.manager").hasDueDate(endOf("2027-06-29"));
    assertThat(management.createJobQuery().processInstanceId(monitoring.getId()).activityId(TIMER_PLAN_OPEN_LONG).count())
        .isZero();
    forms.submitTaskForm(task(ref, TASK_ARRANGE_LEGAL_PLANNING_MEETING).getId(),
        Map.of(LEGAL_PLANNING_MEETING_ON, "2027-06-24"));
    assertThat(monitoring).isWaitingAt(MESSAGE_EVENT_VISIT_RECORDED);
  }

  @Test
  @DisplayName("R35: when the plan ends, its monitoring stops with it")
  void planEndStopsMonitoring() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance monitoring = startPlan(ref, plan("brent", "2025-12-15"));
    today("2026-03-02");
    Task review = task(ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
    forms.submitTaskForm(review.getId(), Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2026-03-02",
        ChildProtectionPlanProcess.PLAN_CONTINUES, "false", ChildProtectionPlanProcess.END_REASON, "left-uk"));
    assertThat(monitoring).isEnded();
    assertThat(management.createJobQuery().processInstanceId(monitoring.getId()).count()).isZero();
  }

  @ParameterizedTest(name = "{0}: child seen by {1}, seen alone by {2}")
  @DisplayName("R24, R25: each profile's visiting clocks, ICPC Monday 2025-12-15 (- = the profile sets no such rule)")
  @CsvSource(nullValues = "-", value = {
      "national,         -,          -",
      "bedfordshire,     -,          2026-01-12",
      "sandwell,         -,          -",
      "south-west,       -,          -",
      "south-east-wales, -,          -",
      "brent,            2025-12-31, -"})
  void profileClocks(String policy, String childSeenBy, String seenAloneBy) {
    today("2025-12-15");
    ProcessInstance monitoring = startPlan(Cases.newReference(), plan(policy, "2025-12-15"));
    assertDue(monitoring, TIMER_CHILD_NOT_SEEN, childSeenBy);
    assertDue(monitoring, TIMER_CHILD_NOT_SEEN_ALONE, seenAloneBy);
    assertThat(timer(monitoring, TIMER_PLAN_OPEN_LONG).getDuedate()).isEqualTo(midnight("2026-09-15"));
  }

  void assertDue(ProcessInstance monitoring, String timer, String due) {
    if (due == null) {
      assertThat(management.createJobQuery().processInstanceId(monitoring.getId()).activityId(timer).count()).isZero();
    } else {
      assertThat(timer(monitoring, timer).getDuedate()).isEqualTo(endOf(due));
    }
  }

  ProcessInstance startPlan(String ref, Map<String, Object> vars) {
    open.add(ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(vars));
    return monitoring(ref);
  }

  ProcessInstance monitoring(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).singleResult();
  }

  void calendarChange(String change, String name) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CalendarChangeProcess.CHANGE, change);
    vars.put(CalendarChangeProcess.CLOSURE_DATE, "2025-12-22");
    vars.put(CalendarChangeProcess.CLOSURE_NAME, name);
    runtime.startProcessInstanceByKey(CalendarChangeProcess.KEY, vars);
  }

  static Map<String, Object> visit(String date, String by, String agency, boolean seen, boolean alone) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VISIT_DATE, date);
    vars.put(VISITED_BY, by);
    vars.put(VISITOR_AGENCY, agency);
    vars.put(CHILD_SEEN, Boolean.toString(seen));
    vars.put(SEEN_ALONE, Boolean.toString(alone));
    vars.put(VISIT_NOTES, "Home visit");
    return vars;
  }

  void recordVisit(String ref, Map<String, Object> visit) {
    Map<String, Object> vars = new HashMap<>(visit);
    vars.put(RecordVisitProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, vars);
  }

  Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
  }

  Task task(String ref, String key) {
    return Cases.openTask(tasks, ref, key);
  }

}
