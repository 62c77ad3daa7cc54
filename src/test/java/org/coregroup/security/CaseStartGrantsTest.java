package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.MapperLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scale issue: a plan's start grants its people their case without first looking, for each person
 * and each new process instance and task, for a grant of theirs that cannot exist yet. The case is exactly as
 * confidential as before: its people read it, an outsider does not, the team manager sees its tasks.
 */
@CoreGroupTest
class CaseStartGrantsTest extends SecuritySuite {

  /** The engine's mapped statement behind {@code AuthorizationService.createAuthorizationQuery()}. */
  static final String GRANT_LOOK_UP =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizationByQueryCriteria";

  static final String TOM = "tom.manager";

  @Test
  @DisplayName("Scale, R23: a plan's start grants its people without looking up grants of what it makes; they read the case, an outsider does not, the team manager sees its tasks")
  void aPlanStartGrantsItsPeopleWithoutLookingUpGrantsOfWhatItMakes() throws Exception {
    String ref;
    List<String> lookedUp;
    try (MapperLog lookUps = MapperLog.watch(GRANT_LOOK_UP)) {
      ref = newCase();
      lookedUp = lookUps.parameters();
    }
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
        .map(ProcessInstance::getId).toList();
    List<String> made = new ArrayList<>(instances);
    List<Task> caseTasks = tasks.createTaskQuery().processInstanceBusinessKey(ref).list();
    caseTasks.stream().map(Task::getId).forEach(made::add);
    assertThat(made).hasSizeGreaterThan(3);
    List<String> people = List.of(SARAH, TOM, "carol.chair", HELEN);
    assertThat(lookedUp).as("look-ups of a person's grant on an instance or task the start made")
        .noneMatch(parameters -> made.stream().anyMatch(parameters::contains)
            && people.stream().anyMatch(parameters::contains));

    for (String instance : instances) {
      assertThat(grants(HELEN, Resources.PROCESS_INSTANCE, instance)).as("Helen reads " + instance).isEqualTo(1);
      assertThat(grants(HELEN, Resources.HISTORIC_PROCESS_INSTANCE, instance)).isEqualTo(1);
      assertThat(grants(OLIVIA, Resources.PROCESS_INSTANCE, instance)).as("Olivia reads " + instance).isZero();
    }
    for (Task task : caseTasks) {
      assertThat(grants(TOM, Resources.TASK, task.getId())).as("the team manager sees " + task.getName()).isEqualTo(1);
    }
    assertThat(json(rest("GET", "/process-instance?businessKey=" + ref, HELEN, null)).size()).isEqualTo(instances.size());
    assertThat(json(rest("GET", "/process-instance?businessKey=" + ref, OLIVIA, null)).size()).isZero();
  }

  private long grants(String userId, Resources resource, String resourceId) {
    return authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource).resourceId(resourceId)
        .count();
  }
}
