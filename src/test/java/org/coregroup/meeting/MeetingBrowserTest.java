package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.TasklistBrowser.TASKLIST_DATE_TIME;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.UkDates;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;
import org.coregroup.followup.CoreGroupFollowUpProcess;

/**
 * The minute-taker records the first core group in Tasklist with the whole Camunda Form
 * "Record core group meeting" (R19, R20, R6, R9, R11, R12, R21, R22); the actions become tasks at
 * once: the health visitor finds hers in her list, due on its deadline, and the family member's
 * goes to the key worker.
 *
 * <p>The case is set up through the engine, against the real clock: the ICPC on the working day
 * before the last working day (today or earlier), the first core group on that last working day.
 * See {@link TasklistBrowser} for the browser and the DOM.
 */
@CoreGroupTest
class MeetingBrowserTest {

  static final Jurisdiction ENGLAND = Jurisdiction.ENGLAND_AND_WALES;
  static final String RECORD_MEETING = "Record core group meeting";
  static final String COMPLETE_ACTION = "Complete action";

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  final OpenCases cases = new OpenCases();

  @AfterEach
  void closeCases() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R19-R22: the key worker records the first core group in Tasklist; Helen finds her action in her list, due on its deadline; the family's action goes to the key worker")
  void keyWorkerRecordsMeetingInTasklist() {
    LocalDate today = LocalDate.now(UkDates.LONDON);
    LocalDate heldOn = Dates.workingDayOnOrBefore(calendar, today);
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, heldOn.minusDays(1));
    LocalDate helenDeadline = calendar.addWorkingDays(today, 10, ENGLAND);
    LocalDate familyDeadline = calendar.addWorkingDays(today, 15, ENGLAND);
    LocalDate nextMeeting = calendar.addWorkingDays(heldOn, 20, ENGLAND);
    String ref = firstCoreGroupHeldOn(icpc, heldOn);

    String recordTask = task(ref, TASK_RECORD_MEETING).getId();

    browser.logInAs("sarah.social");
    browser.openTask(RECORD_MEETING, ref);
    recordMeeting(heldOn, helenDeadline, familyDeadline, nextMeeting);
    // (the plan arranges the next meeting at once: a new record task of the same case)
    browser.complete(() -> tasks.createTaskQuery().taskId(recordTask).count() == 0);

    // the meeting went ahead: its record is kept and the minutes and actions follow
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(CoreGroupFollowUpProcess.KEY).count()).as("follow-up of " + ref).isOne();
    Task helens = actionTask(ref, "helen.health");
    assertThat(helens.getDueDate()).isEqualTo(Dates.endOf(helenDeadline.toString()));
    // (b) the family member has no login: the key worker tracks her action
    Task family = actionTask(ref, "sarah.social");
    assertThat(family.getDueDate()).isEqualTo(Dates.endOf(familyDeadline.toString()));
    assertThat(String.valueOf(tasks.getVariable(family.getId(), CoreGroupFollowUpProcess.ACTION_DESCRIPTION)))
        .contains("Take Amy to school every day");
    assertThat(runtime.getVariable(plan(ref), NEXT_MEETING_DATE)).isEqualTo(nextMeeting.toString());
    // the next meeting is arranged for the agreed date, and Helen takes its minutes
    Task next = task(ref, TASK_RECORD_MEETING);
    assertThat(next.getAssignee()).isEqualTo("helen.health");
    assertThat(next.getDueDate()).isEqualTo(Dates.endOf(nextMeeting.toString()));

    // (a) Helen logs in and finds her action in her list, due on its deadline
    browser.logInAs("helen.health");
    browser.openTask(COMPLETE_ACTION, ref);
    assertThat(browser.openTaskDueDate()).isEqualTo(helenDeadline.atTime(23, 59).format(TASKLIST_DATE_TIME));
  }

  /** Everything the form asks, as the minute-taker fills it in at the end of the meeting. */
  void recordMeeting(LocalDate heldOn, LocalDate helenDeadline, LocalDate familyDeadline, LocalDate nextMeeting) {
    browser.date("meetingHeldOn", heldOn);
    browser.type("heldStartTime", "10:00");
    browser.type("heldEndTime", "11:30");

    // One row for each member, filled in by the process; the minute-taker records who came.
    Map<String, String[]> attendance = Map.of(
        "Helen Health", new String[] {"Present", ""},
        "Eddie School", new String[] {"Apologies (with or without report)", "Written report received"},
        "Jo Parent", new String[] {"Present", "With Amy"});
    for (int row = 0; row < attendance.size(); row++) {
      String name = browser.value("attendance_name_" + row);
      assertThat(attendance).as("attendance row " + row).containsKey(name);
      browser.select("attendance_status_" + row, attendance.get(name)[0]);
      if (!attendance.get(name)[1].isEmpty()) {
        browser.type("attendance_note_" + row, attendance.get(name)[1]);
      }
    }

    browser.type("childViews", "Amy says she likes her new school and wants her mum to come to assembly");
    browser.type("parentViews", "Jo says the visits help and asks for help with the bills");
    browser.type("discussionSummary", "Helen: weight gain steady. Eddie (report): attendance 82%, improving.");
    browser.type("worries", "Amy has missed meals and school");
    browser.type("pastHarm", "Amy was underweight at the ICPC");
    browser.type("dangerStatement", "If meals are missed Amy may not grow and learn as she should");
    browser.type("workingWell", "Jo takes Amy to the GP");
    browser.type("needsToHappen", "Regular meals and school every day");
    browser.type("safetyScale", "5");
    browser.type("planReview", "Outline plan reviewed; weekly visits added");
    browser.radio("planProgress", "Yes, it is progressing");

    browser.addRow("Actions", "actions", "what", 0);
    browser.type("actions_what_0", "Weekly home visit to weigh Amy");
    browser.type("actions_owner_0", "Helen Health");
    browser.date("actions_deadline_0", helenDeadline);
    browser.type("actions_why_0", "Amy's weight");
    browser.addRow("Actions", "actions", "what", 1);
    browser.type("actions_what_1", "Take Amy to school every day");
    browser.type("actions_owner_1", "Jo Parent");
    browser.date("actions_deadline_1", familyDeadline);
    browser.type("actions_why_1", "Learning and a hot lunch");

    browser.type("disagreements", "None");
    browser.date("nextMeetingDate", nextMeeting);
    browser.type("nextMeetingTime", "10:00");
    browser.type("nextMeetingEndTime", "11:30");
    browser.type("nextMeetingVenue", "Family hub, 1 High Street");
    browser.checkbox("nextMeetingSecureVenue", true);
    browser.select("nextChair", "Tom Manager, team manager");
    browser.select("nextMinuteTaker", "Helen Health, Health visitor (Health)");
  }

  // ---- set-up through the engine

  /**
   * A plan agreed at an ICPC on {@code icpc}, its first core group arranged for {@code heldOn} at
   * 10:00; the professionals have confirmed attendance and the key worker the family's, so only
   * the record is left.
   */
  String firstCoreGroupHeldOn(LocalDate icpc, LocalDate heldOn) {
    String ref = cases.add(Cases.newReference());
    Map<String, Object> plan = new HashMap<>(PlanCases.plan("national", icpc.toString()));
    plan.put(ChildProtectionPlanProcess.FIRST_CORE_GROUP_AT, heldOn.atTime(LocalTime.of(10, 0)).toString());
    plan.put(ChildProtectionPlanProcess.FIRST_CORE_GROUP_VENUE, "Family hub, 1 High Street");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);

    forms.submitTaskForm(confirmTask(ref, "helen.health").getId(), Map.of(ATTENDING, "true"));
    forms.submitTaskForm(confirmTask(ref, "eddie.school").getId(), Map.of(ATTENDING, "false",
        APOLOGIES, "Parents' evening", REPORT, "Attendance 82%, improving"));
    forms.submitTaskForm(task(ref, TASK_RECORD_FAMILY_ATTENDANCE).getId(), Map.of(CHILD_ATTENDING, "true",
        FAMILY_ATTENDING, "true"));
    assertThat(task(ref, TASK_RECORD_MEETING).getAssignee()).isEqualTo("sarah.social");
    return ref;
  }


  String plan(String ref) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(ChildProtectionPlanProcess.KEY).singleResult().getId();
  }

  Task task(String ref, String key) {
    return Cases.openTask(tasks, ref, key);
  }

  Task confirmTask(String ref, String userId) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_CONFIRM_ATTENDANCE)
        .taskAssignee(userId).singleResult();
    assertThat(task).as("attendance of " + userId).isNotNull();
    return task;
  }

  Task actionTask(String ref, String userId) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupFollowUpProcess.TASK_COMPLETE_ACTION).taskAssignee(userId).list();
    assertThat(found).as("action of " + userId).hasSize(1);
    return found.get(0);
  }
}
