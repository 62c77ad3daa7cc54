package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.AxeCheck;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;

/**
 * A team manager's day in a real browser: the team's overdue work in Tasklist, then the oversight
 * page from Tasklist's header (no second login), its charts and its CSV; axe-core finds no
 * serious or critical accessibility problem on the page. Screenshots go to target/screenshots
 * (docs/images holds copies for the README).
 */
@CoreGroupTest
class OversightBrowserTest {

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtime;
  @Autowired WorkingDayCalendar calendar;
  @Autowired FormService forms;
  @Autowired TaskService tasks;

  final OpenCases cases = new OpenCases();

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R23, R31: the team manager finds the key worker's overdue task under 'My team's overdue work', opens the oversight page from Tasklist and downloads the CSV")
  void supervisorsDay() throws Exception {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(40));
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc.toString())));

    browser.logInAs("tom.manager");
    WebDriver d = browser.driver();
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'task-filter')]//h4[contains(normalize-space(),\"My team's overdue work\")]/a"))).click();
    browser.waitFor("Sarah's overdue meeting record in Tom's team filter",
        ExpectedConditions.visibilityOfElementLocated(TasklistBrowser.taskInList("Record core group meeting", ref)));
    browser.screenshot("tasklist-team-overdue");

    browser.waitFor(ExpectedConditions.elementToBeClickable(By.linkText("Oversight of cases"))).click();
    browser.waitFor(ExpectedConditions.titleContains("Oversight of cases"));
    assertThat(d.findElement(By.cssSelector("table.cases")).getText()).contains(ref, "Amy Example", "Sarah Social");
    // Chart.js drew the four charts (from the classpath, not a CDN); each has its figures in a table
    browser.waitFor("the charts", x -> (Boolean) ((JavascriptExecutor) x).executeScript(
        "return !!window.Chart && ['overdue-by-kind', 'timeliness', 'plans-by-length', 'attendance-by-agency']"
            + ".every(id => !!Chart.getChart(id));"));
    assertThat(d.findElement(By.cssSelector("section[aria-labelledby='timeliness-title'] table caption")).getText())
        .isEqualTo("Deadlines met on time, rule by rule: the figures");
    assertThat(d.findElement(By.cssSelector("section[aria-labelledby='timeliness-title'] table")).getText())
        .contains("First core group in time", "Review conference on time");
    AxeCheck.assertNoSeriousViolations(d, null);
    browser.screenshot("oversight");

    Object csv = ((JavascriptExecutor) d).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector('a[href="/oversight/cases.csv"]').href).then(r => r.text()).then(done);""");
    assertThat((String) csv).startsWith("child,case reference").contains(ref);
    Object timeliness = ((JavascriptExecutor) d).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector('a[href="/oversight/timeliness.csv"]').href).then(r => r.text()).then(done);""");
    assertThat((String) timeliness).startsWith("month,rule,deadlines due,met on time,percent on time");
  }

  @Test
  @DisplayName("R33, WCAG 2.2 AA: at the review the chair opens the case's whole history from the review form; the page has no serious accessibility fault")
  void chairsReview() throws Exception {
    LocalDate today = Dates.wallToday();
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, today.minusDays(60));
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("brent", icpc.toString())));
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, Map.of(RecordVisitProcess.CASE_REFERENCE, ref,
        RecordVisitProcess.VISIT_DATE, icpc.plusDays(3).toString(), RecordVisitProcess.VISITED_BY, "helen.health",
        RecordVisitProcess.VISITOR_AGENCY, "health", RecordVisitProcess.CHILD_SEEN, "true", RecordVisitProcess.SEEN_ALONE, "false",
        RecordVisitProcess.VISIT_NOTES, "Home visit"));
    LocalDate held = Dates.workingDayOnOrBefore(calendar, icpc.plusDays(18));
    Map<String, Object> record = new HashMap<>(MeetingRecords.held(held.toString(), held.plusWeeks(4).toString()));
    record.put(CoreGroupMeetingProcess.ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", CoreGroupMeetingProcess.SENT_REPRESENTATIVE)));
    record.put(CoreGroupMeetingProcess.ACTIONS, SpinValues.jsonValue("[{\"what\": \"Weekly home visit\", \"owner\": \"Helen Health\", "
        + "\"deadline\": \"" + today.plusDays(7) + "\", \"why\": \"Amy's weight\"}]").create());
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), record);

    browser.logInAs("carol.chair");
    WebDriver d = browser.driver();
    browser.openTask("Hold review conference", ref);
    String tasklist = d.getWindowHandle();
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.linkText("Open the whole history of the case"))).click();
    if (d.getWindowHandles().size() > 1) {
      d.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().ifPresent(h -> d.switchTo().window(h));
    }
    browser.waitFor(ExpectedConditions.titleContains("History of Amy Example's plan"));
    assertThat(d.findElement(By.id("meetings")).getText()).isEqualTo("Meetings against the rules");
    assertThat(d.findElement(By.tagName("main")).getText()).contains("Core group 1", "Late", "Eddie School (Education)",
        "Sent a briefed representative", "Helen Health", "Weekly home visit");
    AxeCheck.assertNoSeriousViolations(d, null);
    browser.screenshot("oversight-case-history");

    // the chair's charts over her cases: timeliness and attendance by agency
    d.get(browser.baseUrl() + "/oversight");
    browser.waitFor("the charts", x -> (Boolean) ((JavascriptExecutor) x).executeScript(
        "return !!window.Chart && !!Chart.getChart('attendance-by-agency');"));
    ((JavascriptExecutor) d).executeScript("document.getElementById('plans-by-length-title').scrollIntoView();");
    browser.screenshot("oversight-charts");
    if (!d.getWindowHandle().equals(tasklist)) {
      d.close();
      d.switchTo().window(tasklist);
    }
  }


}
