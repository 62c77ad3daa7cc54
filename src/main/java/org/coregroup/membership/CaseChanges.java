package org.coregroup.membership;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Service;

/**
 * Changes to a running case's people, made on the product's behalf once the change has been
 * checked (members may read a case, never change it): every running process of the case (same
 * business key) sees the same members and named roles, access to every one of its processes is
 * granted or withdrawn at once, and open tasks are handed on. Each call runs in the caller's
 * transaction, so a refusal later in it keeps nothing.
 */
@Service
public class CaseChanges {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final CaseAccess access;

  public CaseChanges(RuntimeService runtime, HistoryService history, TaskService tasks, IdentityService identity,
      AuthorizationService authorizations, CaseAccess access) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
    this.access = access;
  }

  /**
   * Sets {@code name} in every running process of the case that carries it (the plan, its meeting,
   * monitoring, follow-ups, escalations), so what each one reads next - invitations, minutes, the
   * assignee of its next task - is the new value. Returns how many processes carried it.
   */
  public int setInEveryProcess(String caseReference, String name, Object value) {
    return AsSystem.call(identity, () -> {
      int count = 0;
      for (ProcessInstance instance : running(caseReference)) {
        if (runtime.getVariable(instance.getId(), name) != null) {
          runtime.setVariable(instance.getId(), name, value);
          count++;
        }
      }
      return count;
    });
  }

  /**
   * Sets {@code name} to {@code newValue} in every running process of the case where it is
   * {@code oldValue}: who chairs or minutes the next meeting, when that was the person replaced.
   */
  public void replaceInEveryProcess(String caseReference, String name, String oldValue, String newValue) {
    AsSystem.run(identity, () -> {
      for (ProcessInstance instance : running(caseReference)) {
        if (oldValue.equals(runtime.getVariable(instance.getId(), name))) {
          runtime.setVariable(instance.getId(), name, newValue);
        }
      }
    });
  }

  /**
   * The person may read every process of the case, running or ended (its history), from now on;
   * except {@code current}, the process making the change, which grants itself when the change is made.
   */
  public void grantWholeCase(String caseReference, String userId, String current) {
    AsSystem.run(identity, () -> {
      Set<String> ids = new LinkedHashSet<>();
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list()) {
        ids.add(instance.getId());
      }
      ids.remove(current);
      access.grantRead(ids, Set.of(userId));
    });
  }

  /**
   * The person may no longer read any process of the case, nor any of its tasks (a team
   * manager's look included): their grants are deleted now, in this transaction. {@code current}
   * as for {@link #grantWholeCase}.
   */
  public void withdrawWholeCase(String caseReference, String userId, String current) {
    AsSystem.run(identity, () -> {
      Set<String> instanceIds = new LinkedHashSet<>(List.of(current));
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
          .forEach(instance -> instanceIds.add(instance.getId()));
      Set<String> taskIds = new LinkedHashSet<>();
      openTasks(caseReference).forEach(task -> taskIds.add(task.getId()));
      for (Authorization grant : authorizations.createAuthorizationQuery().userIdIn(userId).list()) {
        boolean caseRecord = (grant.getResourceType() == PROCESS_INSTANCE.resourceType()
            || grant.getResourceType() == HISTORIC_PROCESS_INSTANCE.resourceType())
            && instanceIds.contains(grant.getResourceId());
        boolean caseTask = grant.getResourceType() == TASK.resourceType() && taskIds.contains(grant.getResourceId());
        if (caseRecord || caseTask) {
          authorizations.deleteAuthorization(grant.getId());
        }
      }
    });
  }

  /** The case's open tasks, of every process. */
  public List<Task> openTasks(String caseReference) {
    return AsSystem.call(identity, () -> tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list());
  }

  /**
   * Every open task of the case held by {@code from} goes to {@code to}, with {@code note} as a
   * comment on it; the previous holder's grant on it goes (see {@link TaskGrantsFollowTask}).
   * Returns the tasks handed on.
   */
  public List<Task> handOnTasks(String caseReference, String from, String to, String note) {
    return AsSystem.call(identity, () -> {
      List<Task> handed = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskAssignee(from).list()) {
        tasks.setAssignee(task.getId(), to);
        tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
        handed.add(task);
      }
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskOwner(from).list()) {
        tasks.setOwner(task.getId(), to);
      }
      return handed;
    });
  }

  /** The case's new team manager may read every open task of it, as the one replaced could. */
  public void supervisorSeesOpenTasks(String caseReference, String userId) {
    for (Task task : openTasks(caseReference)) {
      if (!userId.equals(task.getAssignee())) {
        access.grantTaskRead(task.getId(), List.of(userId));
      }
    }
  }

  private List<ProcessInstance> running(String caseReference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).active().list();
  }
}
