package org.coregroup.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.Grants;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.coregroup.identity.Roles;

/**
 * The shared Tasklist filters every practitioner opens with, sorted by due date so the most
 * urgent work is on top. Each practitioner's filters list only their own tasks (work goes to named
 * people); a team manager's list their team's cases' tasks, a chair's their conferences.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String OVERDUE = "Overdue";
  static final String DUE_THIS_WEEK = "Due this week";
  static final String TEAM_OVERDUE = "My team's overdue work";
  static final String TEAM_DUE_THIS_WEEK = "My team's cases due this week";
  static final String CONFERENCES_DUE = "Conferences due";

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(2)
  void apply() {
    ensure(MY_TASKS, -10, "Everything assigned to you, soonest deadline first",
        mine().orderByDueDate().asc(), Roles.PRACTITIONERS);
    ensure(OVERDUE, -5, "Your tasks whose deadline has passed",
        mine().dueBeforeExpression("${now()}").orderByDueDate().asc(), Roles.PRACTITIONERS);
    ensure(DUE_THIS_WEEK, 0, "Your tasks due in the next 7 days",
        mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate().asc(), Roles.PRACTITIONERS);
    // A team manager may read every task of the team's cases (membership.SupervisorsSeeCaseTasks):
    // without an assignee condition these list exactly those, whoever holds them.
    ensure(TEAM_OVERDUE, 5, "Work on your team's cases whose deadline has passed, whoever holds it",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), List.of(Roles.TEAM_MANAGERS));
    ensure(TEAM_DUE_THIS_WEEK, 6, "Work on your team's cases due in the next 7 days, whoever holds it",
        tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate().asc(), List.of(Roles.TEAM_MANAGERS));
    ensure(CONFERENCES_DUE, 7, "Your review conferences and decisions as chair in the next 4 weeks, and any overdue",
        mine().dueBeforeExpression("${dateTime().plusWeeks(4).toDate()}").orderByDueDate().asc(),
        List.of(Roles.CONFERENCE_CHAIRS));
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<String> groups) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of(
              "priority", priority,
              "description", description,
              "refresh", true,
              "variables", List.of(
                  Map.of("name", CaseVariables.CHILD_NAME, "label", "Child"),
                  Map.of("name", CaseVariables.CASE_REFERENCE, "label", "Case"))));
      filters.saveFilter(filter);
    }
    for (String group : groups) {
      grants.toGroup(group, FILTER, filter.getId(), READ);
    }
  }
}
