package org.coregroup.membership;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Service;
import org.coregroup.identity.AsSystem;

/**
 * The one place that grants or withdraws a person's access to a case. Case records are
 * confidential to the Core Group (R23): each case's process instances are readable by its own
 * members only. A task is seen and worked by its assignee (the engine grants that when the task
 * is assigned); when the task is handed on, the grant goes with it.
 */
@Service
public class CaseAccess {

  private final Grants grants;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public CaseAccess(Grants grants, IdentityService identity, AuthorizationService authorizations) {
    this.grants = grants;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Lets each person read the process instance and its history; safe to repeat. */
  public void grantRead(String processInstanceId, Collection<String> userIds) {
    grantRead(java.util.List.of(processInstanceId), userIds);
  }

  /** Lets each person read these process instances and their history; safe to repeat. */
  public void grantRead(Collection<String> processInstanceIds, Collection<String> userIds) {
    AsSystem.run(identity, () -> {
      for (String processInstanceId : processInstanceIds) {
        for (String userId : userIds) {
          grants.toUser(userId, PROCESS_INSTANCE, processInstanceId, READ);
          grants.toUser(userId, HISTORIC_PROCESS_INSTANCE, processInstanceId,
              HistoricProcessInstancePermissions.READ);
        }
      }
    });
  }

  /**
   * {@link #grantRead} for a process instance starting in this transaction: it has no grants yet, so
   * none is looked up (about a hundred look-ups in a plan's life).
   */
  public void grantReadOnStart(String processInstanceId, Set<String> userIds) {
    AsSystem.run(identity, () -> {
      for (String userId : userIds) {
        grants.toUserOnNew(userId, PROCESS_INSTANCE, processInstanceId, READ);
        grants.toUserOnNew(userId, HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
      }
    });
  }

  /**
   * Whether the person belongs to the case this process instance is part of: its key worker,
   * team manager, chair or a member with a login (those given access when it started).
   */
  public boolean isMember(String processInstanceId, String userId) {
    if (processInstanceId == null || userId == null) {
      return false;
    }
    return AsSystem.call(identity, () -> authorizations.createAuthorizationQuery()
        .userIdIn(userId).resourceType(PROCESS_INSTANCE).resourceId(processInstanceId)
        .hasPermission(READ).count() > 0);
  }

  /**
   * A task has moved on to its assignee (and its owner, while delegated): anyone else's grant
   * to work the task is withdrawn (a supervisor's read-only look stays), so a person who handed it on can no longer see or work it.
   */
  public void taskHandedTo(String taskId, String assignee, String owner) {
    Set<String> keep = new java.util.HashSet<>();
    keep.add(assignee);
    keep.add(owner);
    AsSystem.run(identity, () -> {
      for (Authorization grant : authorizations.createAuthorizationQuery()
          .resourceType(TASK).resourceId(taskId).list()) {
        if (grant.getUserId() != null && !Authorization.ANY.equals(grant.getUserId())
            && keep.stream().filter(Objects::nonNull).noneMatch(grant.getUserId()::equals)
          && !readOnly(grant)) {
          authorizations.deleteAuthorization(grant.getId());
        }
      }
    });
  }

  /** A read-only grant is a supervisor's look at the team's work (see grantTaskRead): it stays. */
  private static boolean readOnly(Authorization grant) {
    return !grant.isPermissionGranted(TaskPermissions.UPDATE) && !grant.isPermissionGranted(TaskPermissions.TASK_WORK)
        && !grant.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
  }

  /**
   * Lets each person read one task of a case they supervise, whoever holds it (a team manager
   * sees the team's work in Tasklist). The engine removes the grant with the task.
   */
  public void grantTaskRead(String taskId, Collection<String> userIds) {
    AsSystem.run(identity, () -> {
      for (String userId : userIds) {
        grants.toUser(userId, TASK, taskId, READ);
      }
    });
  }

  /** {@link #grantTaskRead} for a task being created in this transaction: no grant of it is looked up. */
  public void grantTaskReadOnCreate(String taskId, String userId) {
    AsSystem.run(identity, () -> grants.toUserOnNew(userId, TASK, taskId, READ));
  }

  public boolean userExists(String userId) {
    return AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).count() == 1);
  }
}
