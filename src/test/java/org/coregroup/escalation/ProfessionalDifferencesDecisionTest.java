package org.coregroup.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.coregroup.CoreGroupTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed ProfessionalDifferencesDecision table, row by row (R30). */
@CoreGroupTest
class ProfessionalDifferencesDecisionTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}, stage {1}: {2} working days")
  @DisplayName("R30: each stage has 5 working days under every profile")
  @CsvSource({
      "national, 1, 5", "national, 2, 5", "national, 3, 5", "national, 4, 5",
      "brent, 1, 5", "brent, 4, 5", "bedfordshire, 2, 5", "sandwell, 3, 5", "south-west, 1, 5", "south-east-wales, 4, 5"})
  void stageDeadline(String profile, int stage, int workingDays) {
    Object days = decisions.evaluateDecisionByKey(ProfessionalDifferencesProcess.DECISION_KEY)
        .variables(Map.of(ProfessionalDifferencesProcess.DIFFERENCE_STAGE, stage, ProfessionalDifferencesProcess.LOCAL_POLICY, profile))
        .evaluate().getSingleResult().getSingleEntry();
    assertThat(days).isEqualTo(workingDays);
  }

  @ParameterizedTest(name = "stage {0}")
  @DisplayName("R30: there is no stage after the fourth")
  @CsvSource({"0", "5"})
  void noSuchStage(int stage) {
    assertThat(decisions.evaluateDecisionByKey(ProfessionalDifferencesProcess.DECISION_KEY)
        .variables(Map.of(ProfessionalDifferencesProcess.DIFFERENCE_STAGE, stage, ProfessionalDifferencesProcess.LOCAL_POLICY, "national"))
        .evaluate().getSingleResult()).isNull();
  }
}
