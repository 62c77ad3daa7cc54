package org.coregroup.membership;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of every case process: the key worker, team manager, chair and the members
 * with a login may read this process instance (R23); nobody else may.
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
    access.grantRead(execution.getProcessInstanceId(), CoreGroup.peopleWithAccess(group, named));
  }
}
