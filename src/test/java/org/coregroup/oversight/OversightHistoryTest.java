package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.TasklistBrowser;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The timeliness and attendance figures and a case's history for the chair's review, over real
 * HTTP with the Tasklist login, on a Brent case run with the controlled clock from its ICPC on
 * Monday 15 December 2025 to Friday 20 March 2026: a late first core group, a meeting on its day,
 * a child-seen clock met and two run out, minutes in time and late, an action done late, a
 * concern, a late review. The case has a chair of its own, so the figures are this case's only.
 */
@CoreGroupTest
class OversightHistoryTest {

  static final String CHAIR = "connie.chair";
  static final String OTHER_MANAGER = "terry.othermanager";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  final OpenCases cases = new OpenCases();
  String ref;
  String paulsCase;

  @BeforeEach
  void aCaseOfThreeMonths() {
    user(CHAIR, "Connie", "Chair", "conference-chairs");
    user(OTHER_MANAGER, "Terry", "Other", "team-managers");
    Dates.today("2025-12-15");
    ref = cases.add(Cases.newReference());
    Map<String, Object> plan = new HashMap<>(PlanCases.plan("brent", "2025-12-15"));
    plan.put(ChildProtectionPlanProcess.CONFERENCE_CHAIR, CHAIR);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, plan);
    // another case, where Paul is a member and Connie is not the chair
    paulsCase = cases.add(Cases.newReference());
    Map<String, Object> other = new HashMap<>(PlanCases.plan("national", "2025-12-15"));
    other.put(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS, SpinValues.jsonValue("""
        [{"name": "Paul Police", "role": "Police officer", "agency": "police", "userId": "paul.police"}]""").create());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, paulsCase, other);

    // R24: seen by Helen a week after the ICPC (in time); the clock runs out on 8 January; seen again on 12 January
    Dates.today("2025-12-22");
    visit("2025-12-22", "helen.health", "health");
    // R13: Eddie cannot come to the first core group; he names a briefed representative but sends no report (brent [004 4.6]: one or the other)
    Dates.today("2026-01-05");
    forms.submitTaskForm(tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE).taskAssignee("eddie.school").singleResult().getId(),
        Map.of(CoreGroupMeetingProcess.ATTENDING, "false", CoreGroupMeetingProcess.APOLOGIES, "School trip that day",
            CoreGroupMeetingProcess.REPRESENTATIVE, "Ms Deputy, deputy head", CoreGroupMeetingProcess.REPRESENTATIVE_BRIEFED, true));
    // R4: the first core group was due by Wednesday 31 December; it meets on Tuesday 6 January, Eddie's deputy there for him
    Dates.today("2026-01-06");
    Map<String, Object> first = new HashMap<>(MeetingRecords.held("2026-01-06", "2026-02-10"));
    first.put(CoreGroupMeetingProcess.ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", CoreGroupMeetingProcess.SENT_REPRESENTATIVE)));
    first.put(CoreGroupMeetingProcess.ACTIONS, SpinValues.jsonValue("""
        [{"what": "Weekly home visit", "owner": "Helen Health", "deadline": "2026-01-20", "why": "Amy's weight"}]""").create());
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), first);
    Dates.today("2026-01-09");
    runOut(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN);
    // R21: the minutes, due by Tuesday 13 January, go out on the 12th
    Dates.today("2026-01-12");
    visit("2026-01-12", "sarah.social", "childrens-social-care");
    circulateMinutes();
    // R27: Helen cannot get in; the key worker decides to discuss it at the next core group
    Dates.today("2026-01-15");
    identity.setAuthentication("helen.health", List.of("health"));
    try {
      runtime.startProcessInstanceByKey(RaiseConcernProcess.KEY, Map.of(RaiseConcernProcess.CASE_REFERENCE, ref,
          RaiseConcernProcess.CONCERN_TYPE, "no-access", RaiseConcernProcess.CONCERN_DESCRIPTION, "Nobody answered the door at 10:00"));
    } finally {
      identity.clearAuthentication();
    }
    forms.submitTaskForm(Cases.openTask(tasks, ref, RaiseConcernProcess.TASK_DECIDE_ON_CONCERN).getId(),
        Map.of(RaiseConcernProcess.CONCERN_OUTCOME, RaiseConcernProcess.CONTINGENCY_REVIEW));
    // R22: the action, due by 20 January, is done on the 22nd
    Dates.today("2026-01-22");
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupFollowUpProcess.TASK_COMPLETE_ACTION).getId(),
        Map.of(CoreGroupFollowUpProcess.ACTION_DONE, "Visited every Tuesday"));
    Dates.today("2026-01-27");
    runOut(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN);
    // R7: the second core group on the day agreed; its minutes are never sent
    Dates.today("2026-02-10");
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(),
        MeetingRecords.held("2026-02-10", "2026-02-27"));
    // R32: the first review was due by Sunday 15 March; it is held on Monday 16 March and the plan continues;
    // the chair sets the core group after it for Tuesday 24 March (brent [004 3.9])
    Dates.today("2026-03-16");
    forms.submitTaskForm(Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2026-03-16", ChildProtectionPlanProcess.PLAN_CONTINUES, "true",
            ChildProtectionPlanProcess.POST_REVIEW_MEETING_DATE, "2026-03-24"));
    Dates.today("2026-03-20");
  }

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R4, R7, R21, R24, R32: the chair's timeliness per rule and month: the late first core group, the meetings, the minutes, the child seen, the late review")
  void timelinessPerRuleAndMonth() throws Exception {
    HttpResponse<String> csv = Http.tasklist(port, CHAIR).get("/oversight/timeliness.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("timeliness.csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("month,rule,deadlines due,met on time,percent on time");
    assertThat(lines).hasSize(1 + 12 * 5).contains(
        "2025-12,First core group in time,1,0,0",
        "2025-12,Child seen in time,1,1,100",
        "2026-01,Child seen in time,2,0,0",
        "2026-01,Minutes sent in time,1,1,100",
        // held on its day, and the next one due by 27 February not held by 20 March
        "2026-02,Core groups at the interval,2,1,50",
        "2026-02,Minutes sent in time,1,0,0",
        "2026-03,Review conference on time,1,0,0",
        "2025-04,Review conference on time,0,0,");

    String page = Http.tasklist(port, CHAIR).get("/oversight").body();
    assertThat(page).contains("Deadlines met on time, rule by rule", "<th scope=\"row\">February 2026</th>",
        "50% (1 of 2 on time)", "/oversight/timeliness.csv", "\"timeliness\":{\"type\":\"line\"");
  }

  @Test
  @DisplayName("R18: attendance by agency over the chair's cases: Education represented once, everyone else present at both meetings")
  void attendanceByAgency() throws Exception {
    List<String> lines = Http.tasklist(port, CHAIR).get("/oversight/attendance.csv").body().lines().toList();
    assertThat(lines).containsExactly(
        "agency,present,sent a briefed representative,apologies (with or without report),absent without apologies,attendances recorded",
        "Education,1,1,0,0,2",
        "Family or carer,2,0,0,0,2",
        "Health,2,0,0,0,2");
    assertThat(Http.tasklist(port, CHAIR).get("/oversight").body())
        .contains("Attendance at core groups by agency", "<th scope=\"row\">Education</th><td>1</td><td>1</td><td>0</td>");
  }

  @Test
  @DisplayName("R33, R13, R18, R21, R22, R24, R27, R28: the chair's review shows the whole history of the case, linked from the review form")
  void chairsReviewHistory() throws Exception {
    HttpResponse<String> response = Http.tasklist(port, CHAIR).get("/oversight/cases/" + ref);
    assertThat(response.statusCode()).isEqualTo(200);
    String page = response.body().replace("&#39;", "'");
    assertThat(page).contains("The history of Amy Example's plan", "local policy Brent. Initial conference on Monday 15 December 2025");
    // meetings and the review against the rules
    assertThat(page).contains("<th scope=\"row\">Core group 1</th><td>Tuesday 6 January 2026</td><td>Wednesday 31 December 2025</td><td>Late</td>",
        "<th scope=\"row\">Core group 2</th><td>Tuesday 10 February 2026</td><td>Tuesday 10 February 2026</td><td>In time</td>",
        "<th scope=\"row\">Review conference 1</th><td>Monday 16 March 2026</td><td>Sunday 15 March 2026</td><td>Late</td>",
        "Core groups since the last conference");
    // attendance per member and agency, apologies and the missing report
    assertThat(page).contains("<th scope=\"row\">Eddie School (Education)</th><td>Sent a briefed representative</td><td>Present</td>",
        "Apologies: School trip that day", "Ms Deputy, deputy head", "<td>Missing</td>", "WRITTEN REPORT MISSING");
    // visits and the child-seen record
    assertThat(page).contains("<th scope=\"row\">Monday 22 December 2025</th><td>Helen Health</td><td>Health</td><td>Yes</td>",
        "<th scope=\"row\">Monday 12 January 2026</th><td>Sarah Social</td><td>Children's social care</td>",
        "<td>Seen in time</td><td></td><td>Monday 22 December 2025</td>",
        "<td>Not seen in time</td><td>Thursday 8 January 2026</td><td>Monday 12 January 2026</td>",
        "<td>Not seen in time</td><td>Monday 26 January 2026</td><td>not seen yet</td>");
    // minutes, actions, concerns, escalations
    assertThat(page).contains("<td>Tuesday 13 January 2026</td><td>Monday 12 January 2026</td><td>In time</td>",
        "<td>Tuesday 17 February 2026</td><td>not sent yet</td><td>Late</td>",
        "1 done, 0 overdue, of 1.", "Weekly home visit", "Done late, on Thursday 22 January 2026: Visited every Tuesday",
        "Could not gain access to the child", "Nobody answered the door at 10:00", "Hold a contingency review now",
        "<td>Contingency review</td>", "under way");
    assertThat(page).doesNotContain("2026-01-06", "no-access", "eddie.school", paulsCase);

    Task review = Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
    try (InputStream form = forms.getDeployedTaskForm(review.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("(/oversight/cases/{{caseReferenceInLinks}})");
    }
    assertThat(Http.tasklist(port, CHAIR).get("/oversight").body()).contains("href=\"/oversight/cases/" + ref + "\"");
  }

  @Test
  @DisplayName("R23: a case's history is for those who oversee it: a member of the case, a member of another case, an outsider, another team's manager and a made-up reference all get the same 'not found'; nobody signed in, or with a forged session, gets 401; each look is in the audit trail")
  void whoSeesTheHistory() throws Exception {
    assertThat(Http.tasklist(port, "tom.manager").get("/oversight/cases/" + ref).statusCode()).isEqualTo(200);
    assertThat(Http.tasklist(port, "admin").get("/oversight/cases/" + ref).statusCode()).isEqualTo(200);
    for (String user : List.of("helen.health", "paul.police", "olivia.outsider", OTHER_MANAGER, "carol.chair")) {
      HttpResponse<String> refused = Http.tasklist(port, user).get("/oversight/cases/" + ref);
      assertThat(refused.statusCode()).as(user).isEqualTo(404);
      assertThat(refused.body()).as(user).contains(OversightController.NOT_FOUND).doesNotContain("Amy", ref + "<");
    }
    assertThat(Http.tasklist(port, CHAIR).get("/oversight/cases/" + paulsCase).statusCode()).isEqualTo(404);
    HttpResponse<String> madeUp = Http.tasklist(port, "paul.police").get("/oversight/cases/NO-SUCH-CASE");
    assertThat(madeUp.statusCode()).isEqualTo(404);
    assertThat(madeUp.body()).contains(OversightController.NOT_FOUND);
    HttpResponse<String> nobody = Http.anonymous(port).get("/oversight/cases/" + ref);
    assertThat(nobody.statusCode()).isEqualTo(401);
    assertThat(nobody.body()).contains("Please sign in").doesNotContain("Amy");
    // a forged session cookie is no login
    assertThat(Http.anonymous(port).send(Http.anonymous(port).request("/oversight/cases/" + ref)
        .header("Cookie", "JSESSIONID=forged").GET()).statusCode()).isEqualTo(401);
    // the chart figures follow the page's rule: practitioners are refused, another team's manager sees none of this case
    assertThat(Http.tasklist(port, "helen.health").get("/oversight/timeliness.csv").statusCode()).isEqualTo(403);
    assertThat(Http.tasklist(port, OTHER_MANAGER).get("/oversight/attendance.csv").body()).doesNotContain("Education,1,1,0");

    Http.tasklist(port, CHAIR).get("/oversight/cases/" + ref);
    JsonNode trail = new ObjectMapper().readTree(Http.basic(port, "admin:" + Http.PASSWORD).get("/audit/cases/" + ref).body());
    assertThat(trail).anySatisfy(row -> {
      assertThat(row.get("userId").asText()).isEqualTo(CHAIR);
      assertThat(row.get("path").asText()).isEqualTo("/oversight/cases/" + ref);
      assertThat(row.get("what").asText()).isEqualTo("opened the case's history for the review");
    });
    JsonNode olivia = new ObjectMapper().readTree(Http.basic(port, "admin:" + Http.PASSWORD).get("/audit/users/olivia.outsider").body());
    assertThat(olivia).anySatisfy(row -> {
      assertThat(row.get("path").asText()).isEqualTo("/oversight/cases/" + ref);
      assertThat(row.get("what").asText()).isEqualTo("refused");
      assertThat(row.get("status").asInt()).isEqualTo(404);
      assertThat(row.get("caseReference").isNull()).isTrue();
    });
  }

  @Test
  @DisplayName("ADR 0033, R26: the history of a plan for brothers and sisters lists each visit to the family once, naming the children it saw and saw alone")
  void siblingVisitsOnce() throws Exception {
    Dates.today("2026-03-02");
    String family = cases.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.siblingPlan("national", "2026-03-02", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"},
         {"childName": "Cara Example", "childBirthDate": "2022-08-19", "categoryOfAbuse": "NEG"}]""");
    plan.put(ChildProtectionPlanProcess.CONFERENCE_CHAIR, CHAIR);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, family, plan);
    Dates.today("2026-03-09");
    familyVisit(family, "2026-03-04", "helen.health", "health", "Ben Example, amy example", "false");
    familyVisit(family, "2026-03-09", "sarah.social", "childrens-social-care", "Cara Example", "true");
    familyVisit(family, "2026-03-09", "sarah.social", "childrens-social-care", "Cara Example", "true");

    String page = Http.tasklist(port, CHAIR).get("/oversight/cases/" + family).body().replace("&#39;", "'");
    assertThat(page).contains("<th scope=\"col\">Children seen</th>",
        "<th scope=\"row\">Wednesday 4 March 2026</th><td>Helen Health</td><td>Health</td><td>Amy Example and Ben Example</td><td>None</td>",
        "<th scope=\"row\">Monday 9 March 2026</th><td>Sarah Social</td><td>Children's social care</td><td>Cara Example</td><td>Cara Example</td>");
    // one row per visit: Helen's once, not once per child; Sarah's two visits that day both
    assertThat(page.split("<th scope=\"row\">Wednesday 4 March 2026</th>", -1)).hasSize(2);
    assertThat(page.split("<th scope=\"row\">Monday 9 March 2026</th>", -1)).hasSize(3);
  }

  @Test
  @DisplayName("ADR 0033, R24: the child-seen record of a plan for brothers and sisters names the child of each period: Amy seen in time, Ben's clock run out, then Ben seen")
  void siblingChildSeenPerChild() throws Exception {
    Dates.today("2026-03-02");
    String family = cases.add(Cases.newReference());
    Map<String, Object> plan = PlanCases.siblingPlan("brent", "2026-03-02", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]""");
    plan.put(ChildProtectionPlanProcess.CONFERENCE_CHAIR, CHAIR);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, family, plan);
    Dates.today("2026-03-04");
    familyVisit(family, "2026-03-04", "helen.health", "health", "Amy Example", "false");
    // R24 (brent): Ben is not seen within 10 working days of the conference
    Dates.today("2026-03-17");
    String bens = runtime.createProcessInstanceQuery().processInstanceBusinessKey(family).processDefinitionKey(CaseMonitoringProcess.KEY)
        .variableValueEquals(CaseMonitoringProcess.CHILD_NAME, "Ben Example").singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(bens).activityId(CaseMonitoringProcess.TIMER_CHILD_NOT_SEEN)
        .timers().singleResult().getId());
    Dates.today("2026-03-18");
    familyVisit(family, "2026-03-18", "sarah.social", "childrens-social-care", "Ben Example", "false");

    String page = Http.tasklist(port, CHAIR).get("/oversight/cases/" + family).body().replace("&#39;", "'");
    assertThat(page).contains("The child-seen record: each period the profile's rule allows, for each child",
        "<th scope=\"col\">Child</th><th scope=\"col\">Rule</th>",
        "<th scope=\"row\">Amy Example</th><td>Seen by a professional</td><td>Seen in time</td><td></td><td>Wednesday 4 March 2026</td>",
        "<th scope=\"row\">Ben Example</th><td>Seen by a professional</td><td>Not seen in time</td>");
    assertThat(page).containsPattern("<th scope=\"row\">Ben Example</th><td>Seen by a professional</td><td>Not seen in time</td>"
        + "<td>[^<]+</td><td>Wednesday 18 March 2026</td>");
    // each child's periods together, Amy's (the first child) first
    assertThat(page.indexOf("<th scope=\"row\">Amy Example</th><td>Seen by")).isLessThan(page.indexOf("<th scope=\"row\">Ben Example</th><td>Seen by"));
  }

  void familyVisit(String family, String date, String by, String agency, String childrenSeen, String alone) {
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, Map.of(RecordVisitProcess.CASE_REFERENCE, family,
        RecordVisitProcess.VISIT_DATE, date, RecordVisitProcess.VISITED_BY, by, RecordVisitProcess.VISITOR_AGENCY, agency,
        RecordVisitProcess.CHILD_SEEN, "true", RecordVisitProcess.SEEN_ALONE, alone, RecordVisitProcess.VISIT_NOTES, "Home visit",
        RecordVisitProcess.CHILDREN_SEEN, childrenSeen));
  }

  @Test
  @DisplayName("Finding 10: the review form's link carries the case reference percent-encoded, so a reference typed with brackets cannot become markup; the link opens the case")
  void linkOfAnOddReference() throws Exception {
    String odd = cases.add(Cases.newReference() + " (2026) [x](y)");
    Map<String, Object> plan = new HashMap<>(PlanCases.plan("national", "2026-03-16"));
    plan.put(ChildProtectionPlanProcess.CONFERENCE_CHAIR, CHAIR);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, odd, plan);
    String encoded = (String) runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(odd)
        .processDefinitionKey(ChildProtectionPlanProcess.KEY).singleResult().getId(), ChildProtectionPlanProcess.CASE_REFERENCE_IN_LINKS);
    assertThat(encoded).endsWith("%20%282026%29%20%5Bx%5D%28y%29").doesNotContain("(", ")", "[", "]", " ");
    HttpResponse<String> page = Http.tasklist(port, CHAIR).get("/oversight/cases/" + encoded);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Case " + HtmlUtils.htmlEscape(odd) + ", local policy");
  }

  void visit(String date, String by, String agency) {
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, Map.of(RecordVisitProcess.CASE_REFERENCE, ref,
        RecordVisitProcess.VISIT_DATE, date, RecordVisitProcess.VISITED_BY, by, RecordVisitProcess.VISITOR_AGENCY, agency,
        RecordVisitProcess.CHILD_SEEN, "true", RecordVisitProcess.SEEN_ALONE, "false", RecordVisitProcess.VISIT_NOTES, "Home visit"));
  }

  void runOut(String timer) {
    String monitoring = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(CaseMonitoringProcess.KEY).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(monitoring).activityId(timer).timers().singleResult().getId());
  }

  void circulateMinutes() {
    String task = Cases.openTask(tasks, ref, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES).getId();
    forms.submitTaskForm(task, Variables.createVariables().putValue(CoreGroupFollowUpProcess.MINUTES,
        tasks.getVariable(task, CoreGroupFollowUpProcess.MINUTES)));
  }

  void user(String id, String first, String last, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setPassword(TasklistBrowser.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }
}
