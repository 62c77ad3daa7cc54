package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import java.time.LocalDate;
import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.membership.CaseAccess;
import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Dates;

/**
 * The key worker adds a police officer to the Core Group in Tasklist with the start form "Change
 * the Core Group"; he finds the meeting's "Confirm attendance" in his own list at once (R2).
 * The case is set up through the engine, against the real clock. See {@link TasklistBrowser}.
 */
@CoreGroupTest
class ChangeCoreGroupBrowserTest {

  static final OpenCases OPEN = new OpenCases();

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired CaseAccess access;

  @AfterEach
  void closeCases() {
    OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("R2: Sarah adds Paul Police in Tasklist; Paul sees the case's meeting in his list at once; the meeting's chair has the briefing")
  void keyWorkerAddsMemberInTasklist() {
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(1));
    String ref = OPEN.add(org.coregroup.testing.Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc.toString())));

    browser.logInAs("sarah.social");
    browser.openStartForm("Change the Core Group", CASE_REFERENCE);
    browser.type(CASE_REFERENCE, ref);
    browser.select(CHANGE, "A member joins");
    browser.type(MEMBER + "_name", "Paul Police");
    browser.type(MEMBER + "_role", "Police officer");
    browser.select(MEMBER + "_agency", "Police");
    browser.type(MEMBER + "_userId", "paul.police");
    browser.radio(FAMILY_AGREES, "Yes");
    browser.type(FAMILY_VIEWS, "Mother is happy for the police to be involved");
    browser.type(REASON, "New incident reported to the police");
    browser.startAndWaitUntilStarted();

    ProcessInstance change = browser.waitFor("the change of " + ref + " to start", d -> runtime
        .createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).singleResult());
    assertThat(runtime.getVariable(change.getId(), REQUESTED_BY)).isEqualTo("sarah.social");
    String plan = runtime.createProcessInstanceQuery().processDefinitionKey(ChildProtectionPlanProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
    assertThat(CoreGroup.fromVariable(runtime.getVariable(plan, CaseVariables.CORE_GROUP_MEMBERS)).hasMemberWithLogin("paul.police"))
        .isTrue();
    assertThat(access.isMember(plan, "paul.police")).isTrue();

    browser.logInAs("paul.police");
    browser.openTask("Confirm attendance", ref);
    browser.logInAs("tom.manager");
    browser.openTask("Brief the new member", ref);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).count()).isEqualTo(1);
  }
}
