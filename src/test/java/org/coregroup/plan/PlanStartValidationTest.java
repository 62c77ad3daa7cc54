package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.today;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.input.InputRejected;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;

/** A start that breaks a rule is refused, naming the field, and nothing is created (R1-R4, R7). */
@CoreGroupTest
class PlanStartValidationTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  static Stream<Arguments> badStarts() {
    return Stream.of(
        Arguments.of("ICPC on a Saturday (R1)", ICPC_DATE, "2025-12-13", "is a Saturday"),
        Arguments.of("ICPC on a Sunday (R1)", ICPC_DATE, "2025-12-14", "is a Sunday"),
        Arguments.of("ICPC in the future", ICPC_DATE, "2025-12-17", "in the future"),
        Arguments.of("ICPC not a date", ICPC_DATE, "15/12/2025", "'15/12/2025' is not a date"),
        Arguments.of("no ICPC date", ICPC_DATE, null, "is required"),
        Arguments.of("unknown local policy", LOCAL_POLICY, "kent", "'kent' is not a known local policy"),
        Arguments.of("unknown category", CATEGORY_OF_ABUSE, "XYZ", "'XYZ' is not a known category of abuse"),
        Arguments.of("no key worker", KEY_WORKER, null, "The key worker is required"),
        Arguments.of("unknown key worker", KEY_WORKER, "nobody.here", "there is no user 'nobody.here'"),
        Arguments.of("unknown team manager", TEAM_MANAGER, "ghost", "there is no user 'ghost'"),
        Arguments.of("no conference chair", CONFERENCE_CHAIR, "", "The conference chair is required"),
        Arguments.of("unknown jurisdiction", JURISDICTION, "wales", "'wales'"),
        Arguments.of("interval longer than the profile allows (R7)", MEETING_INTERVAL_WEEKS, 8,
            "at least every 6 weeks"),
        Arguments.of("interval not a number", MEETING_INTERVAL_WEEKS, "six", "'six' is not a whole number"),
        Arguments.of("first core group after 10 working days (R4)", FIRST_CORE_GROUP_AT, "2026-01-02T10:00",
            "within 10 working days"),
        Arguments.of("no child's name", CHILD_NAME, " ", "The child's name is required"),
        Arguments.of("born in the future", CHILD_BIRTH_DATE, "2026-01-01", "is in the future"),
        Arguments.of("already 18", CHILD_BIRTH_DATE, "2007-12-01", "already 18"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  @DisplayName("Each bad start value is refused with a message naming the field; nothing is created")
  void refused(String why, String field, Object value, String message) {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("national", "2025-12-15"));
    vars.put(field, value);

    InputRejected rejected = rejectedNaming(field, () -> runtime.startProcessInstanceByKey(KEY, ref, vars));

    assertThat(rejected).hasMessageContaining(message);
    assertNothingCreated(ref);
  }

  @Test
  @DisplayName("R2: members without a name or an agency, or with an unknown login, are each named")
  void badMembers() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("national", "2025-12-15"));
    vars.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue("""
        [{"name": "Helen Health", "agency": "health", "userId": "helen.health"},
         {"agency": "police"},
         {"name": "Jo Parent"},
         {"name": "Ghost", "agency": "health", "userId": "nobody"}]""").create());

    InputRejected rejected = rejectedNaming(CORE_GROUP_MEMBERS + "[2].name",
        () -> runtime.startProcessInstanceByKey(KEY, ref, vars));

    assertThat(rejected.problems()).extracting(InputRejected.Problem::field)
        .containsExactlyInAnyOrder("coreGroupMembers[2].name", "coreGroupMembers[3].agency",
            "coreGroupMembers[4].userId");
    assertNothingCreated(ref);
  }

  @Test
  @DisplayName("Several problems at once are all reported in one message")
  void everyProblemAtOnce() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("national", "2025-12-13"));
    vars.put(LOCAL_POLICY, "kent");

    InputRejected rejected = rejectedNaming(ICPC_DATE, () -> runtime.startProcessInstanceByKey(KEY, ref, vars));
    assertThat(rejected.problems()).extracting(InputRejected.Problem::field).contains(ICPC_DATE, LOCAL_POLICY);
    assertNothingCreated(ref);
  }

  @Test
  @DisplayName("R1: an unborn child with an expected date of birth is accepted")
  void unbornChild() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("national", "2025-12-15"));
    vars.remove(CHILD_BIRTH_DATE);
    vars.put(EXPECTED_BIRTH_DATE, "2026-03-01");

    runtime.startProcessInstanceByKey(KEY, ref, vars);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).processDefinitionKey(KEY).count())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("R7 brent [004 3.3]: the conference chair may set a longer interval than 6 weeks; it is the case's interval")
  void brentChairSetsLongerInterval() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("brent", "2025-12-15"));
    vars.put(MEETING_INTERVAL_WEEKS, 8);

    String id = runtime.startProcessInstanceByKey(KEY, ref, vars).getId();
    assertThat(runtime.getVariable(id, MEETING_INTERVAL_WEEKS)).isEqualTo(8);
  }

  @Test
  @DisplayName("R4 south-west [002]: a first core group set after the 10th calendar day is refused, with the dates in words")
  void southWestFirstCoreGroupTooLate() {
    today("2025-12-16");
    String ref = Cases.newReference();
    Map<String, Object> vars = new java.util.HashMap<>(plan("south-west", "2025-12-15"));
    vars.put(FIRST_CORE_GROUP_AT, "2025-12-29T10:00");

    InputRejected rejected = rejectedNaming(FIRST_CORE_GROUP_AT, () -> runtime.startProcessInstanceByKey(KEY, ref, vars));
    assertThat(rejected).hasMessageContaining("Wednesday 24 December 2025").hasMessageContaining("within 10 days")
        .hasMessageNotContaining("R4");
    assertNothingCreated(ref);
  }

  private void assertNothingCreated(String ref) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }
}
