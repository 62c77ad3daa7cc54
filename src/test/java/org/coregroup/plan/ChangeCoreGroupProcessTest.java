package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChangeCoreGroupProcess.*;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.identity.Roles;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.membership.CaseAccess;
import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.notification.TestMailServer;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Core Group changes while the plan runs (R2, [003], [004 4.9]): a member joins and is in the
 * case at once, a member leaves and sees nothing of it from then on, a new key worker, team
 * manager or chair takes over everything of the one before. Clock controlled, case of the demo users.
 */
@CoreGroupTest
class ChangeCoreGroupProcessTest {

  static final OpenCases OPEN = new OpenCases();
  static final String PAUL = """
      {"name": "Paul Police", "role": "Police officer", "agency": "police", "userId": "paul.police"}""";
  static final String NEW_KEY_WORKER = "kate.keyworker";
  static final String NEW_TEAM_MANAGER = "mike.manager";

  @Autowired ProcessEngine engine;
  @Autowired com.icegreen.greenmail.util.GreenMail mail;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CaseAccess access;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    user(NEW_KEY_WORKER, Roles.CHILDRENS_SOCIAL_CARE);
    user(NEW_TEAM_MANAGER, Roles.CHILDRENS_SOCIAL_CARE, Roles.TEAM_MANAGERS);
    user(NEW_CHAIR, Roles.CONFERENCE_CHAIRS);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    OPEN.closeAll(runtime);
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R2 [004 4.9]: the family agrees: the police officer joins at once - reads the case, gets the invitation of the meeting under way, is in its record and the next meeting's invitations - and the meeting's chair briefs them before the meeting")
  void memberJoins() throws Exception {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    assertThat(access.isMember(plan, "paul.police")).isFalse();
    today("2025-12-17");

    TestMailServer.reset(mail);
    ProcessInstance change = join(ref, "sarah.social", PAUL, true);

    assertThat(access.isMember(plan, "paul.police")).as("reads the plan at once").isTrue();
    assertThat(access.isMember(meetingId(ref), "paul.police")).as("and the meeting under way").isTrue();
    assertThat(names(runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS))).contains("Paul Police");
    // invited to the meeting under way: he confirms his attendance like the others
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("paul.police")
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE).singleResult();
    // and he gets the meeting's invitation, with its calendar event, as the others did
    assertThat(TestMailServer.to(mail, "paul.police@coregroup.example")).singleElement()
        .satisfies(invitation -> {
          assertThat(invitation.getSubject()).contains("invitation");
          assertThat(TestMailServer.calendarPart(invitation)).contains("METHOD:REQUEST");
        });
    assertThat(TestMailServer.to(mail, "helen.health@coregroup.example"))
        .as("the others are not invited again").isEmpty();
    assertThat(confirm).isNotNull().hasDueDate(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("helen.health")
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE).singleResult().getDueDate());
    Task brief = task(change, TASK_BRIEF_NEW_MEMBER);
    // the first meeting is chaired by the team manager; it is due by 12 January 2026 (10 working days)
    assertThat(brief).isAssignedTo("tom.manager");
    assertThat(brief.getDueDate()).isBefore(endOf("2026-01-12")).isAfterOrEqualTo(endOf("2025-12-17"));
    // by the end of the day before the meeting (the policy table's product default)
    String meetingOn = (String) runtime.getVariable(meetingId(ref), CoreGroupMeetingProcess.MEETING_DATE);
    assertThat(brief).hasDueDate(endOf(java.time.LocalDate.parse(meetingOn).minusDays(1).toString()));
    String caseHistory = (String) tasks.getVariable(brief.getId(), CASE_HISTORY);
    assertThat(caseHistory).contains("Plan agreed at the conference on Monday 15 December 2025", "No core group has met yet",
        "Paul Police (paul.police) (Police) joined", "Record core group meeting");
    assertThat((String) runtime.getVariable(plan, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY))
        .contains("Wednesday 17 December 2025: Paul Police (paul.police) (Police) joined. Why: New incident reported to police");

    // the meeting under way now counts Paul: its record needs his attendance
    today("2025-12-30");
    Task record = org.coregroup.testing.Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
    assertThat(rejectedNaming(CoreGroupMeetingProcess.ATTENDANCE,
        () -> forms.submitTaskForm(record.getId(), MeetingRecords.held("2025-12-30", "2026-01-27"))).getMessage())
        .contains("Paul Police");
    Map<String, Object> held = MeetingRecords.held("2025-12-30", "2026-01-27");
    held.put(CoreGroupMeetingProcess.ATTENDANCE, withPaul());
    forms.submitTaskForm(record.getId(), held);
    // the next meeting invites him too
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("paul.police")
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE).list())
        .extracting(Task::getProcessInstanceId).contains(meetingId(ref)).doesNotContain(confirm.getProcessInstanceId());

    forms.submitTaskForm(brief.getId(), Map.of(BRIEFING_NOTES, "Phoned Paul on 29 December, sent the plan and the minutes"));
    assertThat(change).isEnded().hasPassed(END_EVENT_MEMBER_JOINED);
  }

  @Test
  @DisplayName("[004 4.9]: the family disagrees: the conference chair decides; refused, the member does not join and sees nothing; agreed, they join")
  void familyDisagrees() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    ProcessInstance refused = join(ref, "tom.manager", PAUL, false);
    Task decide = task(refused, TASK_CONSULT_CONFERENCE_CHAIR);
    assertThat(decide).isAssignedTo("carol.chair");
    assertThat(access.isMember(plan, "paul.police")).as("not before the chair agrees").isFalse();
    rejectedNaming(CHAIR_NOTES, () -> forms.submitTaskForm(decide.getId(), Map.of(CHAIR_AGREES, "false")));
    forms.submitTaskForm(decide.getId(), Map.of(CHAIR_AGREES, "false", CHAIR_NOTES, "Mother's concerns are reasonable for now"));
    assertThat(refused).isEnded().hasPassed(END_EVENT_MEMBER_NOT_ADDED);
    assertThat(access.isMember(plan, "paul.police")).isFalse();
    assertThat(names(runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS))).doesNotContain("Paul Police");

    ProcessInstance agreed = join(ref, "tom.manager", PAUL, false);
    forms.submitTaskForm(task(agreed, TASK_CONSULT_CONFERENCE_CHAIR).getId(),
        Map.of(CHAIR_AGREES, "true", CHAIR_NOTES, "Police involvement is needed after the incident"));
    assertThat(agreed).isWaitingAt(TASK_BRIEF_NEW_MEMBER);
    assertThat(access.isMember(plan, "paul.police")).isTrue();
  }

  @Test
  @DisplayName("R2: a member leaves: they see nothing of the case from that moment, their open tasks go to the key worker with a note, the meeting no longer counts them")
  void memberLeaves() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    Task helensReply = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("helen.health").singleResult();
    assertThat(helensReply.getTaskDefinitionKey()).isEqualTo(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE);

    ProcessInstance change = leave(ref, "sarah.social", """
        {"userId": "helen.health"}""");

    assertThat(change).isEnded().hasPassed(END_EVENT_MEMBER_LEFT);
    assertThat(access.isMember(plan, "helen.health")).isFalse();
    assertThat(access.isMember(meetingId(ref), "helen.health")).isFalse();
    identity.setAuthentication("helen.health", List.of(Roles.HEALTH));
    try {
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
    Task handedOn = tasks.createTaskQuery().taskId(helensReply.getId()).singleResult();
    assertThat(handedOn).isAssignedTo("sarah.social");
    assertThat(tasks.getTaskComments(handedOn.getId())).extracting(c -> c.getFullMessage())
        .anyMatch(note -> note.contains("Helen Health has left the Core Group"));
    assertThat(names(runtime.getVariable(meetingId(ref), CaseVariables.CORE_GROUP_MEMBERS))).doesNotContain("Helen Health");
    assertThat((String) runtime.getVariable(plan, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY))
        .contains("Helen Health (helen.health) (Health) left");
  }

  @Test
  @DisplayName("Bad input: a join of a member, a leave of a non-member, the last professional leaving, a key worker outside children's social care: refused naming the field, nothing kept")
  void badChangesRefused() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    Object membersBefore = runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS).toString();

    assertThat(rejectedNaming(MEMBER, () -> join(ref, "sarah.social", """
        {"name": "Helen Health", "agency": "health", "userId": "helen.health"}""", true)).getMessage())
        .contains("already a member");
    assertThat(rejectedNaming(MEMBER, () -> leave(ref, "sarah.social", """
        {"name": "Paul Police"}""")).getMessage()).contains("not a member");
    rejectedNaming(MEMBER + ".agency", () -> join(ref, "sarah.social", """
        {"name": "Nina Nurse"}""", true));
    rejectedNaming(FAMILY_VIEWS, () -> start(ref, "sarah.social", Map.of(CHANGE, JOIN, MEMBER, json(PAUL),
        FAMILY_AGREES, "true", REASON, "New incident")));
    rejectedNaming(REASON, () -> start(ref, "sarah.social", Map.of(CHANGE, LEAVE, MEMBER, json("{\"userId\": \"helen.health\"}"))));
    assertThat(rejectedNaming(NEW_USER_ID, () -> handOver(ref, "tom.manager", KEY_WORKER, "helen.health")).getMessage())
        .contains("not in children's social care");
    rejectedNaming(NEW_USER_ID, () -> handOver(ref, "tom.manager", CONFERENCE_CHAIR, NEW_KEY_WORKER));
    rejectedNaming(NEW_USER_ID, () -> handOver(ref, "tom.manager", KEY_WORKER, "nobody.here"));
    rejectedNaming(CHANGE, () -> start(ref, "sarah.social", Map.of(CHANGE, "promote", REASON, "Why not")));

    // Helen may leave; then Eddie is the last professional besides the key worker and may not
    leave(ref, "sarah.social", "{\"userId\": \"helen.health\"}");
    long changes = history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count();
    String membersNow = runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS).toString();
    assertThat(rejectedNaming(MEMBER, () -> leave(ref, "sarah.social", "{\"name\": \"Eddie School\"}")).getMessage())
        .contains("last professional");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count())
        .as("nothing kept of the refused changes").isEqualTo(changes).isEqualTo(1);
    assertThat(runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS).toString()).isEqualTo(membersNow).isNotEqualTo(membersBefore);
    assertThat(access.isMember(plan, "eddie.school")).isTrue();
  }

  @Test
  @DisplayName("R23: an outsider, a member of the case or a key worker of another case, a social worker in the group, a forged requester: refused, the case unchanged")
  void onlyKeyWorkerOrTeamManager() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    // a health worker or a chair may not start a change at all (the engine refuses)
    for (String notSocialCare : List.of("olivia.outsider", "helen.health", "carol.chair")) {
      assertThatThrownBy(() -> join(ref, notSocialCare, PAUL, true)).as(notSocialCare).isInstanceOf(AuthorizationException.class);
    }
    // a key worker of another case: the case is not found for them
    String otherCase = startPlan("2025-12-15");
    handOver(otherCase, "tom.manager", KEY_WORKER, NEW_KEY_WORKER);
    assertThat(rejectedNaming(CASE_REFERENCE, () -> join(ref, NEW_KEY_WORKER, PAUL, true)).getMessage())
        .contains("that you belong to");
    // a second social worker in this case's group, not its key worker or team manager
    join(ref, "sarah.social", """
        {"name": "Kate Keyworker", "role": "Family support worker", "agency": "childrens-social-care", "userId": "kate.keyworker"}""", true);
    assertThat(rejectedNaming(CASE_REFERENCE, () -> join(ref, NEW_KEY_WORKER, PAUL, true)).getMessage())
        .contains("only the key worker (sarah.social) or the team manager (tom.manager)");
    // the key worker sending a change as if from the team manager
    Map<String, Object> forged = new HashMap<>(joinVariables(PAUL, true));
    forged.put(REQUESTED_BY, "tom.manager");
    rejectedNaming(REQUESTED_BY, () -> start(ref, "sarah.social", forged));

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count())
        .as("only Kate's join").isEqualTo(1);
    assertThat(access.isMember(plan, "paul.police")).isFalse();
    assertThat(names(runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS))).doesNotContain("Paul Police");
    assertThat(runtime.getVariable(plan, CaseVariables.KEY_WORKER)).isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("A new key worker: every open task and future assignment of the old one moves to them, with the access; the old one sees nothing; the change is recorded")
  void newKeyWorker() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    List<Task> sarahs = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("sarah.social").list();
    assertThat(sarahs).isNotEmpty();

    ProcessInstance change = handOver(ref, "tom.manager", KEY_WORKER, NEW_KEY_WORKER);

    assertThat(change).isEnded().hasPassed(END_EVENT_ROLE_HANDED_OVER);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("sarah.social").count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee(NEW_KEY_WORKER).count()).isEqualTo(sarahs.size());
    assertThat(access.isMember(plan, NEW_KEY_WORKER)).isTrue();
    assertThat(access.isMember(plan, "sarah.social")).isFalse();
    for (String instance : List.of(plan, meetingId(ref))) {
      assertThat(runtime.getVariable(instance, CaseVariables.KEY_WORKER)).isEqualTo(NEW_KEY_WORKER);
    }
    assertThat(runtime.getVariable(meetingId(ref), CoreGroupMeetingProcess.MINUTE_TAKER)).isEqualTo(NEW_KEY_WORKER);
    assertThat((String) runtime.getVariable(plan, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY))
        .contains(NEW_KEY_WORKER + " took over as key worker from sarah.social");

    // a future task of the key worker: a concern raised now goes to the new one
    identity.setAuthentication("helen.health", List.of(Roles.HEALTH));
    try {
      runtime.startProcessInstanceByKey(RaiseConcernProcess.KEY, Map.of(RaiseConcernProcess.CASE_REFERENCE, ref,
          RaiseConcernProcess.CONCERN_TYPE, "no-access", RaiseConcernProcess.CONCERN_DESCRIPTION, "No answer at the door"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(org.coregroup.testing.Cases.openTask(tasks, ref, RaiseConcernProcess.TASK_DECIDE_ON_CONCERN)).isAssignedTo(NEW_KEY_WORKER);
  }

  @Test
  @DisplayName("A new team manager and a new chair: the old one's tasks, the team's tasks to oversee and the review go to the new one")
  void newTeamManagerAndChair() {
    today("2025-12-15");
    String ref = startPlan("2025-12-15");
    String plan = planId(ref);
    Task sarahs = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee("sarah.social").list().get(0);

    handOver(ref, "sarah.social", TEAM_MANAGER, NEW_TEAM_MANAGER);
    assertThat(runtime.getVariable(meetingId(ref), CoreGroupMeetingProcess.MEETING_CHAIR)).as("chairs the first meeting")
        .isEqualTo(NEW_TEAM_MANAGER);
    assertThat(access.isMember(plan, "tom.manager")).isFalse();
    identity.setAuthentication(NEW_TEAM_MANAGER, List.of(Roles.TEAM_MANAGERS));
    try {
      assertThat(tasks.createTaskQuery().taskId(sarahs.getId()).count()).as("oversees the key worker's task").isEqualTo(1);
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("tom.manager", List.of(Roles.TEAM_MANAGERS));
    try {
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).count()).isZero();
    } finally {
      identity.clearAuthentication();
    }

    handOver(ref, "sarah.social", CONFERENCE_CHAIR, NEW_CHAIR);
    assertThat(org.coregroup.testing.Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE)).isAssignedTo(NEW_CHAIR);
    assertThat((String) tasks.getVariable(org.coregroup.testing.Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY))
        .contains(NEW_TEAM_MANAGER + " took over as team manager from tom.manager", NEW_CHAIR + " took over as conference chair from carol.chair");
  }

  static final String NEW_CHAIR = "clara.chair";

  // --- helpers

  String startPlan(String icpc) {
    String ref = OPEN.add(org.coregroup.testing.Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc)));
    return ref;
  }

  Map<String, Object> joinVariables(String member, boolean familyAgrees) {
    return Map.of(CHANGE, JOIN, MEMBER, json(member), FAMILY_AGREES, Boolean.toString(familyAgrees),
        FAMILY_VIEWS, familyAgrees ? "Mother is happy for the police to be involved" : "Mother does not want the police involved",
        REASON, "New incident reported to police");
  }

  ProcessInstance join(String ref, String by, String member, boolean familyAgrees) {
    return start(ref, by, joinVariables(member, familyAgrees));
  }

  ProcessInstance leave(String ref, String by, String member) {
    return start(ref, by, Map.of(CHANGE, LEAVE, MEMBER, json(member), REASON, "Moved to another service"));
  }

  ProcessInstance handOver(String ref, String by, String role, String newUserId) {
    return start(ref, by, Map.of(CHANGE, role, NEW_USER_ID, newUserId, REASON, "Moved team"));
  }

  ProcessInstance start(String ref, String by, Map<String, Object> variables) {
    Map<String, Object> vars = new HashMap<>(variables);
    vars.put(CASE_REFERENCE, ref);
    identity.setAuthentication(by, identity.createGroupQuery().groupMember(by).list().stream().map(g -> g.getId()).toList());
    try {
      return runtime.startProcessInstanceByKey(KEY, vars);
    } finally {
      identity.clearAuthentication();
    }
  }

  static Object json(String member) {
    return SpinValues.jsonValue(member).create();
  }

  static List<String> names(Object members) {
    return CoreGroup.fromVariable(members).members().stream().map(m -> m.name()).toList();
  }

  static Object withPaul() {
    StringBuilder json = new StringBuilder("[");
    for (String[] m : new String[][] {{"Helen Health", "health"}, {"Eddie School", "education"}, {"Jo Parent", "family"},
        {"Paul Police", "police"}}) {
      json.append(json.length() > 1 ? "," : "").append("{\"name\":\"").append(m[0]).append("\",\"agency\":\"").append(m[1])
          .append("\",\"status\":\"").append(CoreGroupMeetingProcess.PRESENT).append("\"}");
    }
    return SpinValues.jsonValue(json.append(']').toString()).create();
  }

  String planId(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionPlanProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
  }

  String meetingId(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
  }

  Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void user(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword("Demo-pass-1");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(id, group);
      }
    }
  }
}
