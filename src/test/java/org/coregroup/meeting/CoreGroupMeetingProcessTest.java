package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.TestMailServer;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;
import org.coregroup.followup.CoreGroupFollowUpProcess;

/** One core group meeting, from invitation to minutes and actions (R9, R11-R22, R31). */
@CoreGroupTest
class CoreGroupMeetingProcessTest {

  static final String MEMBERS = MeetingRecords.MEMBERS;
  static final String VENUE = MeetingRecords.VENUE;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail mail;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void init() {
    TestMailServer.reset(mail);
  }

  @Test
  @DisplayName("Happy path (R9, R11, R13, R19-R22): invitation with .ics, attendance, the record, minutes within 5 working days, actions as tasks at once")
  void fromInvitationToMinutesAndActions() throws Exception {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);

    // R11, R12: every member with an address gets an invitation for 10:00-11:30 BST at the venue
    VEvent event = invitation("helen.health@coregroup.example", "REQUEST");
    assertThat(event.getProperty(Property.DTSTART).get().getValue()).isEqualTo("20250417T090000Z");
    assertThat(event.getProperty(Property.DTEND).get().getValue()).isEqualTo("20250417T103000Z");
    assertThat(event.getProperty(Property.LOCATION).get().getValue()).isEqualTo(VENUE);
    assertThat(event.getProperty(Property.SEQUENCE).get().getValue()).isEqualTo("0");
    List<String> attendees = event.<Property>getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
    assertThat(attendees).contains("mailto:helen.health@coregroup.example", "mailto:eddie.school@coregroup.example",
            "mailto:sarah.social@coregroup.example");
    // a family member without an address is in the log: the key worker passes it on
    assertThat(log(meeting.getId())).anyMatch(e -> e.to().equals("Jo Parent") && e.how().equals(Notifier.NO_EMAIL))
        .anyMatch(e -> e.to().equals("Helen Health") && e.how().equals(Notifier.BY_EMAIL));

    // R13: each professional with a login confirms attendance before the meeting starts
    Date starts = Date.from(LocalDateTime.parse("2025-04-17T10:00").atZone(ZoneId.of("Europe/London")).toInstant());
    assertThat(confirmTask(ref, "helen.health").getDueDate()).isEqualTo(starts);
    assertThat(confirmTask(ref, "eddie.school").getDueDate()).isEqualTo(starts);
    assertThat(forms.getTaskFormVariables(confirmTask(ref, "helen.health").getId()))
        .as("the form gives the day in words").containsEntry(MEETING_DATE_IN_WORDS, "Thursday 17 April 2025");
    assertThat(task(ref, TASK_RECORD_FAMILY_ATTENDANCE)).isAssignedTo("sarah.social").hasDueDate(starts);
    assertThat(task(ref, TASK_RECORD_MEETING)).isAssignedTo("sarah.social").hasDueDate(endOf("2025-04-17"));
    assertThat(forms.getTaskFormVariables(task(ref, TASK_RECORD_MEETING).getId()).get(PEOPLE_TO_NAME).toString())
        .as("the next chair and minute-taker are chosen by name, from the people with a login")
        .contains("{\"label\":\"Sarah Social, key worker\",\"value\":\"sarah.social\"}")
        .contains("{\"label\":\"Tom Manager, team manager\",\"value\":\"tom.manager\"}")
        .contains("{\"label\":\"Helen Health, Health visitor (Health)\",\"value\":\"helen.health\"}")
        .doesNotContain("Jo Parent");

    forms.submitTaskForm(confirmTask(ref, "helen.health").getId(), Map.of(ATTENDING, "true"));
    forms.submitTaskForm(confirmTask(ref, "eddie.school").getId(), Map.of(ATTENDING, "false",
        APOLOGIES, "Parents' evening", REPRESENTATIVE, "Ms Head, deputy head", REPORT, "Attendance 82%, improving"));
    forms.submitTaskForm(task(ref, TASK_RECORD_FAMILY_ATTENDANCE).getId(), Map.of(CHILD_ATTENDING, "true",
        FAMILY_ATTENDING, "true"));
    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("Helen Health (Health): attending")
        .contains("Eddie School (Education): apologies (Parents' evening); representative: Ms Head")
        .contains("written report received");

    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-22");
    record.put(ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", SENT_REPRESENTATIVE)));
    record.put(ACTIONS, actions("""
        [{"what": "Weekly home visit", "owner": "Helen Health", "deadline": "2025-05-01", "why": "Amy's weight"},
         {"what": "Take Amy to school every day", "owner": "Jo Parent", "deadline": "2025-05-02", "why": "Learning"}]"""));
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);

    assertThat(meeting).isEnded().hasPassed(END_EVENT).variables().containsEntry(MEETING_WENT_AHEAD, true);
    ProcessInstance followUp = followUp(ref);
    // R21: minutes due 5 working days after Thursday 2025-04-17 (Easter): 2025-04-28
    assertThat(task(ref, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES)).isAssignedTo("sarah.social")
        .hasDueDate(endOf("2025-04-28"));
    // R22: each action is a task at once; the family member's goes to the key worker
    assertThat(actionTask(ref, "helen.health")).hasDueDate(endOf("2025-05-01"));
    assertThat(actionTask(ref, "sarah.social")).hasDueDate(endOf("2025-05-02"));

    forms.submitTaskForm(actionTask(ref, "helen.health").getId(),
        Map.of(CoreGroupFollowUpProcess.ACTION_DONE, "Visited 24 and 30 April"));
    assertThat(runtime.getVariable(followUp.getId(), CoreGroupFollowUpProcess.ACTIONS_DONE).toString())
        .contains("Visited 24 and 30 April").contains("helen.health");

    today("2025-04-24");
    TestMailServer.reset(mail);
    String minutes = (String) runtime.getVariable(followUp.getId(), CoreGroupFollowUpProcess.MINUTES);
    assertThat(minutes).contains("What we are worried about").contains("Weekly home visit")
        // words for people: dates written out, agencies by name, attendance as the form says it
        .contains("held on Thursday 17 April 2025", "Eddie School (Education): sent a briefed representative",
            "by Thursday 1 May 2025").doesNotContain("2025-04-17", "(education)", ": representative");
    forms.submitTaskForm(task(ref, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES).getId(),
        Map.of(CoreGroupFollowUpProcess.MINUTES, minutes));
    // ADR 0037: the emails leave from the outbox once the step has committed, without anyone asking
    assertThat(mail.waitForIncomingEmail(10_000, 3)).as("the members' minutes, sent in the background").isTrue();
    // R21: every member, the absent teacher included, gets the minutes; who and when is kept
    assertThat(TestMailServer.to(mail, "eddie.school@coregroup.example")).hasSize(1);
    assertThat(runtime.getVariable(followUp.getId(), CoreGroupFollowUpProcess.MINUTES_RECEIVED_BY).toString())
        .contains("Helen Health").contains("Eddie School").contains("Jo Parent").contains("2025-04-24");
  }

  @Test
  @DisplayName("R13: apologies need words; apologies without a written report show as missing to the chair when the meeting starts")
  void apologiesWithoutReport() throws Exception {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);
    Task eddie = confirmTask(ref, "eddie.school");

    rejectedNaming(APOLOGIES, () -> forms.submitTaskForm(eddie.getId(), Map.of(ATTENDING, "false")));
    forms.submitTaskForm(eddie.getId(), Map.of(ATTENDING, "false", APOLOGIES, "Off sick"));

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("Eddie School (Education): apologies (Off sick); NO representative; WRITTEN REPORT MISSING")
        .contains("Helen Health (Health): has not confirmed attendance");

    // when the meeting starts, the chair gets the briefing with the missing report
    today("2025-04-17");
    TestMailServer.reset(mail);
    management.executeJob(job(meeting, BOUNDARY_MEETING_STARTS).getId());
    List<String> received = new java.util.ArrayList<>();
    for (MimeMessage m : TestMailServer.to(mail, "sarah.social@coregroup.example")) {
      received.add(m.getSubject() + "\n" + m.getContent());
    }
    assertThat(received).anyMatch(t -> t.contains("briefing for the chair") && t.contains("WRITTEN REPORT MISSING"));
    assertThat(meeting).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(log(meeting.getId())).anyMatch(e -> e.what().contains("apologies from eddie.school")
        && "sarah.social".equals(e.userId()));
  }

  @Test
  @DisplayName("R14: child and family not attending: their views and reasons are required and the warning signs reach the chair")
  void childAndFamilyAbsent() {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);
    Task family = task(ref, TASK_RECORD_FAMILY_ATTENDANCE);

    rejectedNaming(FAMILY_VIEWS, () -> forms.submitTaskForm(family.getId(), Map.of(CHILD_ATTENDING, "false",
        FAMILY_ATTENDING, "false")));
    forms.submitTaskForm(family.getId(), Map.of(CHILD_ATTENDING, "false", FAMILY_ATTENDING, "false",
        FAMILY_VIEWS, "Mum says the meetings are pointless", ABSENCE_REASONS, "Mum is working",
        ABSENCE_AVOIDANCE, true, ABSENCE_ADDED_RISK, true));

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("The child and the family will not attend. Reasons: Mum is working")
        .contains("CONSIDER: avoidance").contains("CONSIDER: added risk");
    // R14: the meeting still goes ahead
    assertThat(meeting).isWaitingAt(TASK_RECORD_MEETING);
  }

  @Test
  @DisplayName("R15, R16 brent [004 3.10, 3.12]: not quorate: recorded with its reason, every member told with a calendar cancellation, re-arranged within 5 working days")
  void notQuorate() throws Exception {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "brent", "2025-04-17", null);
    String uid = (String) runtime.getVariable(meeting.getId(), MEETING_UID);
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-04-29");
    record.put(ATTENDANCE, MeetingRecords.attendance(Map.of("Helen Health", SENT_APOLOGIES, "Eddie School", ABSENT)));
    record.remove(SAFETY_SCALE);

    // 5 working days after Thursday 17 April 2025 (Good Friday, Easter Monday) is Monday 28 April
    rejectedNaming(NEXT_MEETING_DATE, () -> forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record));
    record.put(NEXT_MEETING_DATE, "2025-04-28");
    TestMailServer.reset(mail);
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);

    assertThat(meeting).isEnded().hasPassed(END_EVENT_NOT_HELD).hasNotPassed(TASK_START_FOLLOW_UP);
    assertThat(historic(meeting, NOT_HELD_REASON)).isEqualTo("not quorate: 0 professionals from agencies other than children's social care present");
    VEvent cancel = invitation("helen.health@coregroup.example", "CANCEL");
    assertThat(cancel.getProperty(Property.UID).get().getValue()).isEqualTo(uid);
    assertThat(cancel.getProperty(Property.SEQUENCE).get().getValue()).isEqualTo("1");
    assertThat(TestMailServer.to(mail, "eddie.school@coregroup.example").get(0).getSubject())
        .contains("meeting of Thursday 17 April 2025 did not go ahead");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(CoreGroupFollowUpProcess.KEY).count()).isZero();
  }

  @Test
  @DisplayName("R15: the chair can decide too few are present even when the meeting is quorate")
  void chairDecidesTooFew() {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-04-23");
    record.put(ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", ABSENT)));
    record.put(TOO_FEW_TO_GO_AHEAD, true);
    record.put(NOT_HELD_REASON, "Only the health visitor could come; school and police needed");
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);

    assertThat(meeting).isEnded().hasPassed(END_EVENT_NOT_HELD);
    assertThat(historic(meeting, QUORATE)).isEqualTo(true);
    assertThat(historic(meeting, NOT_HELD_REASON)).isEqualTo("Only the health visitor could come; school and police needed");
  }

  @Test
  @DisplayName("Bad input (R11, R19, R20, R22): refused with the field named, and nothing of the submission kept")
  void badRecordRefused() {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);
    today("2025-04-17");
    String id = task(ref, TASK_RECORD_MEETING).getId();

    Map<String, Object> scale = MeetingRecords.held("2025-04-17", "2025-05-22");
    scale.put(SAFETY_SCALE, 11);
    rejectedNaming(SAFETY_SCALE, () -> forms.submitTaskForm(id, scale));

    Map<String, Object> noOwner = MeetingRecords.held("2025-04-17", "2025-05-22");
    noOwner.put(ACTIONS, actions("[{\"what\": \"Visit\", \"deadline\": \"2025-05-01\", \"why\": \"Weight\"}]"));
    rejectedNaming("actions[1].owner", () -> forms.submitTaskForm(id, noOwner));

    Map<String, Object> past = MeetingRecords.held("2025-04-17", "2025-05-22");
    past.put(ACTIONS, actions("[{\"what\": \"Visit\", \"owner\": \"Helen Health\", \"deadline\": \"2025-04-16\", \"why\": \"Weight\"}]"));
    rejectedNaming("actions[1].deadline", () -> forms.submitTaskForm(id, past));

    Map<String, Object> stranger = MeetingRecords.held("2025-04-17", "2025-05-22");
    stranger.put(ATTENDANCE, SpinValues.jsonValue("""
        [{"name": "Helen Health", "status": "present"}, {"name": "Eddie School", "status": "present"},
         {"name": "Jo Parent", "status": "present"}, {"name": "Olivia Outsider", "status": "present"}]""").create());
    rejectedNaming("attendance[4].name", () -> forms.submitTaskForm(id, stranger));

    Map<String, Object> times = MeetingRecords.held("2025-04-17", "2025-05-22");
    times.put(HELD_START_TIME, "11:00");
    times.put(HELD_END_TIME, "10:00");
    rejectedNaming(HELD_END_TIME, () -> forms.submitTaskForm(id, times));

    Map<String, Object> tooLong = MeetingRecords.held("2025-04-17", "2025-05-22");
    tooLong.put(NEXT_MEETING_END_TIME, "13:00");
    rejectedNaming(NEXT_MEETING_END_TIME, () -> forms.submitTaskForm(id, tooLong));

    assertThat(meeting).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(task(ref, TASK_RECORD_MEETING).getId()).isEqualTo(id);
    assertThat(runtime.getVariable(meeting.getId(), MEETING_HELD_ON)).isNull();
    assertThat(runtime.getVariable(meeting.getId(), SAFETY_SCALE)).isNull();
  }

  @Test
  @DisplayName("R17: a move with enough notice updates the same calendar event (same UID, SEQUENCE 1) and the tasks' due dates")
  void meetingMoved() throws Exception {
    today("2025-04-10");
    String ref = Cases.newReference();
    ProcessInstance meeting = startMeeting(ref, "national", "2025-04-17", null);
    String uid = (String) runtime.getVariable(meeting.getId(), MEETING_UID);
    TestMailServer.reset(mail);

    move(ref, "2025-04-23", "14:00", "15:30");

    VEvent update = invitation("helen.health@coregroup.example", "REQUEST");
    assertThat(update.getProperty(Property.UID).get().getValue()).isEqualTo(uid);
    assertThat(update.getProperty(Property.SEQUENCE).get().getValue()).isEqualTo("1");
    assertThat(update.getProperty(Property.DTSTART).get().getValue()).isEqualTo("20250423T130000Z");
    assertThat(task(ref, TASK_RECORD_MEETING)).hasDueDate(endOf("2025-04-23"));
    Date moved = Date.from(LocalDateTime.parse("2025-04-23T14:00").atZone(ZoneId.of("Europe/London")).toInstant());
    assertThat(confirmTask(ref, "helen.health").getDueDate()).isEqualTo(moved);
    assertThat(job(meeting, BOUNDARY_MEETING_STARTS).getDuedate()).isEqualTo(moved);
  }

  @Test
  @DisplayName("R17: a table that puts a short-notice move to the team manager (brent's 3 days' notice, \"A move at shorter notice is refused\" off): decided with a reason; refused, nothing changes; approved, it moves")
  void shortNoticeMoveNeedsManager() {
    today("2025-04-15");
    String ref = Cases.newReference();
    Map<String, Object> vars = meetingVariables(ref, "brent", "2025-04-17");
    // the case's row as a manager changed it: brent's notice, but a short notice goes to the team manager
    vars.put(POLICY, new HashMap<>(Map.of("shortNoticeMoveRefused", false)));
    ProcessInstance meeting = runtime.startProcessInstanceByKey(KEY, ref, vars);

    rejectedNaming(NEW_MEETING_END_TIME, () -> move(ref, "2025-04-24", "14:00", "13:00"));
    move(ref, "2025-04-24", "14:00", "15:30");

    Task decision = task(ref, TASK_APPROVE_MOVE);
    assertThat(decision).isAssignedTo("tom.manager");
    assertThat(forms.getTaskFormVariables(decision.getId())).as("the form gives both days in words")
        .containsEntry(MEETING_DATE_IN_WORDS, "Thursday 17 April 2025")
        .containsEntry(NEW_MEETING_DATE_IN_WORDS, "Thursday 24 April 2025");
    rejectedNaming(MOVE_DECISION_REASON, () -> forms.submitTaskForm(decision.getId(), Map.of(MOVE_APPROVED, "false")));
    forms.submitTaskForm(decision.getId(), Map.of(MOVE_APPROVED, "false", MOVE_DECISION_REASON, "Too close to the date"));

    assertThat(meeting).hasPassed(END_EVENT_MOVE_REFUSED).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(runtime.getVariable(meeting.getId(), MEETING_DATE)).isEqualTo("2025-04-17");
    // asked again and approved with a reason: the meeting moves
    move(ref, "2025-04-24", "14:00", "15:30");
    forms.submitTaskForm(task(ref, TASK_APPROVE_MOVE).getId(), Map.of(MOVE_APPROVED, "true",
        MOVE_DECISION_REASON, "The teacher's report is essential"));
    assertThat(meeting).hasPassed(END_EVENT_MOVED).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(runtime.getVariable(meeting.getId(), MEETING_DATE)).isEqualTo("2025-04-24");
    assertThat(task(ref, TASK_RECORD_MEETING)).hasDueDate(endOf("2025-04-24"));
  }

  @Test
  @DisplayName("R5, R15, R16 in the plan: a first meeting that did not go ahead is re-arranged; the plan's next meeting is due then, still chaired by the team manager")
  void planRearrangesMeetingNotHeld() {
    today("2025-12-15");
    String ref = Cases.newReference();
    Map<String, Object> plan = PlanCases.plan("brent", "2025-12-15");
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    ProcessInstance planInstance = runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    today("2025-12-30");
    Map<String, Object> record = MeetingRecords.held("2025-12-30", "2026-01-06");
    record.put(ATTENDANCE, MeetingRecords.attendance(Map.of("Helen Health", ABSENT, "Eddie School", ABSENT)));
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);

    // 5 working days after Tuesday 30 December 2025 (New Year's Day): Wednesday 7 January 2026
    Task next = task(ref, TASK_RECORD_MEETING);
    assertThat(next).hasDueDate(endOf("2026-01-06"));
    String meeting = next.getProcessInstanceId();
    assertThat(runtime.getVariable(meeting, MEETING_CHAIR)).isEqualTo("tom.manager");
    assertThat(runtime.getVariable(meeting, MEETING_DATE)).isEqualTo("2026-01-06");
    // R33: the chair sees it did not go ahead, and it does not count as a core group held
    assertThat(runtime.getVariable(planInstance.getId(), ChildProtectionPlanProcess.MEETING_HISTORY_SUMMARY).toString())
        .contains("Core groups since the last conference (Monday 15 December 2025): 0")
        .contains("Did not go ahead on Tuesday 30 December 2025: not quorate");
    assertThat(runtime.getVariable(planInstance.getId(), ATTENDANCE_HISTORY).toString()).contains("2025-12-30");
  }

  @Test
  @DisplayName("Bad input through REST (R20): a safety scale of 11 is answered 400 naming the field; the task stays open")
  void badRecordThroughRestIs400() throws Exception {
    today("2025-04-10");
    String ref = Cases.newReference();
    startMeeting(ref, "national", "2025-04-17", null);
    today("2025-04-17");
    Task record = task(ref, TASK_RECORD_MEETING);
    String body = """
        {"variables": {"meetingHeldOn": {"value": "2025-04-17"}, "nextMeetingDate": {"value": "2025-05-22"},
          "nextMeetingVenue": {"value": "Family hub"}, "safetyScale": {"value": 11, "type": "Integer"},
          "worries": {"value": "w"}, "workingWell": {"value": "w"}, "needsToHappen": {"value": "n"}}}""";

    java.net.http.HttpResponse<String> response = Http.rest(port, "sarah.social").call("POST", "/task/" + record.getId() + "/submit-form", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(SAFETY_SCALE).contains("between 0 and 10");
    assertThat(task(ref, TASK_RECORD_MEETING).getId()).isEqualTo(record.getId());
  }

  // --- helpers

  /** A meeting on Thursday 2025-04-17 with everyone present and the given actions; the follow-up runs. */
  String heldMeeting(String actions, Map<String, String> absent) {
    today("2025-04-10");
    String ref = Cases.newReference();
    startMeeting(ref, "national", "2025-04-17", null);
    today("2025-04-17");
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-05-22");
    record.put(ACTIONS, actions(actions));
    if (absent != null) {
      record.put(ATTENDANCE, MeetingRecords.attendance(absent));
    }
    forms.submitTaskForm(task(ref, TASK_RECORD_MEETING).getId(), record);
    return ref;
  }

  void move(String ref, String date, String start, String end) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(NEW_MEETING_DATE, date);
    vars.put(NEW_MEETING_TIME, start);
    vars.put(NEW_MEETING_END_TIME, end);
    vars.put(MOVE_REASON, "The teacher is on a school trip");
    runtime.createMessageCorrelation(MESSAGE_MOVE_MEETING).processInstanceBusinessKey(ref)
        .setVariables(vars).correlate();
  }

  ProcessInstance startMeeting(String ref, String policy, String date, Object history) {
    return runtime.startProcessInstanceByKey(KEY, ref, meetingVariables(ref, policy, date));
  }

  /** What the plan passes to a meeting agreed for {@code date} 10:00-11:30 at the family hub. */
  static Map<String, Object> meetingVariables(String ref, String policy, String date) {
    return MeetingRecords.meetingVariables(ref, policy, date);
  }

  static Object actions(String json) {
    return SpinValues.jsonValue(json).create();
  }

  VEvent invitation(String address, String method) throws Exception {
    List<MimeMessage> received = TestMailServer.to(mail, address);
    assertThat(received).as("mail to " + address).isNotEmpty();
    String ics = TestMailServer.calendarPart(received.get(received.size() - 1));
    assertThat(ics).as("calendar part").isNotNull();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty(Property.METHOD).get().getValue()).isEqualTo(method);
    return calendar.<VEvent>getComponent("VEVENT").get();
  }

  List<NotificationLog.Entry> log(String processInstanceId) {
    Object value = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 1
        ? runtime.getVariable(processInstanceId, NotificationLog.VARIABLE)
        : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
            .variableName(NotificationLog.VARIABLE).singleResult().getValue();
    return NotificationLog.fromJson(value).entries();
  }

  Object historic(ProcessInstance instance, String name) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult();
    return variable == null ? null : variable.getValue();
  }

  ProcessInstance followUp(String ref) {
    ProcessInstance followUp = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(CoreGroupFollowUpProcess.KEY).singleResult();
    assertThat(followUp).as("the follow-up of " + ref).isNotNull();
    return followUp;
  }

  Job job(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    assertThat(job).as(activityId).isNotNull();
    return job;
  }

  Task task(String ref, String key) {
    return Cases.openTask(tasks, ref, key);
  }

  Task confirmTask(String ref, String userId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_CONFIRM_ATTENDANCE)
        .taskAssignee(userId).singleResult();
  }

  Task actionTask(String ref, String userId) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupFollowUpProcess.TASK_COMPLETE_ACTION).taskAssignee(userId).singleResult();
    assertThat(task).as("action of " + userId).isNotNull();
    return task;
  }
}
