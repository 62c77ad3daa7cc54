package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.escalation.RaiseConcernProcess.*;
import static org.coregroup.testing.Dates.today;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.calendar.EngineClock;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.coregroup.policy.PolicyTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * README "Changing a local rule": a changed table applies to cases started after it is deployed;
 * a running case, and every process of it started later, keeps the values its plan started with.
 */
@CoreGroupTest
class PolicyChangeTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired LocalPolicies policies;
  Deployment changed;

  @AfterEach
  void reset() {
    if (changed != null) {
      repository.deleteDeployment(changed.getId(), true);
    }
    identity.clearAuthentication();
    EscalationTestCases.OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R27: the product default for confirming a concern changed from 48 to 24 hours: a running case keeps 48, a new case has 24")
  void runningCaseKeepsItsTable() {
    today("2025-12-15");
    String running = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");
    String xml = PolicyTable.xml();
    String before = "<outputEntry id=\"OutputEntry_ProductDefaultTimescales_ConcernConfirmationHours\">\n          <text>48</text>";
    assertThat(xml).contains(before);
    changed = repository.createDeployment().name("policy change test")
        .addString(PolicyTable.FILE.getFileName().toString(), xml.replace(before, before.replace("48", "24"))).deploy();
    String started = EscalationTestCases.startPlan(runtime, "national", "2025-12-15");

    today("2025-12-17");
    assertThat(confirmationDue(running)).isEqualTo(hoursFromNow(48));
    assertThat(confirmationDue(started)).isEqualTo(hoursFromNow(24));
  }

  @Test
  @DisplayName("ADR 0034 (scale): a running case counts with the row its plan started with and does not look the table up again; the start's checks read the row from memory")
  void runningCaseDoesNotEvaluateTheTableAgain() {
    today("2025-12-15");
    EscalationTestCases.startPlan(runtime, "south-west", "2025-12-15");
    String ref = EscalationTestCases.startPlan(runtime, "south-west", "2025-12-15");
    assertThat(confirmationDue(ref)).as("the row it started with counts in a concern").isEqualTo(hoursFromNow(48));
    List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    assertThat(instances).as("the plan, its monitoring, its first meeting, the concern").hasSizeGreaterThanOrEqualTo(4);

    // Each evaluation writes a row per column to the decision history.
    List<String> evaluatedAt = instances.stream()
        .flatMap(id -> history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(LocalPolicy.DECISION_KEY)
            .processInstanceId(id).list().stream())
        .map(HistoricDecisionInstance::getActivityId).toList();
    // the second plan of the profile: the start's checks had the row from the first; the model's look-up is the only one
    assertThat(evaluatedAt).as("evaluations of the table for the second plan")
        .containsExactly(ChildProtectionPlanProcess.TASK_LOOK_UP_LOCAL_POLICY);
  }

  @Test
  @DisplayName("ADR 0034 (scale): the start's checks use a changed table from the moment it is deployed, and the one before it again once it is taken away")
  void checksFollowTheLatestTable() {
    assertThat(policies.forProfile("national").orElseThrow().concernConfirmationHours()).isEqualTo(48);
    String xml = PolicyTable.xml();
    String before = "<outputEntry id=\"OutputEntry_ProductDefaultTimescales_ConcernConfirmationHours\">\n          <text>48</text>";
    changed = repository.createDeployment().name("policy change test")
        .addString(PolicyTable.FILE.getFileName().toString(), xml.replace(before, before.replace("48", "24"))).deploy();
    assertThat(policies.forProfile("national").orElseThrow().concernConfirmationHours()).as("the new version").isEqualTo(24);
    assertThat(policies.forProfile("no-such-profile")).as("a profile the table has no row for").isEmpty();

    repository.deleteDeployment(changed.getId(), true);
    changed = null;
    assertThat(policies.forProfile("national").orElseThrow().concernConfirmationHours()).as("the version before").isEqualTo(48);
  }

  private Date confirmationDue(String ref) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CASE_REFERENCE, ref);
    vars.put(CONCERN_TYPE, "no-access");
    vars.put(CONCERN_DESCRIPTION, "Nobody answered the door");
    identity.setAuthentication("helen.health", List.of("health"));
    ProcessInstance concern;
    try {
      concern = runtime.startProcessInstanceByKey(KEY, vars);
    } finally {
      identity.clearAuthentication();
    }
    return tasks.createTaskQuery().processInstanceId(concern.getId()).taskDefinitionKey(TASK_CONFIRM_CONCERN_IN_WRITING)
        .singleResult().getDueDate();
  }

  private static Date hoursFromNow(int hours) {
    return Date.from(EngineClock.now().toInstant().plus(Duration.ofHours(hours)));
  }
}
