package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.midnight;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Http;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan agreed for an unborn child (R1): no child-seen clocks and no 18th birthday until the
 * birth is recorded ("Record the birth", or the key worker's task when none is recorded in time).
 */
@CoreGroupTest
class RecordBirthProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
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
  @DisplayName("R1, R24: an unborn child has no child-seen clock and no 18th birthday; the key worker records the birth and both start from the date of birth")
  void keyWorkerRecordsBirth() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, unborn("brent", "2025-12-15", "2026-01-20"));
    ProcessInstance monitoring = monitoring(ref);

    assertThat(plan).isWaitingAt(TIMER_BIRTH_NOT_RECORDED, CALL_CORE_GROUP_MEETING, TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(timer(plan, TIMER_CHILD_TURNS_18)).isNull();
    assertThat(timer(plan, TIMER_BIRTH_NOT_RECORDED).getDuedate()).isEqualTo(endOf("2026-02-03"));
    assertThat(monitoring).isWaitingAt(CaseMonitoringProcess.MESSAGE_EVENT_BIRTH_RECORDED,
        CaseMonitoringProcess.TIMER_PLAN_OPEN_LONG, CaseMonitoringProcess.MESSAGE_EVENT_VISIT_RECORDED);
    assertThat(timer(monitoring, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();

    today("2026-01-19");
    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    runtime.startProcessInstanceByKey(RecordBirthProcess.KEY, birth(ref, "Amy Example", "2026-01-17"));
    identity.clearAuthentication();

    assertThat(timer(plan, TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2044-01-17"));
    assertThat(timer(plan, TIMER_BIRTH_NOT_RECORDED)).isNull();
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Amy Example");
    assertThat(runtime.getVariable(plan.getId(), CHILD_BIRTH_DATE)).isEqualTo("2026-01-17");
    assertThat(runtime.getVariable(plan.getId(), BIRTH_RECORDED_BY)).isEqualTo("sarah.social");
    // brent: seen every 10 working days, from Saturday 17 January: Friday 30 January
    assertThat(timer(monitoring, CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-01-30"));
    assertThat(runtime.getVariable(monitoring.getId(), CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2026-01-17");
  }

  @Test
  @DisplayName("R1: no birth recorded two weeks after the expected date gives the key worker a task; recording the birth there starts the clocks")
  void birthNotRecordedInTime() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, unborn("brent", "2025-12-15", "2026-01-20"));

    today("2026-02-04");
    management.executeJob(timer(plan, TIMER_BIRTH_NOT_RECORDED).getId());
    Task ask = Cases.openTask(tasks, ref, TASK_RECORD_BIRTH);
    assertThat(ask).isAssignedTo("sarah.social").hasDueDate(endOf("2026-02-03"));

    rejectedNaming(CHILD_BIRTH_DATE, () -> forms.submitTaskForm(ask.getId(),
        Map.of(NAME_AT_BIRTH, "Amy Example", CHILD_BIRTH_DATE, "2026-02-05")));
    assertThat(Cases.openTask(tasks, ref, TASK_RECORD_BIRTH).getId()).isEqualTo(ask.getId());
    assertThat(timer(plan, TIMER_CHILD_TURNS_18)).isNull();

    forms.submitTaskForm(ask.getId(), Map.of(NAME_AT_BIRTH, "Amy Example", CHILD_BIRTH_DATE, "2026-01-26"));
    assertThat(timer(plan, TIMER_CHILD_TURNS_18).getDuedate()).isEqualTo(midnight("2044-01-26"));
    assertThat(timer(monitoring(ref), CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN).getDuedate()).isEqualTo(endOf("2026-02-09"));
  }

  @Test
  @DisplayName("R1, R23, bad input: a birth before the plan, in the future or without a name, or recorded by anyone but the key worker or team manager, is refused naming the field; nothing is kept")
  void badBirthsRefused() {
    today("2025-12-15");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, unborn("brent", "2025-12-15", "2026-01-20"));
    today("2026-01-19");

    identity.setAuthentication("sarah.social", List.of("childrens-social-care"));
    rejectedNaming(CHILD_BIRTH_DATE, () -> start(birth(ref, "Amy Example", "2025-12-12")));
    rejectedNaming(CHILD_BIRTH_DATE, () -> start(birth(ref, "Amy Example", "2026-01-20")));
    rejectedNaming(NAME_AT_BIRTH, () -> start(birth(ref, " ", "2026-01-17")));
    Map<String, Object> forged = birth(ref, "Amy Example", "2026-01-17");
    forged.put(BIRTH_RECORDED_BY, "tom.manager");
    rejectedNaming(BIRTH_RECORDED_BY, () -> start(forged));
    identity.setAuthentication("helen.health", List.of("health"));
    rejectedNaming(BIRTH_RECORDED_BY, () -> start(birth(ref, "Amy Example", "2026-01-17")));
    identity.setAuthentication("olivia.outsider", List.of("health"));
    rejectedNaming(RecordBirthProcess.CASE_REFERENCE, () -> start(birth(ref, "Amy Example", "2026-01-17")));
    identity.clearAuthentication();
    // an integration correlating the message itself is checked as strictly
    rejectedNaming(CHILD_BIRTH_DATE, () -> runtime.createMessageCorrelation(MESSAGE_CHILD_BORN).processInstanceBusinessKey(ref)
        .setVariable(NAME_AT_BIRTH, "Amy Example").setVariable(CHILD_BIRTH_DATE, "2026-02-01").correlate());

    assertThat(plan).isWaitingAt(TIMER_BIRTH_NOT_RECORDED);
    assertThat(timer(plan, TIMER_CHILD_TURNS_18)).isNull();
    assertThat(runtime.getVariable(plan.getId(), CHILD_BIRTH_DATE)).isNull();
    assertThat(runtime.getVariable(plan.getId(), CHILD_NAME)).isEqualTo("Baby of Jo Parent");
    assertThat(timer(monitoring(ref), CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)).isNull();

    identity.setAuthentication("tom.manager", List.of("childrens-social-care", "team-managers"));
    start(birth(ref, "Amy Example", "2025-12-15"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(plan.getId(), CHILD_BIRTH_DATE)).isEqualTo("2025-12-15");
    assertThat(runtime.getVariable(plan.getId(), BIRTH_RECORDED_BY)).isEqualTo("tom.manager");
  }

  @Test
  @DisplayName("R1: a birth cannot be recorded twice, nor for a child who was born when the plan began")
  void noBirthToRecord() {
    today("2025-12-15");
    String born = open.add(Cases.newReference());
    runtime.startProcessInstanceByKey(KEY, born, plan("brent", "2025-12-15"));
    rejectedNaming(RecordBirthProcess.CASE_REFERENCE, () -> start(birth(born, "Amy Example", "2025-12-15")));

    String ref = open.add(Cases.newReference());
    runtime.startProcessInstanceByKey(KEY, ref, unborn("brent", "2025-12-15", "2026-01-20"));
    start(birth(ref, "Amy Example", "2025-12-15"));
    rejectedNaming(RecordBirthProcess.CASE_REFERENCE, () -> start(birth(ref, "Bea Example", "2025-12-15")));
    assertThat(runtime.getVariable(monitoring(ref).getId(), CaseMonitoringProcess.CHILD_SEEN_FROM)).isEqualTo("2025-12-15");
  }

  @Test
  @DisplayName("R23 through REST: an outsider, a member who is not the key worker and a forged recorder get 400 naming the field and the case is unchanged; the key worker's birth is recorded")
  void throughRest() throws Exception {
    String ref = open.add(Cases.newReference());
    LocalDate icpc = LocalDate.now().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    runtime.startProcessInstanceByKey(KEY, ref, unborn("brent", icpc.toString(), LocalDate.now().plusDays(30).toString()));
    String bornOn = LocalDate.now().toString();
    String body = """
        {"caseReference": {"value": "%s"}, "nameAtBirth": {"value": "Amy Example"}, "childBirthDate": {"value": "%s"}}"""
        .formatted(ref, bornOn);

    HttpResponse<String> outsider = Http.rest(port, "olivia.outsider").submitStartForm(RecordBirthProcess.KEY, body);
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(outsider.body()).contains(RecordBirthProcess.CASE_REFERENCE).doesNotContain("Baby of");
    HttpResponse<String> member = Http.rest(port, "helen.health").submitStartForm(RecordBirthProcess.KEY, body);
    assertThat(member.statusCode()).isEqualTo(400);
    assertThat(member.body()).contains(BIRTH_RECORDED_BY);
    HttpResponse<String> forged = Http.rest(port, "sarah.social").call("POST", "/process-definition/key/" + RecordBirthProcess.KEY + "/start",
        "{\"variables\": " + body.replace("}}", "}, \"birthRecordedBy\": {\"value\": \"tom.manager\"}}") + "}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains(BIRTH_RECORDED_BY);
    String planId = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).singleResult().getId();
    assertThat(runtime.getVariable(planId, CHILD_BIRTH_DATE)).isNull();

    assertThat(Http.rest(port, "sarah.social").submitStartForm(RecordBirthProcess.KEY, body).statusCode()).isEqualTo(200);
    assertThat(runtime.getVariable(planId, CHILD_BIRTH_DATE)).isEqualTo(bornOn);
  }

  void start(Map<String, Object> vars) {
    runtime.startProcessInstanceByKey(RecordBirthProcess.KEY, vars);
  }

  static Map<String, Object> unborn(String policy, String icpc, String expected) {
    Map<String, Object> vars = new HashMap<>(plan(policy, icpc));
    vars.remove(CHILD_BIRTH_DATE);
    vars.put(EXPECTED_BIRTH_DATE, expected);
    vars.put(CHILD_NAME, "Baby of Jo Parent");
    return vars;
  }

  static Map<String, Object> birth(String ref, String name, String date) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RecordBirthProcess.CASE_REFERENCE, ref);
    vars.put(RecordBirthProcess.NAME_AT_BIRTH, name);
    vars.put(RecordBirthProcess.CHILD_BIRTH_DATE, date);
    return vars;
  }

  ProcessInstance monitoring(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CaseMonitoringProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult();
  }

  Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
  }
}
