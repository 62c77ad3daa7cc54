package org.coregroup.membership;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Start listener of every case process: the key worker, team manager, chair and the members
 * with a login may read this process instance (R23); nobody else may. Also an end listener where a
 * change of the core group is applied, granting the people the change adds.
 */
@Component("grantCaseAccess")
class GrantCaseAccess implements ExecutionListener {

  static final List<String> NAMED_ROLES = List.of(CaseVariables.KEY_WORKER, CaseVariables.TEAM_MANAGER, CaseVariables.CONFERENCE_CHAIR);
  static final String MEMBERS = CaseVariables.CORE_GROUP_MEMBERS;

  private final CaseAccess access;

  GrantCaseAccess(CaseAccess access) {
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> named = NAMED_ROLES.stream()
        .map(role -> (String) execution.getVariable(role)).toList();
    CoreGroup group = CoreGroup.fromVariable(execution.getVariable(MEMBERS));
    Set<String> people = CoreGroup.peopleWithAccess(group, named);
    // On a process start event the instance is new (none of its grants can exist); anywhere else (a
    // change of the core group, a start event reached again by an administrator's modification) it is not.
    // Whether it is starting is the engine's own flag, on its implementation class.
    if (execution instanceof ExecutionEntity entity && entity.isProcessInstanceStarting()) {
      access.grantReadOnStart(execution.getProcessInstanceId(), people);
    } else {
      access.grantRead(execution.getProcessInstanceId(), people);
    }
  }
}
