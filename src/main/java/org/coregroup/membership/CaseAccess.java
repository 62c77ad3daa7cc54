package org.coregroup.membership;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Collection;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.springframework.stereotype.Service;

/**
 * Case records are confidential to the Core Group (R23): each case's process instances are
 * readable by its own members only. Tasks need nothing extra: the engine lets a task's assignee
 * see and work it.
 */
@Service
public class CaseAccess {

  private final Grants grants;
  private final IdentityService identity;

  public CaseAccess(Grants grants, IdentityService identity) {
    this.grants = grants;
    this.identity = identity;
  }

  /** Lets each person read the process instance and its history; safe to repeat. */
  public void grantRead(String processInstanceId, Collection<String> userIds) {
    AsSystem.run(identity, () -> {
      for (String userId : userIds) {
        grants.toUser(userId, PROCESS_INSTANCE, processInstanceId, READ);
        grants.toUser(userId, HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
    });
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

  public boolean userExists(String userId) {
    return AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).count() == 1);
  }
}
