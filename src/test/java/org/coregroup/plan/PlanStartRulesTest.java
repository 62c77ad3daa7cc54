package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.coregroup.calendar.InMemoryClosureDayStore;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.policy.PolicyTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The start check against a local policy table a manager changed, engine-free. */
class PlanStartRulesTest {

  @Test
  @DisplayName("A profile whose row leaves a timescale every case needs empty cannot start a plan; the message names it")
  void incompleteProfileRefused() {
    String emptied = PolicyTable.xml().replace(
        "<outputEntry id=\"OutputEntry_Sandwell_ExitPlanWorkingDays\">\n          <text>defaultExitPlanWorkingDays</text>",
        "<outputEntry id=\"OutputEntry_Sandwell_ExitPlanWorkingDays\">\n          <text></text>");
    assertThat(emptied).isNotEqualTo(PolicyTable.xml());
    PlanStartRules rules = new PlanStartRules(new PlanSchedule(WorkingDayCalendar.fromClasspath(new InMemoryClosureDayStore())),
        profile -> Optional.ofNullable(PolicyTable.evaluate(emptied, profile)), user -> true);
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("sandwell", "2025-12-15"));
    vars.put(ChildProtectionPlanProcess.CASE_REFERENCE, "CASE-1");
    vars.put(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS, PlanCases.MEMBERS);

    assertThatThrownBy(() -> rules.check(new FormInput(vars), LocalDate.of(2025, 12, 16)))
        .isInstanceOf(InputRejected.class).hasMessageContaining("sandwell policy")
        .hasMessageContaining("Exit plan recorded within (working days)");
  }
}
