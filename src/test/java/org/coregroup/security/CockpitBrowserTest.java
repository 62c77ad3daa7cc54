package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit in a real browser under the allow-list (ADR 0012, 0027): a team manager opens the
 * dashboard, whose running instances are counted over his cases, and a case's process instance;
 * a practitioner cannot open Cockpit nor call its plugin API.
 */
@CoreGroupTest
class CockpitBrowserTest {

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtime;

  final OpenCases cases = new OpenCases();

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("A team manager opens Cockpit's dashboard and his case's process instance")
  void teamManagerUsesCockpit() {
    String ref = cases.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref,
        new HashMap<>(PlanCases.plan("national", EngineRestSecurityTest.lastMonday().toString())));

    browser.logInAs("tom.manager");
    WebDriver d = browser.driver();
    String base = d.getCurrentUrl().substring(0, d.getCurrentUrl().indexOf("/camunda/"));
    d.get(base + "/camunda/app/cockpit/default/#/dashboard");
    browser.waitFor("Cockpit's dashboard with its running process instances", ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("body"), "Running Process Instances"));
    assertThat(status(d, "/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true"))
        .isEqualTo(200);
    browser.waitFor("the dashboard's counts", ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("body"), "Open Human Tasks"));
    assertNoErrorShown(d);
    browser.screenshot("cockpit-team-manager");

    d.get(base + "/camunda/app/cockpit/default/#/process-instance/" + plan.getId() + "/runtime");
    browser.waitFor("the case's process instance with its diagram", ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".djs-container svg")));
    browser.waitFor("the case's reference on the instance page", ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("body"), ref));
  }

  @Test
  @DisplayName("Finding 10: a team manager and a chair open Cockpit's Human Tasks page: the counts of their tasks, no error")
  void supervisorsSeeHumanTasks() {
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref,
        new HashMap<>(PlanCases.plan("national", EngineRestSecurityTest.lastMonday().toString())));
    for (String supervisor : new String[] {"tom.manager", "carol.chair"}) {
      browser.logInAs(supervisor);
      WebDriver d = browser.driver();
      String base = d.getCurrentUrl().substring(0, d.getCurrentUrl().indexOf("/camunda/"));
      d.get(base + "/camunda/app/cockpit/default/#/tasks");
      browser.waitFor(supervisor + ": the Human Tasks page with its assignments by type and by group",
          x -> x.findElement(By.tagName("body")).getText().contains("Assignments by type")
              && x.findElement(By.tagName("body")).getText().contains("Assignments by group"));
      // the counts have arrived: "assigned to a user" shows a number of her cases' tasks
      browser.waitFor(supervisor + ": a count of tasks assigned to a user", x -> x.findElements(By.xpath(
          "//*[contains(normalize-space(),'assigned to a user')]")).stream().anyMatch(e -> e.getText().matches("(?s).*\\d.*")));
      assertNoErrorShown(d);
      assertThat(status(d, "/camunda/api/engine/engine/default/task/report/candidate-group-count")).isEqualTo(200);
    }
  }

  /** Cockpit shows a refused or failed request as a red notification. */
  private static void assertNoErrorShown(WebDriver d) {
    assertThat(d.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")).stream()
        .filter(e -> e.isDisplayed()).map(e -> e.getText()).toList()).as("Cockpit's error notifications").isEmpty();
  }

  @Test
  @DisplayName("A practitioner cannot open Cockpit, nor call its plugin API")
  void practitionerHasNoCockpit() {
    browser.logInAs("helen.health");
    WebDriver d = browser.driver();
    assertThat(status(d, "/camunda/app/cockpit/default/")).isEqualTo(403);
    assertThat(status(d, "/camunda/api/cockpit/plugin/base/default/process-instance/count")).isEqualTo(403);
    assertThat(status(d, "/camunda/api/engine/engine/default/process-definition/statistics")).isEqualTo(403);
  }

  /** The status the browser gets for a GET in the logged-in session. */
  private static long status(WebDriver d, String path) {
    return (Long) ((JavascriptExecutor) d).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept': 'application/json'}})"
            + ".then(r => done(r.status), () => done(-1));", path);
  }
}
