package org.coregroup.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.AxeCheck;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Dates;

/** A key worker, signed in to Tasklist, opens the family's copy of the plan in the browser and downloads its PDF. */
@CoreGroupTest
class FamilyBrowserTest {

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
  @DisplayName("Families, WCAG 2.2 AA: the key worker opens the family's plan with her Tasklist login; the page has no serious accessibility fault and its PDF downloads")
  void keyWorkerOpensTheFamilysPlan() {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(7));
    String ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", icpc.toString()));
    vars.put(ChildProtectionPlanProcess.OUTLINE_PLAN, "Amy is seen at home every week and goes to school every day.");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);

    browser.logInAs("sarah.social");
    WebDriver d = browser.driver();
    d.get(browser.baseUrl() + "/cases/" + ref + "/plan.html");
    browser.waitFor(ExpectedConditions.titleIs("The plan to keep Amy Example safe"));
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("The plan to keep Amy Example safe");
    assertThat(d.findElement(By.tagName("body")).getText()).contains("Amy is seen at home every week", "Sarah Social");
    AxeCheck.assertNoSeriousViolations(d, null);
    browser.screenshot("family-plan");

    Object pdf = ((JavascriptExecutor) d).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
          + String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))).catch(e => done('failed ' + e));""",
        "/cases/" + ref + "/plan.pdf");
    assertThat((String) pdf).isEqualTo("200 application/pdf %PDF-");
  }
}
