package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.TasklistBrowser.TASKLIST_DATE_TIME;
import static org.coregroup.plan.ChildProtectionPlanProcess.KEY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.OpenCases;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a key worker does in the real Camunda Tasklist: log in, start a plan with the start form
 * (R1-R3) and find the first core group task, due 10 working days after the ICPC (R4).
 *
 * <p>Runs in {@code mvn verify} (failsafe); how the browser is found, when the test is skipped and
 * what the DOM looks like: {@link TasklistBrowser}.
 */
@CoreGroupTest
class PlanBrowserTest {

  /** R4 under the national policy. */
  static final int FIRST_CORE_GROUP_WORKING_DAYS = 10;

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired WorkingDayCalendar calendar;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  final OpenCases cases = new OpenCases();

  @Test
  @DisplayName("R1-R4: the key worker starts a plan in Tasklist and finds the first core group task, due 10 working days after the ICPC")
  void keyWorkerStartsPlanInTasklist() {
    String ref = newReference();
    LocalDate icpc = recentMondayThatIsAWorkingDay();
    LocalDate due = calendar.addWorkingDays(icpc, FIRST_CORE_GROUP_WORKING_DAYS, Jurisdiction.ENGLAND_AND_WALES);

    logInAs("sarah.social", "Demo-pass-1");
    openStartForm("Child protection plan");
    fillStartForm(ref, icpc);
    clickStart();

    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
    browser.openTask("Record core group meeting", ref);
    String shownDue = browser.openTaskDueDate();
    assertThat(shownDue).isEqualTo(due.atTime(23, 59).format(TASKLIST_DATE_TIME));

    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).singleResult();
    assertThat(task).as("the first core group task of " + ref).isNotNull();
    assertThat(task.getAssignee()).isEqualTo("sarah.social");
    assertThat(task.getDueDate()).isEqualTo(EngineClock.endOfDay(due));
    assertThat(UkDates.dayOf(task.getDueDate())).isEqualTo(due);
  }

  @Test
  @DisplayName("ADR 0033: the key worker starts one plan for a brother and sister in Tasklist: one Core Group meeting, one monitoring per child")
  void keyWorkerStartsPlanForBrotherAndSister() {
    String ref = newReference();
    LocalDate icpc = recentMondayThatIsAWorkingDay();

    logInAs("sarah.social", "Demo-pass-1");
    openStartForm("Child protection plan");
    fillStartForm(ref, icpc);
    browser.checkbox(ChildProtectionPlanProcess.SIBLING_GROUP, true);
    // the list of children has two rows to begin with; the single child's fields are hidden
    browser.type("children_childName_0", "Amy Browser");
    browser.date("children_childBirthDate_0", icpc.minusYears(6));
    browser.select("children_categoryOfAbuse_0", "Neglect");
    browser.type("children_childName_1", "Ben Browser");
    browser.date("children_childBirthDate_1", icpc.minusYears(3));
    browser.select("children_categoryOfAbuse_1", "Physical abuse");
    browser.startAndWaitUntilStarted();

    String plan = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .singleResult().getId();
    assertThat(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILD_NAME)).isEqualTo("Amy Browser and Ben Browser");
    assertThat(SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)))
        .extracting(SiblingGroup.Child::name).containsExactly("Amy Browser", "Ben Browser");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(org.coregroup.monitoring.CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("ADR 0033 in Tasklist: the review form asks for each child; Ben's plan ends, Amy's continues")
  void reviewDecidesForEachChild() {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, today());
    String ref = cases.add(newReference());
    java.util.Map<String, Object> vars = new java.util.HashMap<>(PlanCases.plan("national", icpc.toString()));
    vars.remove(ChildProtectionPlanProcess.CHILD_NAME);
    vars.remove(ChildProtectionPlanProcess.CHILD_BIRTH_DATE);
    vars.remove(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE);
    vars.put(ChildProtectionPlanProcess.CHILDREN, org.camunda.spin.plugin.variable.SpinValues.jsonValue("""
        [{"childName": "Amy %1$s", "childBirthDate": "%2$s", "categoryOfAbuse": "NEG"},
         {"childName": "Ben %1$s", "childBirthDate": "%3$s", "categoryOfAbuse": "PHY"}]"""
        .formatted(ref, icpc.minusYears(6), icpc.minusYears(3))).create());
    String plan = runtime.startProcessInstanceByKey(KEY, ref, vars).getId();

    browser.logInAs("carol.chair");
    browser.openTask("Hold review conference", ref);
    browser.waitFor("each child's row", d -> d.getPageSource().contains("Each child's plan"));
    assertThat(browser.value("childOutcomes_childName_0")).isEqualTo("Amy " + ref);
    assertThat(browser.value("childOutcomes_childName_1")).isEqualTo("Ben " + ref);
    assertThat(browser.driver().getPageSource()).doesNotContain("Does the child protection plan continue?");
    browser.date(ChildProtectionPlanProcess.REVIEW_HELD_ON, today());
    browser.radio("childOutcomes_planContinues_0", "Yes");
    browser.radio("childOutcomes_planContinues_1", "No");
    browser.select("childOutcomes_endReason_1", "The child is no longer at continuing risk");
    browser.complete(() -> !SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)).get(1).onPlan());

    java.util.List<SiblingGroup.Child> children = SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN));
    assertThat(children.get(0).onPlan()).isTrue();
    assertThat(children.get(1).endReason()).isEqualTo("no-longer-at-risk");
    assertThat(runtime.getVariable(plan, ChildProtectionPlanProcess.PLAN_END_DATE)).isNull();
  }

  @Test
  @DisplayName("ADR 0033, R24 in Tasklist: a health visitor records a visit that saw Ben of a brother and sister: Ben's clock restarts, Amy's does not; a name not on the plan is refused with the children's names")
  void recordVisitForBrotherAndSister() {
    LocalDate icpc = recentMondayThatIsAWorkingDay();
    String ref = cases.add(newReference());
    java.util.Map<String, Object> vars = new java.util.HashMap<>(PlanCases.plan("national", icpc.toString()));
    vars.remove(ChildProtectionPlanProcess.CHILD_NAME);
    vars.remove(ChildProtectionPlanProcess.CHILD_BIRTH_DATE);
    vars.remove(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE);
    vars.put(ChildProtectionPlanProcess.CHILD_SEEN_WORKING_DAYS, 10);
    vars.put(ChildProtectionPlanProcess.CHILDREN, org.camunda.spin.plugin.variable.SpinValues.jsonValue("""
        [{"childName": "Amy %1$s", "childBirthDate": "%2$s", "categoryOfAbuse": "NEG"},
         {"childName": "Ben %1$s", "childBirthDate": "%3$s", "categoryOfAbuse": "PHY"}]"""
        .formatted(ref, icpc.minusYears(6), icpc.minusYears(3))).create());
    runtime.startProcessInstanceByKey(KEY, ref, vars);
    String amy = monitoringOf(ref, "Amy " + ref);
    String ben = monitoringOf(ref, "Ben " + ref);

    browser.logInAs("helen.health");
    browser.openStartForm("Record a visit", "caseReference");
    fillVisit(ref, "ben " + ref);
    browser.startAndWaitUntilStarted();
    assertThat(runtime.getVariable(ben, org.coregroup.monitoring.CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo(today().toString());
    assertThat(runtime.getVariable(amy, org.coregroup.monitoring.CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo(icpc.toString());

    browser.openStartForm("Record a visit", "caseReference");
    fillVisit(ref, "Cara " + ref);
    browser.clickStart();
    WebElement refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-content .notifications .alert-danger .message")));
    assertThat(refusal.getText()).contains("Which children were seen", "Amy " + ref + ", Ben " + ref).doesNotContain("childrenSeen");
    assertThat(runtime.getVariable(amy, org.coregroup.monitoring.CaseMonitoringProcess.VISITS).toString().split("visitDate", -1))
        .as("one visit kept").hasSize(2);
  }

  private void fillVisit(String ref, String childrenSeen) {
    browser.type("caseReference", ref);
    browser.date("visitDate", today());
    browser.select("visitorAgency", "Health");
    browser.radio("childSeen", "Yes");
    browser.waitFor("the children seen", ExpectedConditions.visibilityOfElementLocated(TasklistBrowser.field("childrenSeen")));
    browser.type("childrenSeen", childrenSeen);
    browser.radio("seenAlone", "No");
    browser.type("visitNotes", "Home visit after school");
  }

  private String monitoringOf(String ref, String childName) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(org.coregroup.monitoring.CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).variableValueEquals(org.coregroup.monitoring.CaseMonitoringProcess.CHILD_NAME, childName)
        .singleResult().getId();
  }

  @Test
  @DisplayName("ADR 0033, R1 in Tasklist: twins' births not recorded in time: the key worker's task asks which baby, from a list of the babies still to come; the last baby's task asks no more")
  void keyWorkerRecordsTwinsBirthsInTasklist() {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, today().minusDays(30));
    LocalDate expected = icpc.plusDays(5);
    String ref = cases.add(newReference());
    java.util.Map<String, Object> vars = new java.util.HashMap<>(PlanCases.siblingPlan("national", icpc.toString(), """
        [{"childName": "First twin of %1$s", "expectedBirthDate": "%2$s", "categoryOfAbuse": "NEG"},
         {"childName": "Second twin of %1$s", "expectedBirthDate": "%2$s", "categoryOfAbuse": "NEG"}]"""
        .formatted(ref, expected)));
    // the conference was held a month ago, before the babies' expected date
    Dates.today(icpc.toString());
    String plan;
    try {
      plan = runtime.startProcessInstanceByKey(KEY, ref, vars).getId();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    management.executeJob(birthTimer(plan).getId());

    browser.logInAs("sarah.social");
    browser.openTask("Record the birth", ref);
    browser.select(ChildProtectionPlanProcess.UNBORN_CHILD, "Second twin of " + ref + ", expected " + UkDates.day(expected));
    browser.type(ChildProtectionPlanProcess.NAME_AT_BIRTH, "Ben " + ref);
    browser.date(ChildProtectionPlanProcess.CHILD_BIRTH_DATE, expected.minusDays(1));
    browser.complete(() -> SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)).get(1).birthDate() != null);
    assertThat(SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)).get(1).name()).isEqualTo("Ben " + ref);
    assertThat(SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)).get(0).birthDate()).isNull();

    // the first twin's birth is still not recorded: asked again, with no choice left to make
    management.executeJob(birthTimer(plan).getId());
    browser.driver().navigate().refresh();
    browser.openTask("Record the birth", ref);
    browser.waitFor(ExpectedConditions.presenceOfElementLocated(TasklistBrowser.field(ChildProtectionPlanProcess.NAME_AT_BIRTH)));
    assertThat(browser.driver().findElements(TasklistBrowser.field(ChildProtectionPlanProcess.UNBORN_CHILD) )).isEmpty();
    browser.type(ChildProtectionPlanProcess.NAME_AT_BIRTH, "Amy " + ref);
    browser.date(ChildProtectionPlanProcess.CHILD_BIRTH_DATE, expected.minusDays(1));
    browser.complete(() -> SiblingGroup.of(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILDREN)).get(0).birthDate() != null);
    assertThat(runtime.getVariable(plan, ChildProtectionPlanProcess.CHILD_NAME)).isEqualTo("Amy " + ref + " and Ben " + ref);
  }

  private org.camunda.bpm.engine.runtime.Job birthTimer(String plan) {
    return management.createJobQuery().processInstanceId(plan)
        .activityId(ChildProtectionPlanProcess.TIMER_BIRTH_NOT_RECORDED).timers().singleResult();
  }

  @Test
  @DisplayName("R2: a start form with an ICPC on a Saturday is refused with the server's message, and nothing starts")
  void icpcOnSaturdayIsRefused() {
    String ref = newReference();
    LocalDate saturday = today().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));

    logInAs("sarah.social", "Demo-pass-1");
    openStartForm("Child protection plan");
    fillStartForm(ref, saturday);
    clickStart();

    WebElement refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-content .notifications .alert-danger .message")));
    assertThat(refusal.getText()).contains("Date of the conference (ICPC)")
        .contains(saturday.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)))
        .doesNotContain("icpcDate");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count())
        .isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .count()).isZero();
  }

  @Test
  @DisplayName("R10 brent [004 3.9] in Tasklist: the review form asks the chair for the next core group's date once the plan continues, and the meeting moves to it; a national review does not ask")
  void brentReviewAsksForTheNextCoreGroupDate() {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, today());
    String brent = cases.add(newReference());
    String national = cases.add(newReference());
    runtime.startProcessInstanceByKey(KEY, brent, new java.util.HashMap<>(PlanCases.plan("brent", icpc.toString())));
    runtime.startProcessInstanceByKey(KEY, national, new java.util.HashMap<>(PlanCases.plan("national", icpc.toString())));
    LocalDate next = today().plusDays(5);

    browser.logInAs("carol.chair");
    browser.openTask("Hold review conference", brent);
    browser.date(ChildProtectionPlanProcess.REVIEW_HELD_ON, today());
    browser.radio(ChildProtectionPlanProcess.PLAN_CONTINUES, "Yes");
    browser.waitFor("the next core group's date", d -> d.getPageSource().contains("Date of the next core group meeting"));
    browser.date(ChildProtectionPlanProcess.POST_REVIEW_MEETING_DATE, next);
    browser.complete(() -> tasks.createTaskQuery().processInstanceBusinessKey(brent)
        .taskDefinitionKey(ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).singleResult().getDueDate()
        .after(EngineClock.endOfDay(today().plusMonths(5))));
    String meeting = runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(brent).singleResult().getId();
    assertThat(runtime.getVariable(meeting, CoreGroupMeetingProcess.MEETING_DATE)).isEqualTo(next.toString());

    browser.openTask("Hold review conference", national);
    browser.radio(ChildProtectionPlanProcess.PLAN_CONTINUES, "Yes");
    browser.waitFor("the category question", d -> d.getPageSource().contains("Category of abuse from now on"));
    assertThat(browser.driver().getPageSource()).doesNotContain("Date of the next core group meeting");
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  // ---- what the key worker does

  void logInAs(String user, String password) {
    browser.logInAs(user, password);
  }

  void openStartForm(String processName) {
    browser.openStartForm(processName, ChildProtectionPlanProcess.CASE_REFERENCE);
  }

  void fillStartForm(String ref, LocalDate icpc) {
    browser.type(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    browser.type("childName", "Amy Browser");
    browser.date("childBirthDate", icpc.minusYears(6));
    browser.date("icpcDate", icpc);
    browser.select("categoryOfAbuse", "Neglect");
    browser.select("localPolicy", "National (Working Together 2023)");
    browser.type("keyWorker", "sarah.social");
    browser.type("teamManager", "tom.manager");
    browser.type("conferenceChair", "carol.chair");
    // The dynamic list of core group members has one row to begin with.
    browser.type("coreGroupMembers_name_0", "Helen Health");
    browser.type("coreGroupMembers_role_0", "Health visitor");
    browser.select("coreGroupMembers_agency_0", "Health");
    browser.type("coreGroupMembers_userId_0", "helen.health");
  }

  void clickStart() {
    browser.clickStart();
  }

  // ---- test data

  static String newReference() {
    return "BROWSER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static LocalDate today() {
    return LocalDate.now(UkDates.LONDON);
  }

  /** The most recent Monday at least 2 days ago that is no bank holiday: a plausible ICPC. */
  LocalDate recentMondayThatIsAWorkingDay() {
    LocalDate day = today().minusDays(2);
    while (day.getDayOfWeek() != DayOfWeek.MONDAY || !calendar.isWorkingDay(day, Jurisdiction.ENGLAND_AND_WALES)) {
      day = day.minusDays(1);
    }
    return day;
  }
}
