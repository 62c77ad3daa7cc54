package org.coregroup.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.delivery.UndeliveredEmailProcess.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.TasklistBrowser;
import org.coregroup.notification.Recipient;
import org.coregroup.notification.UndeliveredEmail;
import org.coregroup.notification.UndeliveredEmails;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0037, in Tasklist: the key worker finds "Pass on an email that did not arrive" in her list,
 * reads whom it was for and what it said, and records how she passed it on. See {@link TasklistBrowser}.
 */
@CoreGroupTest
class UndeliveredEmailBrowserTest {

  static final String TASK_NAME = "Pass on an email that did not arrive";
  private static final OpenCases OPEN = new OpenCases();

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired UndeliveredEmails undelivered;

  @AfterEach
  void close() {
    OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("ADR 0038, R21: Sarah reads in Tasklist that Helen's minutes did not arrive, and why; she records that she posted them")
  void keyWorkerPassesItOnInTasklist() {
    String ref = OPEN.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref,
        new HashMap<>(PlanCases.plan("national", java.time.LocalDate.now().minusDays(1).toString())));
    undelivered.report(new UndeliveredEmail(ref, new Recipient("Helen Health", "helen.health", "helen.health@coregroup.example"),
        "Core group for Amy Example: minutes of the meeting of Monday 2 March 2026",
        "The minutes of the core group meeting for Amy Example are attached.", List.of("minutes.pdf"), Instant.now(), true,
        "550 5.1.1 No such mailbox"));

    browser.logInAs("sarah.social");
    browser.openTask(TASK_NAME, ref);
    browser.waitFor("the email's recipient on the form", d -> "Helen Health (helen.health@coregroup.example)"
        .equals(d.findElement(TasklistBrowser.field(UNDELIVERED_TO)).getAttribute("value")));
    assertThat(browser.driver().findElement(TasklistBrowser.field(UNDELIVERED_WHY)).getAttribute("value"))
        .startsWith("The receiving mail server refused the address");
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("550");
    browser.select(PASSED_ON_HOW, "By post");
    browser.type(PASSED_ON_NOTE, "Minutes posted to the surgery today, first class");
    browser.screenshot("form-pass-on-undelivered-email");

    Task open = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_PASS_ON).singleResult();
    browser.complete(() -> tasks.createTaskQuery().taskId(open.getId()).count() == 0);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(open.getProcessInstanceId())
        .variableName(PASSED_ON_HOW).singleResult().getValue()).isEqualTo("post");
  }
}
