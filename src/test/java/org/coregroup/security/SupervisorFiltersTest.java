package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.identity.Roles;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.UkDates;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;
import org.coregroup.testing.Dates;

/** The supervisors' Tasklist filters list their own cases' work, whoever holds it, and nobody else's. */
@CoreGroupTest
class SupervisorFiltersTest {

  static final String OTHER_MANAGER = "terry.othermanager";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired WorkingDayCalendar calendar;

  /** The ICPC is held on a working day: this one or the last before it. */

  final OpenCases cases = new OpenCases();
  String toms;
  String terrys;

  @BeforeEach
  void twoTeams() {
    if (identity.createUserQuery().userId(OTHER_MANAGER).count() == 0) {
      User user = identity.newUser(OTHER_MANAGER);
      user.setFirstName("Terry");
      user.setLastName("Other");
      identity.saveUser(user);
      identity.createMembership(OTHER_MANAGER, Roles.TEAM_MANAGERS);
    }
    LocalDate icpc = LocalDate.now(UkDates.LONDON).minusDays(30);
    toms = start(Dates.workingDayOnOrBefore(calendar, icpc), "tom.manager");
    terrys = start(Dates.workingDayOnOrBefore(calendar, icpc), OTHER_MANAGER);
  }

  @AfterEach
  void close() {
    identity.clearAuthentication();
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R23: a team manager's 'My team's overdue work' lists the key worker's overdue task on their own case, not another team's")
  void teamManagerSeesOwnTeamsOverdueWork() {
    Task sarahsOnToms = recordTask(toms);
    Task sarahsOnTerrys = recordTask(terrys);
    assertThat(sarahsOnToms.getAssignee()).isEqualTo("sarah.social");

    List<String> tomSees = listAs("tom.manager", Roles.TEAM_MANAGERS, TasklistFilters.TEAM_OVERDUE);
    assertThat(tomSees).contains(sarahsOnToms.getId()).doesNotContain(sarahsOnTerrys.getId());
    List<String> terrySees = listAs(OTHER_MANAGER, Roles.TEAM_MANAGERS, TasklistFilters.TEAM_OVERDUE);
    assertThat(terrySees).contains(sarahsOnTerrys.getId()).doesNotContain(sarahsOnToms.getId());
    // due this week: the overdue task is not in it
    assertThat(listAs("tom.manager", Roles.TEAM_MANAGERS, TasklistFilters.TEAM_DUE_THIS_WEEK))
        .doesNotContain(sarahsOnToms.getId());
  }

  @Test
  @DisplayName("R23: a team manager may read their team's tasks but not change them; the task is unchanged")
  void teamManagerCannotChangeTeamTask() {
    Task task = recordTask(toms);
    identity.setAuthentication("tom.manager", List.of(Roles.CHILDRENS_SOCIAL_CARE, Roles.TEAM_MANAGERS));
    assertThatThrownBy(() -> tasks.setAssignee(task.getId(), "tom.manager")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.complete(task.getId())).isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sarah.social");
  }

  @Test
  @DisplayName("R23: practitioners outside the team-managers group cannot use the team filters")
  void practitionerCannotUseTeamFilters() {
    String filterId = filters.createFilterQuery().filterName(TasklistFilters.TEAM_OVERDUE).singleResult().getId();
    String task = recordTask(toms).getId();
    identity.setAuthentication("helen.health", List.of(Roles.HEALTH));
    assertThatThrownBy(() -> filters.list(filterId)).isInstanceOf(AuthorizationException.class);
    identity.setAuthentication("olivia.outsider", List.of(Roles.HEALTH));
    assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  @DisplayName("R32: a chair's 'Conferences due' lists their review conferences")
  void chairSeesConferencesDue() {
    // ICPC 80 days ago: the review is due within 3 months of it (R32), so in the next 4 weeks
    String soon = start(Dates.workingDayOnOrBefore(calendar, LocalDate.now(UkDates.LONDON).minusDays(80)), "tom.manager");
    Task review = Cases.openTask(tasks, soon, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
    Task later = Cases.openTask(tasks, toms, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(review.getAssignee()).isEqualTo("carol.chair");
    List<String> carolSees = listAs("carol.chair", Roles.CONFERENCE_CHAIRS, TasklistFilters.CONFERENCES_DUE);
    assertThat(carolSees).contains(review.getId()).doesNotContain(later.getId());
  }

  List<String> listAs(String user, String group, String filterName) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    identity.setAuthentication(user, List.of(group));
    try {
      return filters.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  Task recordTask(String ref) {
    return Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
  }

  String start(LocalDate icpc, String teamManager) {
    String ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", icpc.toString()));
    vars.put(ChildProtectionPlanProcess.TEAM_MANAGER, teamManager);
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);
    return ref;
  }
}
