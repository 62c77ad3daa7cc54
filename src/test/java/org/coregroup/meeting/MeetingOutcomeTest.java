package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.escalation.ProfessionalDifferencesProcess;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.notification.TestMailServer;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a recorded meeting comes to (R15, R28, R30): the quorum decided by the model's business
 * rule task, the chair warned of too few coming, a plan not progressing starting a contingency
 * review, and a meeting adjourned at an impasse starting a professional difference.
 */
@CoreGroupTest
class MeetingOutcomeTest {

  /** A Monday; the first core group is due 10 working days later, Monday 16 March 2026. */
  static final String ICPC = "2026-03-02";
  static final String FIRST_MEETING = "2026-03-16";
  /** 5 working days after the first meeting: the contingency review and the difference's stage are due. */
  static final String FIVE_WORKING_DAYS_LATER = "2026-03-23";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail mail;
  @LocalServerPort int port;

  final OpenCases open = new OpenCases();

  @BeforeEach
  void init() {
    TestMailServer.reset(mail);
  }

  @AfterEach
  void close() {
    open.closeAll(runtime);
  }

  // ---- R15: the quorum, decided in the model

  @Test
  @DisplayName("R15 brent [004 3.10]: the quorum is the business rule task \"Decide quorum\"; not quorate, the meeting goes the \"No\" way of \"Meeting quorate?\" and is not held")
  void notQuorateDecidedInTheModel() {
    String ref = plan("brent");
    ProcessInstance meeting = recordFirstMeeting(ref, absent("Helen Health", "Eddie School"));

    assertThat(meeting).hasPassedInOrder(TASK_RECORD_MEETING, TASK_DECIDE_QUORUM, GATEWAY_MEETING_QUORATE,
        TASK_TELL_MEMBERS_NOT_HELD, END_EVENT_NOT_HELD)
        .hasNotPassed(GATEWAY_MEETING_WENT_AHEAD, TASK_START_FOLLOW_UP);
    HistoricDecisionInstance decision = quorumDecision(meeting.getId(), TASK_DECIDE_QUORUM);
    Map<String, Object> inputs = new HashMap<>();
    decision.getInputs().forEach(i -> inputs.put(i.getClauseId(), i.getValue()));
    // the record's counts: two other agencies in the core group, none of their professionals there
    assertThat(inputs).containsEntry("Input_LocalPolicy", "brent").containsEntry("Input_OtherAgenciesInvolved", 2)
        .containsEntry("Input_OtherProfessionalsPresent", 0);
    assertThat(decision.getOutputs().get(0).getValue()).isEqualTo(false);
  }

  @Test
  @DisplayName("R15 brent [004 3.10]: two professionals from other agencies present: \"Decide quorum\" answers quorate and the meeting goes ahead")
  void quorateDecidedInTheModel() {
    String ref = plan("brent");
    ProcessInstance meeting = recordFirstMeeting(ref, Map.of());

    assertThat(meeting).hasPassedInOrder(TASK_DECIDE_QUORUM, GATEWAY_MEETING_QUORATE,
        GATEWAY_MEETING_WENT_AHEAD, TASK_START_FOLLOW_UP, END_EVENT).hasNotPassed(TASK_TELL_MEMBERS_NOT_HELD);
    assertThat(quorumDecision(meeting.getId(), TASK_DECIDE_QUORUM).getOutputs().get(0).getValue()).isEqualTo(true);
  }

  @Test
  @DisplayName("R15 [000]: a profile that sets no number (national): nobody from outside children's social care said they are coming, so the chair's briefing warns that the meeting can still go ahead")
  void chairWarnedWhenNobodyFromOtherAgenciesIsComing() throws Exception {
    ProcessInstance meeting = meetingWithReplies("national", false, false);

    String briefing = (String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING);
    assertThat(briefing).contains("NO PROFESSIONAL from outside children's social care has said they are coming",
        "The meeting can still go ahead");
    assertThat(chairsMail()).anyMatch(t -> t.contains("briefing for the chair")
        && t.contains("NO PROFESSIONAL from outside children's social care"));
    assertThat(quorumDecision(meeting.getId(), TASK_FORECAST_QUORUM).getOutputs().get(0).getValue()).isEqualTo(true);
  }

  @Test
  @DisplayName("R15 [000]: a profile that sets no number (national): the health visitor is coming, so the chair's briefing has no quorum warning")
  void noWarningWhenSomeoneIsComing() throws Exception {
    ProcessInstance meeting = meetingWithReplies("national", true, false);

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING)).contains("Helen Health (Health): attending")
        .doesNotContain("NO PROFESSIONAL").doesNotContain("NOT QUORATE");
  }

  @Test
  @DisplayName("R15 brent [004 3.10]: only the teacher's representative is coming of two other agencies: the chair's briefing warns the meeting is not quorate as things stand")
  void chairWarnedWhenTooFewForBrent() throws Exception {
    ProcessInstance meeting = meetingWithReplies("brent", false, true);

    assertThat((String) runtime.getVariable(meeting.getId(), MEETING_BRIEFING))
        .contains("NOT QUORATE as things stand: 1 professional from agencies other than children's social care")
        .doesNotContain("NO PROFESSIONAL");
    assertThat(quorumDecision(meeting.getId(), TASK_FORECAST_QUORUM).getOutputs().get(0).getValue()).isEqualTo(false);
  }

  // ---- R28: is the plan progressing?

  @Test
  @DisplayName("R28, R29: a meeting that finds the plan not progressing starts a contingency review of the case at once, due in 5 working days; the minutes and actions still follow")
  void notProgressingStartsContingencyReview() {
    String ref = plan("brent");
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-04-20");
    record.put(PLAN_PROGRESS, NOT_PROGRESSING);
    ProcessInstance meeting = record(ref, record);

    assertThat(meeting).hasPassedInOrder(GATEWAY_PLAN_PROGRESSING, THROW_EVENT_PLAN_NOT_PROGRESSING,
        TASK_START_FOLLOW_UP, END_EVENT);
    ProcessInstance review = only(ref, ContingencyReviewProcess.KEY);
    assertThat(review).isWaitingAt(ContingencyReviewProcess.TASK_RECORD_CONTINGENCY_REVIEW);
    assertThat(task(review, ContingencyReviewProcess.TASK_RECORD_CONTINGENCY_REVIEW)).isAssignedTo("sarah.social")
        .hasDueDate(endOf(FIVE_WORKING_DAYS_LATER));
    assertThat(runtime.getVariable(review.getId(), ContingencyReviewProcess.CONTINGENCY_TRIGGER))
        .isEqualTo(ContingencyReviewProcess.TRIGGER_MEETING);
    ProcessInstance followUp = only(ref, CoreGroupFollowUpProcess.KEY);
    assertThat((String) runtime.getVariable(followUp.getId(), CoreGroupFollowUpProcess.MINUTES))
        .contains("Progress of the plan:\nNot progressing: a contingency review has started");
  }

  @Test
  @DisplayName("R28: a meeting that finds the plan not progressing while a contingency review of the case is open starts no second one: the open review lists the meeting on its form, its key worker is told, the minutes say so")
  void notProgressingTellsTheOpenReview() throws Exception {
    String ref = plan("brent");
    Map<String, Object> first = MeetingRecords.held(FIRST_MEETING, "2026-04-20");
    first.put(PLAN_PROGRESS, NOT_PROGRESSING);
    record(ref, first);
    ProcessInstance review = only(ref, ContingencyReviewProcess.KEY);

    today("2026-04-20");
    TestMailServer.reset(mail);
    Task second = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processInstanceId(second.getProcessInstanceId())
        .singleResult();
    Map<String, Object> again = MeetingRecords.held("2026-04-20", "2026-05-19");
    again.put(PLAN_PROGRESS, NOT_PROGRESSING);
    forms.submitTaskForm(second.getId(), again);

    assertThat(meeting).hasPassedInOrder(GATEWAY_PLAN_PROGRESSING, GATEWAY_CONTINGENCY_REVIEW_OPEN,
        THROW_OPEN_REVIEW_TOLD, TASK_START_FOLLOW_UP).hasNotPassed(THROW_EVENT_PLAN_NOT_PROGRESSING);
    assertThat(count(ref, ContingencyReviewProcess.KEY)).isEqualTo(1);
    assertThat(review).isWaitingAt(ContingencyReviewProcess.TASK_RECORD_CONTINGENCY_REVIEW);
    Task recordReview = task(review, ContingencyReviewProcess.TASK_RECORD_CONTINGENCY_REVIEW);
    assertThat(recordReview).isAssignedTo("sarah.social").hasDueDate(endOf(FIVE_WORKING_DAYS_LATER));
    assertThat((String) tasks.getVariable(recordReview.getId(), ContingencyReviewProcess.LATER_MEETING_FINDINGS))
        .isEqualTo("The core group meeting on Monday 20 April 2026 also found the plan not progressing.");
    assertThat(chairsMail()).anyMatch(t -> t.contains("plan still not progressing") && t.contains("Monday 20 April 2026"));
    ProcessInstance followUp = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(CoreGroupFollowUpProcess.KEY).list().stream()
        .filter(f -> String.valueOf(runtime.getVariable(f.getId(), CoreGroupFollowUpProcess.MINUTES)).contains("held on Monday 20 April 2026"))
        .findFirst().orElseThrow();
    assertThat((String) runtime.getVariable(followUp.getId(), CoreGroupFollowUpProcess.MINUTES))
        .contains("Not progressing: added to the contingency review already open");
  }

  @Test
  @DisplayName("R28, R15: a meeting that did not go ahead (not quorate, or too few to go ahead) does not judge the plan: \"not progressing\" starts no contingency review, is kept with the meeting, and the key worker is told")
  void notHeldMeetingDoesNotJudgeProgress() throws Exception {
    String notQuorate = plan("brent");
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    record.put(ATTENDANCE, MeetingRecords.attendance(absent("Helen Health", "Eddie School")));
    record.put(PLAN_PROGRESS, NOT_PROGRESSING);
    TestMailServer.reset(mail);
    ProcessInstance meeting = record(notQuorate, record);

    assertThat(meeting).hasPassed(TASK_TELL_MEMBERS_NOT_HELD).hasNotPassed(GATEWAY_PLAN_PROGRESSING);
    assertThat(count(notQuorate, ContingencyReviewProcess.KEY)).isZero();
    assertThat(historicVariable(meeting.getId(), PLAN_PROGRESS)).isEqualTo(NOT_PROGRESSING);
    assertThat(chairsMail()).anyMatch(t -> t.contains("no contingency review started")
        && t.contains("said the plan is not progressing") && t.contains("Monday 16 March 2026"));

    String tooFew = plan("national");
    Map<String, Object> chairDecided = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    chairDecided.put(TOO_FEW_TO_GO_AHEAD, true);
    chairDecided.put(PLAN_PROGRESS, NOT_PROGRESSING);
    ProcessInstance second = record(tooFew, chairDecided);
    assertThat(second).hasPassed(TASK_TELL_MEMBERS_NOT_HELD).hasNotPassed(GATEWAY_PLAN_PROGRESSING);
    assertThat(count(tooFew, ContingencyReviewProcess.KEY)).isZero();

    // a meeting that did not go ahead and said nothing about progress: the key worker gets no such note
    String silent = plan("brent");
    Map<String, Object> noAnswer = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    noAnswer.put(ATTENDANCE, MeetingRecords.attendance(absent("Helen Health", "Eddie School")));
    noAnswer.remove(PLAN_PROGRESS);
    TestMailServer.reset(mail);
    record(silent, noAnswer);
    assertThat(chairsMail()).noneMatch(t -> t.contains("no contingency review started"));
  }

  @Test
  @DisplayName("R28: a meeting that finds the plan progressing starts no contingency review")
  void progressingStartsNothing() {
    String ref = plan("brent");
    ProcessInstance meeting = recordFirstMeeting(ref, Map.of());

    assertThat(meeting).hasPassed(GATEWAY_PLAN_PROGRESSING).hasNotPassed(THROW_EVENT_PLAN_NOT_PROGRESSING);
    assertThat(count(ref, ContingencyReviewProcess.KEY)).isZero();
  }

  @Test
  @DisplayName("R28: a meeting that went ahead must say whether the plan is progressing: refused naming the question, nothing kept; a made-up answer is refused too")
  void progressRequired() {
    String ref = plan("brent");
    today(FIRST_MEETING);
    Task recordTask = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-04-20");
    record.remove(PLAN_PROGRESS);

    var refused = rejectedNaming(PLAN_PROGRESS, () -> forms.submitTaskForm(recordTask.getId(), record));
    assertThat(refused.getMessage()).contains("whether the plan is progressing").doesNotContain("planProgress");
    record.put(PLAN_PROGRESS, "maybe");
    rejectedNaming(PLAN_PROGRESS, () -> forms.submitTaskForm(recordTask.getId(), record));

    assertThat(Cases.openTask(tasks, ref, TASK_RECORD_MEETING).getId()).isEqualTo(recordTask.getId());
    assertThat(runtime.getVariable(recordTask.getProcessInstanceId(), MEETING_HELD_ON)).isNull();
    assertThat(runtime.getVariable(recordTask.getProcessInstanceId(), QUORATE)).isNull();
    assertThat(count(ref, CoreGroupFollowUpProcess.KEY)).isZero();
  }

  @Test
  @DisplayName("R28 through REST: a record of a meeting that went ahead without the progress answer is a 400 naming it, not a 500; the task stays open")
  void progressRequiredThroughRest() throws Exception {
    String ref = plan("brent");
    today(FIRST_MEETING);
    Task recordTask = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);

    HttpResponse<String> answer = Http.rest(port, "sarah.social").submitTaskForm(recordTask.getId(), restRecord(""));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(PLAN_PROGRESS).contains("whether the plan is progressing").doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(recordTask.getId()).count()).isOne();
  }

  // ---- R30 [004 5.6]: adjourned at an impasse

  @Test
  @DisplayName("R30 brent [004 5.6]: adjourned at an impasse: the meeting is not held, with the reason, every member told; a professional difference starts at stage 2 (the key worker and the line managers), raised by the chair")
  void impasseAdjournsAndStartsDifference() throws Exception {
    String ref = plan("brent");
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    record.put(PLAN_PROGRESS, ADJOURNED_AT_IMPASSE);
    record.put(DISAGREEMENTS, "Health wants a legal planning meeting; school thinks the plan is working");
    record.put(IMPASSE_WITH, "Helen Health and Eddie School");
    record.remove(SAFETY_SCALE);
    ProcessInstance meeting = record(ref, record);

    assertThat(meeting).hasPassedInOrder(TASK_DECIDE_QUORUM, GATEWAY_MEETING_WENT_AHEAD,
        TASK_TELL_MEMBERS_NOT_HELD, GATEWAY_ADJOURNED_AT_IMPASSE, END_EVENT_ADJOURNED_AT_IMPASSE)
        .hasNotPassed(TASK_START_FOLLOW_UP, END_EVENT_NOT_HELD);
    assertThat(historicVariable(meeting.getId(), MEETING_WENT_AHEAD)).isEqualTo(false);
    assertThat(historicVariable(meeting.getId(), QUORATE)).isEqualTo(true);
    assertThat((String) historicVariable(meeting.getId(), NOT_HELD_REASON)).startsWith("adjourned because the professionals could not agree");
    assertThat(TestMailServer.to(mail, "eddie.school@coregroup.example")).anyMatch(m -> subject(m)
        .contains("meeting of Monday 16 March 2026 did not go ahead"));
    assertThat(count(ref, CoreGroupFollowUpProcess.KEY)).isZero();

    ProcessInstance difference = only(ref, ProfessionalDifferencesProcess.KEY);
    assertThat(runtime.getVariable(difference.getId(), ProfessionalDifferencesProcess.DIFFERENCE_STAGE))
        .isEqualTo(ProfessionalDifferencesProcess.IMPASSE_STAGE);
    assertThat(task(difference, ProfessionalDifferencesProcess.TASK_RESOLVE_DIFFERENCE)).isAssignedTo("sarah.social")
        .hasDueDate(endOf(FIVE_WORKING_DAYS_LATER));
    // the first meeting is chaired by the team manager [004 3.1]: the chair raises it
    assertThat(runtime.getVariables(difference.getId())).containsEntry(ProfessionalDifferencesProcess.RAISED_BY, "tom.manager")
        .containsEntry(ProfessionalDifferencesProcess.DIFFERENCE_DESCRIPTION,
            "Health wants a legal planning meeting; school thinks the plan is working")
        .containsEntry(ProfessionalDifferencesProcess.ABOUT_PROFESSIONAL, "Helen Health and Eddie School");

    // the plan counts it as a meeting that did not go ahead and arranges the next at once
    Task next = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    assertThat(runtime.getVariable(next.getProcessInstanceId(), MEETING_DATE)).isEqualTo("2026-03-20");
    assertThat(runtime.getVariable(planOf(ref), ChildProtectionPlanProcess.MEETING_HISTORY_SUMMARY).toString())
        .contains("Did not go ahead on Monday 16 March 2026: adjourned because the professionals could not agree");
  }

  @Test
  @DisplayName("R30 [004 5.6]: adjourned at an impasse without saying what could not be agreed, or who disagrees: refused naming both, nothing kept, no difference raised")
  void impasseNeedsWhatAndWho() {
    String ref = plan("brent");
    today(FIRST_MEETING);
    Task recordTask = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    record.put(PLAN_PROGRESS, ADJOURNED_AT_IMPASSE);

    var refused = rejectedNaming(DISAGREEMENTS, () -> forms.submitTaskForm(recordTask.getId(), record));
    assertThat(refused.problems()).extracting(p -> p.field()).contains(IMPASSE_WITH);

    assertThat(Cases.openTask(tasks, ref, TASK_RECORD_MEETING).getId()).isEqualTo(recordTask.getId());
    assertThat(runtime.getVariable(recordTask.getProcessInstanceId(), MEETING_HELD_ON)).isNull();
    assertThat(count(ref, ProfessionalDifferencesProcess.KEY)).isZero();
  }

  @Test
  @DisplayName("R30, R23 forged REST: a record adjourned at an impasse that names someone else as the meeting's chair is refused; a member of another case cannot record it; no difference is raised")
  void impasseForged() throws Exception {
    String ref = plan("brent");
    today(FIRST_MEETING);
    Task recordTask = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    String impasse = "\"planProgress\": {\"value\": \"impasse\"}, \"disagreements\": {\"value\": \"Legal planning or not\"}, "
        + "\"impasseWith\": {\"value\": \"Helen Health\"}, ";

    HttpResponse<String> forged = Http.rest(port, "sarah.social").submitTaskForm(recordTask.getId(),
        restRecord(impasse + "\"meetingChair\": {\"value\": \"helen.health\"}, "));
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains(MEETING_CHAIR);
    HttpResponse<String> outsider = Http.rest(port, "olivia.outsider").submitTaskForm(recordTask.getId(),
        restRecord(impasse));
    assertThat(outsider.statusCode()).as(outsider.body()).isBetween(400, 404);

    assertThat(tasks.createTaskQuery().taskId(recordTask.getId()).count()).isOne();
    assertThat(runtime.getVariable(recordTask.getProcessInstanceId(), MEETING_CHAIR)).isEqualTo("tom.manager");
    assertThat(count(ref, ProfessionalDifferencesProcess.KEY)).isZero();
  }

  // ---- helpers

  /** A plan agreed at an ICPC on {@link #ICPC}, with Helen Health, Eddie School and Jo Parent. */
  String plan(String policy) {
    today(ICPC);
    String ref = open.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.plan(policy, ICPC);
    plan.put(ChildProtectionPlanProcess.CASE_REFERENCE, ref);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    return ref;
  }

  /** The first meeting recorded as held on its day, everyone present but {@code absent}; its instance id. */
  ProcessInstance recordFirstMeeting(String ref, Map<String, String> absent) {
    Map<String, Object> record = MeetingRecords.held(FIRST_MEETING, "2026-03-20");
    record.put(ATTENDANCE, MeetingRecords.attendance(absent));
    return record(ref, record);
  }

  /** Records the case's open meeting on {@link #FIRST_MEETING}; the meeting's instance, ended by it. */
  ProcessInstance record(String ref, Map<String, Object> record) {
    today(FIRST_MEETING);
    Task task = Cases.openTask(tasks, ref, TASK_RECORD_MEETING);
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    forms.submitTaskForm(task.getId(), record);
    return meeting;
  }

  /** A meeting on Thursday 2025-04-17 whose professionals replied; started, so the chair got the briefing. */
  ProcessInstance meetingWithReplies(String policy, boolean helenComes, boolean eddieSendsRepresentative) {
    today("2025-04-10");
    String ref = open.add(Cases.newReference());
    ProcessInstance meeting = runtime.startProcessInstanceByKey(KEY, ref,
        MeetingRecords.meetingVariables(ref, policy, "2025-04-17"));
    forms.submitTaskForm(confirmTask(ref, "helen.health").getId(), helenComes ? Map.of(ATTENDING, "true")
        : Map.of(ATTENDING, "false", APOLOGIES, "Clinic", REPORT, "Report sent to the key worker"));
    Map<String, Object> eddie = new HashMap<>(Map.of(ATTENDING, "false", APOLOGIES, "Parents' evening",
        REPORT, "Report sent to the key worker"));
    if (eddieSendsRepresentative) {
      eddie.put(REPRESENTATIVE, "Ms Head, deputy head");
      eddie.put(REPRESENTATIVE_BRIEFED, "true");
    }
    forms.submitTaskForm(confirmTask(ref, "eddie.school").getId(), eddie);
    today("2025-04-17");
    TestMailServer.reset(mail);
    management.executeJob(management.createJobQuery().processInstanceId(meeting.getId())
        .activityId(BOUNDARY_MEETING_STARTS).singleResult().getId());
    return meeting;
  }

  String restRecord(String extra) {
    return """
        {%s"meetingHeldOn": {"value": "%s"}, "nextMeetingDate": {"value": "2026-03-20"},
          "nextMeetingVenue": {"value": "Family hub"}, "safetyScale": {"value": 4, "type": "Integer"},
          "worries": {"value": "w"}, "workingWell": {"value": "w"}, "needsToHappen": {"value": "n"},
          "attendance": {"type": "Json", "value": "[{\\"name\\":\\"Helen Health\\",\\"status\\":\\"present\\"},{\\"name\\":\\"Eddie School\\",\\"status\\":\\"present\\"},{\\"name\\":\\"Jo Parent\\",\\"status\\":\\"present\\"}]"}}"""
        .formatted(extra, FIRST_MEETING);
  }

  static Map<String, String> absent(String... names) {
    Map<String, String> absent = new HashMap<>();
    for (String name : names) {
      absent.put(name, ABSENT);
    }
    return absent;
  }

  List<String> chairsMail() throws Exception {
    List<String> received = new ArrayList<>();
    for (MimeMessage m : TestMailServer.to(mail, "sarah.social@coregroup.example")) {
      received.add(m.getSubject() + "\n" + m.getContent());
    }
    return received;
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  HistoricDecisionInstance quorumDecision(String processInstanceId, String activityId) {
    return history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
        .decisionDefinitionKey(QUORUM_DECISION).activityIdIn(activityId).includeInputs().includeOutputs().singleResult();
  }

  Object historicVariable(String processInstanceId, String name) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult();
    return variable == null ? null : variable.getValue();
  }

  ProcessInstance only(String ref, String key) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(key).singleResult();
    assertThat(instance).as(key + " of " + ref).isNotNull();
    return instance;
  }

  long count(String ref, String key) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).processDefinitionKey(key).count();
  }

  String planOf(String ref) {
    return only(ref, ChildProtectionPlanProcess.KEY).getId();
  }

  Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  Task confirmTask(String ref, String userId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_CONFIRM_ATTENDANCE)
        .taskAssignee(userId).singleResult();
  }
}
