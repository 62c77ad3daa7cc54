package org.coregroup.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.UkDates;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;

/**
 * Guards the Tasklist customisation of ADR 0020 (config.js, user-styles.css,
 * coregroup/practitioner-tasklist.js): what a practitioner sees, in the real Tasklist. Should an
 * upgrade of Camunda change the markup these rely on, this test fails.
 */
@CoreGroupTest
class TasklistLookBrowserTest {

  static final String RECORD_MEETING = "Record core group meeting";
  static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.UK);

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  final OpenCases cases = new OpenCases();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired WorkingDayCalendar calendar;

  /** The ICPC is held on a working day: this one or the last before it. */

  @AfterEach
  void closeCases() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("A practitioner's Tasklist: the product's name, no vendor banner, no harmful controls, overdue and due-soon work flagged with its date, sorted by due date")
  void practitionerSeesTheirWorkPlainly() {
    LocalDate today = LocalDate.now(UkDates.LONDON);
    String late = startCase(Dates.workingDayOnOrBefore(calendar, today.minusDays(20)));
    String soon = startCase(Dates.workingDayOnOrBefore(calendar, today.minusDays(1)));
    LocalDate lateDue = today.minusDays(3);
    LocalDate soonDue = today.plusDays(1);
    tasks.setDueDate(recordTask(late).getId(), Dates.endOf(lateDue.toString()));
    tasks.setDueDate(recordTask(soon).getId(), Dates.endOf(soonDue.toString()));

    browser.logInAs("sarah.social");
    WebDriver d = browser.driver();
    assertThat(d.getTitle()).isEqualTo("Core Group tasks");
    assertThat(d.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText()).isEqualTo("Core Group tasks");
    assertThat(shown(d, ".ce-eol-banner")).as("the Camunda 8 migration banner").isEmpty();
    assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("migrate", "Create task");
    // the list is sorted by due date, and says so
    browser.waitFor("the sort label", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("[cam-sorting-choices], .tasks-list-sorting, .sorting-choice"), "Due date"));

    WebElement lateCard = card(late);
    assertThat(lateCard.findElement(By.cssSelector(".due-date .cg-due-flag")).getText()).isEqualTo("Overdue");
    assertThat(lateCard.findElement(By.cssSelector(".due-date .cg-due-on")).getText())
        .isEqualTo("(" + lateDue.format(CARD_DATE) + ")");
    assertThat(lateCard.findElement(By.cssSelector(".due-date")).getCssValue("color")).isEqualTo("rgba(164, 0, 15, 1)");
    WebElement soonCard = card(soon);
    assertThat(soonCard.findElement(By.cssSelector(".due-date .cg-due-flag")).getText()).isEqualTo("Due soon");
    assertThat(soonCard.findElement(By.cssSelector(".due-date .cg-due-on")).getText())
        .isEqualTo("(" + soonDue.format(CARD_DATE) + ")");
    assertThat(lateCard.findElements(By.cssSelector(".priority")).stream().filter(WebElement::isDisplayed))
        .as("priority on the card").isEmpty();
    // the most overdue comes first
    List<String> order = d.findElements(By.cssSelector("li.task")).stream().map(WebElement::getText).toList();
    assertThat(indexOf(order, late)).isLessThan(indexOf(order, soon));

    browser.openTask(RECORD_MEETING, late);
    assertThat(shown(d, ".task-details .unclaim")).as("give the task back").isEmpty();
    assertThat(shown(d, ".task-details .reset-due-date")).as("reset the due date").isEmpty();
    assertThat(shown(d, ".task-details .meta .groups")).as("add groups").isEmpty();
    WebElement due = d.findElement(By.cssSelector(".task-details .meta .due-date"));
    assertThat(due.getText()).contains("Overdue", lateDue.format(CARD_DATE));
  }

  @Test
  @DisplayName("A refused form says why next to its button; a completed task is confirmed")
  void messagesByTheButtonAndAConfirmation() {
    LocalDate today = LocalDate.now(UkDates.LONDON);
    String ref = startCase(Dates.workingDayOnOrBefore(calendar, today.minusDays(1)));

    browser.logInAs("helen.health");
    browser.openStartForm("Raise a concern", RaiseConcernProcess.CASE_REFERENCE);
    browser.type(RaiseConcernProcess.CASE_REFERENCE, "NO-SUCH-CASE");
    browser.select(RaiseConcernProcess.CONCERN_TYPE, "A new incident");
    browser.type(RaiseConcernProcess.CONCERN_DESCRIPTION, "Bruise on the arm");
    browser.clickStart();
    WebElement message = browser.waitFor("the refusal next to the Start button", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-footer .cg-submit-message")));
    assertThat(message.getText()).contains("Case reference: there is no open case 'NO-SUCH-CASE'")
        .doesNotContain("caseReference", "process definition", RaiseConcernProcess.KEY);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RaiseConcernProcess.KEY)
        .processInstanceBusinessKey("NO-SUCH-CASE").count()).isZero();

    // (a refusal stays on the dialog: start again)
    browser.logInAs("helen.health");
    browser.openStartForm("Raise a concern", RaiseConcernProcess.CASE_REFERENCE);
    browser.type(RaiseConcernProcess.CASE_REFERENCE, ref);
    browser.select(RaiseConcernProcess.CONCERN_TYPE, "A new incident");
    browser.type(RaiseConcernProcess.CONCERN_DESCRIPTION, "Bruise on the arm");
    browser.startAndWaitUntilStarted();

    browser.driver().navigate().refresh();
    browser.openTask("Confirm concern in writing", ref);
    String confirm = Cases.openTask(tasks, ref, RaiseConcernProcess.TASK_CONFIRM_CONCERN_IN_WRITING).getId();
    browser.type("writtenConfirmation", "Confirmed: bruise on the left arm seen at 10:00");
    browser.complete(() -> tasks.createTaskQuery().taskId(confirm).count() == 0);
    browser.waitFor("the confirmation", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".page-notifications, [notifications-panel]"), "The task is complete"));
  }

  String startCase(LocalDate icpc) {
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref,
        new HashMap<>(PlanCases.plan("national", icpc.toString())));
    return ref;
  }

  Task recordTask(String ref) {
    return Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
  }

  WebElement card(String ref) {
    return browser.waitFor("the card of " + ref + " with its due date", d -> d.findElements(By.xpath(
            "//li[contains(@class,'task')][.//*[normalize-space()='" + ref + "']]"
            + "[.//h4[contains(@class,'task')]/a[normalize-space()='" + RECORD_MEETING + "']]")).stream()
        .filter(c -> !c.findElements(By.cssSelector(".due-date .cg-due-on")).isEmpty()).findFirst().orElse(null));
  }

  static List<WebElement> shown(WebDriver d, String css) {
    return d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
  }

  static int indexOf(List<String> cards, String ref) {
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).contains(ref)) {
        return i;
      }
    }
    throw new AssertionError(ref + " is not in the list");
  }
}
