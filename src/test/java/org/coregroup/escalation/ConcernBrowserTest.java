package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.escalation.RaiseConcernProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.UkDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Dates;

/**
 * A member of the case raises a concern in Tasklist with the start form "Raise a concern"; the key
 * worker finds the decision in her list at once, and the member has to confirm it in writing
 * within 2 days (R27).
 *
 * <p>The case is set up through the engine, against the real clock (ICPC on the last working day
 * before today). See {@link TasklistBrowser} for the browser and the DOM.
 */
@CoreGroupTest
class ConcernBrowserTest {

  static final String DECIDE_ON_CONCERN = "Decide on concern";

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @AfterEach
  void closeCases() {
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R27: Helen raises a no-access concern in Tasklist; the key worker finds the decision in her list; Helen confirms in writing within 2 days")
  void memberRaisesConcernInTasklist() {
    LocalDate today = LocalDate.now(UkDates.LONDON);
    LocalDate icpc = today.minusDays(1);
    while (!calendar.isWorkingDay(icpc, Jurisdiction.ENGLAND_AND_WALES)) {
      icpc = icpc.minusDays(1);
    }
    String ref = EscalationTestCases.startPlan(runtime, "national", icpc.toString());

    browser.logInAs("helen.health");
    browser.openStartForm("Raise a concern", CASE_REFERENCE);
    browser.type(CASE_REFERENCE, ref);
    browser.select(CONCERN_TYPE, "Could not gain access to the child");
    browser.type(CONCERN_DESCRIPTION, "Home visit at 10:00: nobody answered the door, curtains drawn");
    browser.startAndWaitUntilStarted();

    ProcessInstance concern = browser.waitFor("the concern about " + ref + " to start", d -> runtime
        .createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).singleResult());
    assertThat(runtime.getVariable(concern.getId(), RAISED_BY)).isEqualTo("helen.health");
    assertThat(runtime.getVariable(concern.getId(), CONCERN_TYPE)).isEqualTo("no-access");

    // the key worker sees the decision in her list, due that day (not overdue the minute it is made)
    browser.logInAs("sarah.social");
    browser.openTask(DECIDE_ON_CONCERN, ref);
    Task decide = task(concern, TASK_DECIDE_ON_CONCERN);
    assertThat(decide.getAssignee()).isEqualTo("sarah.social");
    assertThat(decide.getDueDate()).isEqualTo(Dates.endOf(today.toString()));

    // Helen confirms in writing within 2 days (48 hours)
    Task confirm = task(concern, TASK_CONFIRM_CONCERN_IN_WRITING);
    assertThat(confirm.getAssignee()).isEqualTo("helen.health");
    assertThat(confirm.getDueDate()).isAfter(decide.getDueDate())
        .isBeforeOrEqualTo(Dates.endOf(today.plusDays(2).toString()));
  }

  Task task(ProcessInstance instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }
}
