package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MoveMeetingProcess;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every message a case takes has a person who sends it from Tasklist: "Record the child looked
 * after" (R34), "Bring the review forward" (R32) and "Move a core group meeting" (R17), each
 * checked like every other input, refused to anyone whose job it is not, and kept nowhere when refused.
 */
@CoreGroupTest
class CaseNewsTest {

  static final List<String> SOCIAL_CARE = List.of("childrens-social-care");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @LocalServerPort int port;
  final OpenCases open = new OpenCases();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    open.closeAll(runtime);
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R34: the key worker records that the child is looked after; core groups go on")
  void keyWorkerRecordsLookedAfter() {
    today("2025-12-15");
    ProcessInstance plan = startPlan("2025-12-15");
    today("2025-12-22");
    as("sarah.social", SOCIAL_CARE, () -> start(ChildLookedAfterProcess.KEY, lookedAfter(plan, "2025-12-20")));

    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.LOOKED_AFTER)).isEqualTo(true);
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.LOOKED_AFTER_FROM)).isEqualTo("2025-12-20");
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.LOOKED_AFTER_RECORDED_BY)).isEqualTo("sarah.social");
    assertThat(plan).isWaitingAt(ChildProtectionPlanProcess.CALL_CORE_GROUP_MEETING, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
  }

  @Test
  @DisplayName("R34, R23, bad input: a date in the future or before the plan, a member who is not the key worker or team manager, an outsider: refused naming the field, nothing kept")
  void lookedAfterRefused() {
    today("2025-12-15");
    ProcessInstance plan = startPlan("2025-12-15");
    today("2025-12-22");
    as("sarah.social", SOCIAL_CARE, () -> {
      rejectedNaming(ChildLookedAfterProcess.LOOKED_AFTER_FROM, () -> start(ChildLookedAfterProcess.KEY, lookedAfter(plan, "2025-12-23")));
      rejectedNaming(ChildLookedAfterProcess.LOOKED_AFTER_FROM, () -> start(ChildLookedAfterProcess.KEY, lookedAfter(plan, "2025-12-12")));
    });
    as("helen.health", List.of("health"), () -> rejectedNaming(ChildLookedAfterProcess.LOOKED_AFTER_RECORDED_BY,
        () -> start(ChildLookedAfterProcess.KEY, lookedAfter(plan, "2025-12-20"))));
    as("olivia.outsider", List.of("health"), () -> rejectedNaming(ChildLookedAfterProcess.CASE_REFERENCE,
        () -> start(ChildLookedAfterProcess.KEY, lookedAfter(plan, "2025-12-20"))));
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.LOOKED_AFTER)).isNull();
  }

  @Test
  @DisplayName("R32: the conference chair brings the review forward with a reason; a later date, no reason or the key worker asking are refused and the review stays")
  void chairBringsReviewForward() {
    today("2025-12-15");
    ProcessInstance plan = startPlan("2025-12-15");
    String ref = plan.getBusinessKey();
    today("2026-01-10");

    as("carol.chair", List.of("conference-chairs"), () -> {
      rejectedNaming(ChildProtectionPlanProcess.NEW_REVIEW_DATE, () -> start(BringReviewForwardProcess.KEY, reviewForward(ref, "2026-04-01", "Risk has grown")));
      rejectedNaming(BringReviewForwardProcess.REVIEW_FORWARD_REASON, () -> start(BringReviewForwardProcess.KEY, reviewForward(ref, "2026-01-20", " ")));
    });
    as("sarah.social", SOCIAL_CARE, () -> rejectedNaming(BringReviewForwardProcess.REVIEW_FORWARD_BY,
        () -> start(BringReviewForwardProcess.KEY, reviewForward(ref, "2026-01-20", "Risk has grown"))));
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-03-15"));

    as("carol.chair", List.of("conference-chairs"), () -> start(BringReviewForwardProcess.KEY, reviewForward(ref, "2026-01-20", "Risk has grown")));
    assertThat(reviewTask(ref)).isAssignedTo("carol.chair").hasDueDate(endOf("2026-01-20"));
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.REVIEW_FORWARD_REASON)).isEqualTo("Risk has grown");
    assertThat(runtime.getVariable(plan.getId(), ChildProtectionPlanProcess.REVIEW_FORWARD_BY)).isEqualTo("carol.chair");
  }

  @Test
  @DisplayName("R17: the key worker moves the next core group meeting; an end before the start, a member or an outsider are refused and the meeting stays")
  void keyWorkerMovesMeeting() {
    today("2025-12-15");
    ProcessInstance plan = startPlan("2025-12-15");
    String ref = plan.getBusinessKey();
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult();
    Object before = runtime.getVariable(meeting.getId(), CoreGroupMeetingProcess.MEETING_DATE);

    as("sarah.social", SOCIAL_CARE, () -> rejectedNaming(CoreGroupMeetingProcess.NEW_MEETING_END_TIME,
        () -> start(MoveMeetingProcess.KEY, move(ref, "2025-12-22", "14:00", "13:00"))));
    as("helen.health", List.of("health"), () -> rejectedNaming(MoveMeetingProcess.MOVE_REQUESTED_BY,
        () -> start(MoveMeetingProcess.KEY, move(ref, "2025-12-22", "14:00", "15:30"))));
    as("olivia.outsider", List.of("health"), () -> rejectedNaming(MoveMeetingProcess.CASE_REFERENCE,
        () -> start(MoveMeetingProcess.KEY, move(ref, "2025-12-22", "14:00", "15:30"))));
    assertThat(runtime.getVariable(meeting.getId(), CoreGroupMeetingProcess.MEETING_DATE)).isEqualTo(before);

    as("sarah.social", SOCIAL_CARE, () -> start(MoveMeetingProcess.KEY, move(ref, "2025-12-22", "14:00", "15:30")));
    assertThat(runtime.getVariable(meeting.getId(), CoreGroupMeetingProcess.MEETING_DATE)).isEqualTo("2025-12-22");
    assertThat(runtime.getVariable(meeting.getId(), MoveMeetingProcess.MOVE_REQUESTED_BY)).isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("R23 through REST: an outsider, a member whose job it is not and a forged sender get 400 naming the field; the case is unchanged; the chair's request goes through")
  void throughRest() throws Exception {
    LocalDate icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    ProcessInstance plan = startPlan(icpc.toString());
    String ref = plan.getBusinessKey();
    String body = """
        {"caseReference": {"value": "%s"}, "newReviewDate": {"value": "%s"}, "reviewForwardReason": {"value": "Risk has grown"}}"""
        .formatted(ref, LocalDate.now().plusDays(7));
    Object due = reviewTask(ref).getDueDate();

    HttpResponse<String> outsider = Http.rest(port, "olivia.outsider").submitStartForm(BringReviewForwardProcess.KEY, body);
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(outsider.body()).contains(BringReviewForwardProcess.CASE_REFERENCE);
    HttpResponse<String> keyWorker = Http.rest(port, "sarah.social").submitStartForm(BringReviewForwardProcess.KEY, body);
    assertThat(keyWorker.statusCode()).isEqualTo(400);
    assertThat(keyWorker.body()).contains(BringReviewForwardProcess.REVIEW_FORWARD_BY);
    HttpResponse<String> forged = Http.rest(port, "carol.chair").call("POST", "/process-definition/key/" + BringReviewForwardProcess.KEY + "/start",
        "{\"variables\": " + body.replace("}}", "}, \"reviewForwardBy\": {\"value\": \"tom.manager\"}}") + "}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains(BringReviewForwardProcess.REVIEW_FORWARD_BY);
    HttpResponse<String> message = Http.rest(port, "carol.chair").call("POST", "/message",
        "{\"messageName\": \"" + ChildProtectionPlanProcess.MESSAGE_BRING_REVIEW_FORWARD + "\", \"businessKey\": \"" + ref + "\"}");
    assertThat(message.statusCode()).isEqualTo(403);
    assertThat(reviewTask(ref).getDueDate()).isEqualTo(due);

    assertThat(Http.rest(port, "carol.chair").submitStartForm(BringReviewForwardProcess.KEY, body).statusCode()).isEqualTo(200);
    assertThat(reviewTask(ref).getDueDate()).isEqualTo(endOf(LocalDate.now().plusDays(7).toString()));
  }

  ProcessInstance startPlan(String icpc) {
    String ref = open.add(Cases.newReference());
    return runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(plan("national", icpc)));
  }

  void start(String key, Map<String, Object> vars) {
    runtime.startProcessInstanceByKey(key, vars);
  }

  void as(String user, List<String> groups, Runnable work) {
    identity.setAuthentication(user, groups);
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  org.camunda.bpm.engine.task.Task reviewTask(String ref) {
    return Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
  }

  static Map<String, Object> lookedAfter(ProcessInstance plan, String from) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(ChildLookedAfterProcess.CASE_REFERENCE, plan.getBusinessKey());
    vars.put(ChildLookedAfterProcess.LOOKED_AFTER_FROM, from);
    return vars;
  }

  static Map<String, Object> reviewForward(String ref, String date, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(BringReviewForwardProcess.CASE_REFERENCE, ref);
    vars.put(BringReviewForwardProcess.NEW_REVIEW_DATE, date);
    vars.put(BringReviewForwardProcess.REVIEW_FORWARD_REASON, reason);
    return vars;
  }

  static Map<String, Object> move(String ref, String date, String start, String end) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(MoveMeetingProcess.CASE_REFERENCE, ref);
    vars.put(MoveMeetingProcess.NEW_MEETING_DATE, date);
    vars.put(MoveMeetingProcess.NEW_MEETING_TIME, start);
    vars.put(MoveMeetingProcess.NEW_MEETING_END_TIME, end);
    vars.put(MoveMeetingProcess.MOVE_REASON, "The health visitor is on leave");
    return vars;
  }
}
