package org.coregroup.calendaradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.calendaradmin.CalendarChangeProcess.*;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;

/** An administrator changes the calendar without a rebuild; running deadlines follow ("Counting days"). */
@CoreGroupTest
class CalendarChangeProcessTest {

  static final String CLOSURE = "2025-12-22";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired WorkingDayCalendar calendar;

  @AfterEach
  void cleanUp() {
    calendar.removeClosureDay(Jurisdiction.ENGLAND_AND_WALES, java.time.LocalDate.parse(CLOSURE));
  }

  @Test
  @DisplayName("A closure day added moves the first core group deadline of a running case; removing it moves it back")
  void closureDayMovesDeadlines() {
    today("2025-12-15");
    String ref = Cases.newReference();
    ProcessInstance plan = runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref,
        PlanCases.plan("national", "2025-12-15"));
    assertThat(meetingDue(ref)).isEqualTo(endOf("2025-12-31"));

    ProcessInstance change = change(ADD, CLOSURE, "Council closure");

    // 22 December no longer counts, and 1 January is a bank holiday: the 10th working day is 2 January
    assertThat(meetingDue(ref)).isEqualTo(endOf("2026-01-02"));
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.FIRST_CORE_GROUP_DUE))
        .isEqualTo(endOf("2026-01-02"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(change.getId())
        .variableName(DEADLINES_MOVED).singleResult().getValue()).isNotEqualTo(0);

    change(REMOVE, CLOSURE, null);
    assertThat(meetingDue(ref)).isEqualTo(endOf("2025-12-31"));
  }

  @Test
  @DisplayName("A change without a date, or a removal of a day that is not a closure day, is refused")
  void refusedChanges() {
    today("2025-12-15");
    rejectedNaming(CLOSURE_DATE, () -> change(ADD, null, "Council closure"));
    rejectedNaming(CLOSURE_NAME, () -> change(ADD, CLOSURE, " "));
    rejectedNaming(CLOSURE_DATE, () -> change(REMOVE, "2025-12-25", null));
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse(CLOSURE), Jurisdiction.ENGLAND_AND_WALES)).isTrue();
  }

  ProcessInstance change(String change, String date, String name) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CHANGE, change);
    vars.put(CLOSURE_DATE, date);
    vars.put(CLOSURE_NAME, name);
    return runtime.startProcessInstanceByKey(KEY, vars);
  }

  java.util.Date meetingDue(String ref) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING)
        .singleResult().getDueDate();
  }
}
