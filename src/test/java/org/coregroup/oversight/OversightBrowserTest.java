package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
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
    // Chart.js drew both charts (from the classpath, not a CDN)
    browser.waitFor("the charts", x -> (Boolean) ((JavascriptExecutor) x).executeScript(
        "return !!window.Chart && !!Chart.getChart('overdue-by-kind') && !!Chart.getChart('plans-by-length');"));
    AxeCheck.assertNoSeriousViolations(d, null);
    browser.screenshot("oversight");

    Object csv = ((JavascriptExecutor) d).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector('a[href="/oversight/cases.csv"]').href).then(r => r.text()).then(done);""");
    assertThat((String) csv).startsWith("child,case reference").contains(ref);
  }

}
