package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;
import static org.coregroup.input.Rejections.rejected;
import static org.coregroup.input.Rejections.rejectedNaming;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;

/** The life of a child protection plan, from the ICPC to the closed case (R1-R12, R32-R36). */
@CoreGroupTest
class ChildProtectionPlanProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  @DisplayName("Happy path: ICPC, two core groups, a review that ends the plan, exit plan, step-down, case closed")
  void fromIcpcToClosedCase() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("national", "2025-12-15"));

    // R4, R5: the first core group, due 10 working days after the ICPC (worked example)
    Task first = meetingTask(ref);
    assertThat(first).isAssignedTo("sarah.social").hasDueDate(endOf("2025-12-31"));
    assertThat(runtime.getVariable(meetingInstance(ref), CoreGroupMeetingProcess.MEETING_CHAIR)).isEqualTo("tom.manager");
    // R32, R33: the chair sees the first review, due 3 months after the ICPC
    assertThat(reviewTask(ref)).isAssignedTo("carol.chair").hasDueDate(endOf("2026-03-15"));

    today("2025-12-30");
    recordMeeting(ref, "2025-12-30", "2026-02-05");
    assertThat(meetingTask(ref)).hasDueDate(endOf("2026-02-05"));
    today("2026-02-05");
    recordMeeting(ref, "2026-02-05", "2026-03-10");

    today("2026-03-12");
    Task review = reviewTask(ref);
    assertThat((String) tasks.getVariable(review.getId(), MEETING_HISTORY_SUMMARY))
        .contains("Core groups since the last conference (Monday 15 December 2025): 2")
        .contains("1. Tuesday 30 December 2025 - in time (due by Wednesday 31 December 2025)")
        .contains("2. Thursday 5 February 2026 - in time");
    forms.submitTaskForm(review.getId(), Map.of(REVIEW_HELD_ON, "2026-03-12", PLAN_CONTINUES, "false",
        END_REASON, "no-longer-at-risk"));

    // R35: the core groups stop, the key worker records the exit plan, then the step-down meeting
    assertThat(meetingTaskOrNull(ref)).isNull();
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN).task(TASK_RECORD_EXIT_PLAN).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-19"));
    forms.submitTaskForm(task(ref, TASK_RECORD_EXIT_PLAN).getId(),
        Map.of(EXIT_PLAN, "Health visitor Helen Health (health) and the school nurse at Eddie's school"));
    assertThat(plan).isWaitingAt(TASK_HOLD_STEP_DOWN_MEETING).task(TASK_HOLD_STEP_DOWN_MEETING).hasDueDate(endOf("2026-03-22"));
    today("2026-03-20");
    forms.submitTaskForm(task(ref, TASK_HOLD_STEP_DOWN_MEETING).getId(), Map.of(STEP_DOWN_HELD_ON, "2026-03-20",
        STEP_DOWN_TYPE, "child-in-need", CHILD_IN_NEED_PLAN_FROM, "2026-03-20"));

    assertThat(plan).isEnded().hasPassed(END_EVENT_CASE_CLOSED);
    assertThat(historicVariable(plan, CASE_CLOSED_ON)).isEqualTo("2026-03-20");
    assertThat(historicVariable(plan, END_REASON)).isEqualTo("no-longer-at-risk");
  }

  @ParameterizedTest(name = "{0}: first core group by {2}, next at most {3} weeks later, first review by {4}")
  @DisplayName("Each profile's deadlines (R4, R7, R32), ICPC Monday 2025-12-15; south-west [002] within 10 calendar days: Christmas Eve")
  @CsvSource({
      "national,         2025-12-15, 2025-12-31, 6, 2026-03-15",
      "bedfordshire,     2025-12-15, 2025-12-31, 6, 2026-03-15",
      "sandwell,         2025-12-15, 2025-12-31, 6, 2026-03-15",
      "south-west,       2025-12-15, 2025-12-24, 4, 2026-03-15",
      "south-east-wales, 2025-12-15, 2025-12-31, 6, 2026-03-15",
      "brent,            2025-12-15, 2025-12-31, 6, 2026-03-15"})
  void profileDeadlines(String policy, String icpc, String firstDue, int intervalWeeks, String reviewDue) {
    today(icpc);
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan(policy, icpc));
    assertThat(meetingTask(ref)).hasDueDate(endOf(firstDue));
    assertThat(reviewTask(ref)).hasDueDate(endOf(reviewDue));

    today("2025-12-30");
    String latest = java.time.LocalDate.parse("2025-12-30").plusWeeks(intervalWeeks).toString();
    // the first meeting's record with what each partnership asks of it besides (docs/rules.md)
    forms.submitTaskForm(meetingTask(ref).getId(), MeetingRecords.asEveryProfileAsks("2025-12-30", latest));
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING);
    assertThat(meetingTask(ref)).hasDueDate(endOf(latest));
  }

  @Test
  @DisplayName("R7: a shorter interval set by the conference wins over the profile's")
  void conferenceSetsShorterInterval() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = plan("national", "2025-12-15");
    vars.put(MEETING_INTERVAL_WEEKS, 3);
    ProcessInstance plan = start(ref, vars);
    today("2025-12-30");
    recordMeeting(ref, "2025-12-30", "2026-01-21");
    assertThat(plan).isWaitingAt(TASK_APPROVE_LATER_MEETING);
  }

  @Test
  @DisplayName("R3: the first core group the ICPC set is due on its date, inside the R4 deadline")
  void icpcSetsFirstCoreGroup() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = plan("national", "2025-12-15");
    vars.put(FIRST_CORE_GROUP_AT, "2025-12-22T10:00");
    vars.put(FIRST_CORE_GROUP_VENUE, "Family hub, Room 2");
    ProcessInstance plan = start(ref, vars);

    assertThat(runtime.getVariable(plan.getId(), NEXT_CORE_GROUP_DUE)).isEqualTo(endOf("2025-12-22"));
    assertThat(runtime.getVariable(plan.getId(), FIRST_CORE_GROUP_DUE)).isEqualTo(endOf("2025-12-31"));
    assertThat(meetingTask(ref).getDueDate()).isBeforeOrEqualTo(endOf("2025-12-22"));
  }

  @Test
  @DisplayName("R8: a later meeting needs the team manager's approval with a reason, kept in the history")
  void managerApprovesLaterMeeting() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("south-west", "2025-12-15"));
    today("2025-12-30");
    recordMeeting(ref, "2025-12-30", "2026-02-05");

    assertThat(plan).isWaitingAt(TASK_APPROVE_LATER_MEETING).task(TASK_APPROVE_LATER_MEETING).isAssignedTo("tom.manager")
        .hasDueDate(endOf("2026-01-02"));
    Task decision = task(ref, TASK_APPROVE_LATER_MEETING);
    rejectedNaming(LATER_MEETING_REASON, () -> forms.submitTaskForm(decision.getId(), Map.of(LATER_MEETING_APPROVED, "true")));
    assertThat(plan).isWaitingAt(TASK_APPROVE_LATER_MEETING);

    forms.submitTaskForm(decision.getId(), Map.of(LATER_MEETING_APPROVED, "true",
        LATER_MEETING_REASON, "The school is closed for two weeks"));
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING);
    assertThat(meetingTask(ref)).hasDueDate(endOf("2026-02-05"));
    assertThat(runtime.getVariable(plan.getId(), MEETING_HISTORY).toString())
        .contains("The school is closed for two weeks");
  }

  @Test
  @DisplayName("R8: the team manager can set an earlier date instead")
  void managerSetsEarlierDate() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("south-west", "2025-12-15"));
    today("2025-12-30");
    recordMeeting(ref, "2025-12-30", "2026-02-05");
    Task decision = task(ref, TASK_APPROVE_LATER_MEETING);

    assertThat(rejected(() -> forms.submitTaskForm(decision.getId(), Map.of(LATER_MEETING_APPROVED, "false",
        EARLIER_MEETING_DATE, "2026-01-28")))).hasMessageContaining("Tuesday 27 January 2026");
    forms.submitTaskForm(decision.getId(), Map.of(LATER_MEETING_APPROVED, "false", EARLIER_MEETING_DATE, "2026-01-20"));
    assertThat(meetingTask(ref)).hasDueDate(endOf("2026-01-20"));
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING);
  }

  @Test
  @DisplayName("R32: a review brought forward by message gets the new due date; a later date is refused")
  void reviewBroughtForward() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("national", "2025-12-15"));
    today("2026-01-10");

    rejectedNaming(NEW_REVIEW_DATE, () -> runtime.createMessageCorrelation(MESSAGE_BRING_REVIEW_FORWARD).processInstanceBusinessKey(ref)
        .setVariable(NEW_REVIEW_DATE, "2026-04-01").correlate());
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-03-15"));

    runtime.createMessageCorrelation(MESSAGE_BRING_REVIEW_FORWARD).processInstanceBusinessKey(ref)
        .setVariable(NEW_REVIEW_DATE, "2026-01-20").correlate();
    assertThat(reviewTask(ref)).isAssignedTo("carol.chair").hasDueDate(endOf("2026-01-20"));
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE);
  }

  @Test
  @DisplayName("R34: a child who becomes looked after is recorded, and core groups go on")
  void childLookedAfter() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("brent", "2025-12-15"));
    runtime.createMessageCorrelation(MESSAGE_CHILD_LOOKED_AFTER).processInstanceBusinessKey(ref)
        .setVariable(LOOKED_AFTER_FROM, "2025-12-20").correlate();

    assertThat(runtime.getVariable(plan.getId(), LOOKED_AFTER)).isEqualTo(true);
    assertThat(runtime.getVariable(plan.getId(), LOOKED_AFTER_FROM)).isEqualTo("2025-12-20");
    assertThat(plan).isWaitingAt(CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(meetingTask(ref)).isNotNull();
  }

  @Test
  @DisplayName("R35: the plan ends on the child's 18th birthday; exit plan, no step-down, case closed")
  void childTurns18() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = plan("national", "2025-12-15");
    vars.put(CHILD_BIRTH_DATE, "2008-01-10");
    ProcessInstance plan = start(ref, vars);
    Job birthday = management.createJobQuery().processInstanceId(plan.getId()).timers().singleResult();
    assertThat(birthday.getDuedate()).isEqualTo(Dates.midnight("2026-01-10"));

    today("2026-01-10");
    management.executeJob(birthday.getId());

    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN);
    assertThat(runtime.getVariable(plan.getId(), END_REASON)).isEqualTo("turned-18");
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isEqualTo("2026-01-10");
    assertThat(meetingTaskOrNull(ref)).isNull();
    forms.submitTaskForm(task(ref, TASK_RECORD_EXIT_PLAN).getId(),
        Map.of(EXIT_PLAN, "Leaving care team, adult social care duty desk"));
    assertThat(plan).isEnded().hasPassed(END_EVENT_CASE_CLOSED).hasNotPassed(TASK_HOLD_STEP_DOWN_MEETING);
  }

  @ParameterizedTest(name = "{0}: step-down meeting {1}")
  @DisplayName("R35: each reason a review ends the plan at once (a move to another area is transferred first: PlanTransferTest); a step-down meeting only when the child stays with needs")
  @CsvSource({"no-longer-at-risk, true", "turned-18, false", "died, false", "left-uk, false"})
  void endReasons(String reason, boolean stepDown) {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("national", "2025-12-15"));
    today("2026-03-02");
    forms.submitTaskForm(reviewTask(ref).getId(), Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false",
        END_REASON, reason));
    forms.submitTaskForm(task(ref, TASK_RECORD_EXIT_PLAN).getId(), Map.of(EXIT_PLAN, "GP surgery and family hub, Mon-Fri"));

    if (stepDown) {
      assertThat(plan).isWaitingAt(TASK_HOLD_STEP_DOWN_MEETING);
    } else {
      assertThat(plan).isEnded().hasNotPassed(TASK_HOLD_STEP_DOWN_MEETING);
    }
    assertThat(historicVariable(plan, END_REASON)).isEqualTo(reason);
  }

  @Test
  @DisplayName("R35 sandwell [001]: the end of the plan is a multi-agency decision: ending without saying who agreed is refused; who agreed is kept")
  void sandwellEndIsMultiAgencyDecision() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("sandwell", "2025-12-15"));
    today("2026-03-02");
    Task review = reviewTask(ref);
    Map<String, Object> ending = new java.util.HashMap<>(Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false",
        END_REASON, "no-longer-at-risk", END_AGREED_BY, ""));
    org.coregroup.input.Rejections.rejectedNaming(END_AGREED_BY, () -> forms.submitTaskForm(review.getId(), ending));
    assertThat(plan).isWaitingAt(TASK_HOLD_REVIEW_CONFERENCE);

    ending.put(END_AGREED_BY, "Health: Helen Health; Education: Eddie School; Children's social care: Sarah Social");
    forms.submitTaskForm(review.getId(), ending);
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN);
    org.assertj.core.api.Assertions.assertThat(runtime.getVariable(plan.getId(), END_AGREED_BY).toString())
        .contains("Helen Health");
  }

  @Test
  @DisplayName("R32, R1: a review that continues the plan sets the next review 6 months on and keeps the category history")
  void reviewContinuesPlan() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("national", "2025-12-15"));
    today("2026-03-10");
    forms.submitTaskForm(reviewTask(ref).getId(), Map.of(REVIEW_HELD_ON, "2026-03-10", PLAN_CONTINUES, "true",
        NEW_CATEGORY_OF_ABUSE, "PHY"));

    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-09-10"));
    assertThat(runtime.getVariable(plan.getId(), LATEST_CATEGORY_OF_ABUSE)).isEqualTo("PHY");
    assertThat(runtime.getVariable(plan.getId(), CATEGORY_OF_ABUSE)).isEqualTo("NEG");
    assertThat(runtime.getVariable(plan.getId(), CATEGORY_HISTORY).toString())
        .contains("\"category\":\"NEG\"", "\"from\":\"2025-12-15\"", "\"category\":\"PHY\"", "\"from\":\"2026-03-10\"");
  }

  @Test
  @DisplayName("R35: a Child in Need plan may not start before the protection plan ended")
  void childInNeedPlanNeverOverlaps() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = start(ref, plan("national", "2025-12-15"));
    today("2026-03-02");
    forms.submitTaskForm(reviewTask(ref).getId(), Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false",
        END_REASON, "no-longer-at-risk"));
    forms.submitTaskForm(task(ref, TASK_RECORD_EXIT_PLAN).getId(), Map.of(EXIT_PLAN, "GP surgery and family hub, Mon-Fri"));
    today("2026-03-05");
    String stepDown = task(ref, TASK_HOLD_STEP_DOWN_MEETING).getId();

    rejectedNaming(CHILD_IN_NEED_PLAN_FROM, () -> forms.submitTaskForm(stepDown, Map.of(STEP_DOWN_HELD_ON, "2026-03-04",
        STEP_DOWN_TYPE, "child-in-need", CHILD_IN_NEED_PLAN_FROM, "2026-02-27")));
    assertThat(plan).isWaitingAt(TASK_HOLD_STEP_DOWN_MEETING);
    assertThat(runtime.getVariable(plan.getId(), CHILD_IN_NEED_PLAN_FROM)).isNull();
  }

  @Test
  @DisplayName("Bad input: a meeting record refused leaves the case exactly as it was")
  void rejectedMeetingRecordKeepsNothing() {
    today("2025-12-15");
    String ref = Cases.newReference();
    start(ref, plan("national", "2025-12-15"));
    today("2025-12-30");
    Task meeting = meetingTask(ref);

    rejectedNaming(NEXT_MEETING_DATE, () -> forms.submitTaskForm(meeting.getId(), Map.of(MEETING_HELD_ON, "2025-12-30",
        NEXT_MEETING_DATE, "2025-12-29", CoreGroupMeetingProcess.NEXT_MEETING_VENUE, "Family hub")));
    assertThat(meetingTask(ref).getId()).isEqualTo(meeting.getId());
    assertThat(runtime.getVariable(meeting.getExecutionId(), MEETING_HELD_ON)).isNull();
  }

  @Test
  @DisplayName("R1: the start form in Tasklist starts the plan with the case reference as business key")
  void startThroughStartForm() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = plan("national", "2025-12-15");
    vars.put(CASE_REFERENCE, ref);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance plan = forms.submitStartForm(definition, vars);

    assertThat(plan.getBusinessKey()).isEqualTo(ref);
    assertThat(meetingTask(ref)).isAssignedTo("sarah.social");
  }

  @Test
  @DisplayName("Bad input: a second open plan with the same case reference is refused")
  void duplicateCaseReference() {
    today("2025-12-15");
    String ref = Cases.newReference();
    start(ref, plan("national", "2025-12-15"));
    assertThat(rejected(() -> start(ref, plan("national", "2025-12-15")))).hasMessageContaining("already open");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count())
        .isEqualTo(1);
  }

  ProcessInstance start(String ref, Map<String, Object> vars) {
    return runtime.startProcessInstanceByKey(KEY, ref, new HashMap<>(vars));
  }

  void recordMeeting(String ref, String heldOn, String next) {
    // the whole record the meeting asks for (R19, R20): everyone present, so it goes ahead (R15)
    forms.submitTaskForm(meetingTask(ref).getId(), MeetingRecords.held(heldOn, next));
  }

  Task meetingTask(String ref) {
    Task task = meetingTaskOrNull(ref);
    assertThat(task).as("the core group meeting task of " + ref).isNotNull();
    return task;
  }

  Task meetingTaskOrNull(String ref) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).singleResult();
  }

  String meetingInstance(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
  }

  Task reviewTask(String ref) {
    return task(ref, TASK_HOLD_REVIEW_CONFERENCE);
  }

  Task task(String ref, String taskDefinitionKey) {
    return Cases.openTask(tasks, ref, taskDefinitionKey);
  }

  Object historicVariable(ProcessInstance plan, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableName(name)
        .singleResult().getValue();
  }
}
