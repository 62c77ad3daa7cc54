package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.coregroup.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed CoreGroupQuorumDecision table, row by row (R15). */
@CoreGroupTest
class CoreGroupQuorumDecisionTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}: {1} other agencies involved, {2} present -> quorate {3}")
  @DisplayName("R15: quorate or not, by profile, other agencies involved and present")
  @CsvSource({
      // no other agency in the group: nobody else to wait for
      "national,         0, 0, true",
      "brent,            0, 0, true",
      // brent [004 3.10]: the only other agency involved is enough; otherwise at least two
      "brent,            1, 1, true",
      "brent,            1, 0, false",
      "brent,            2, 2, true",
      "brent,            3, 2, true",
      "brent,            2, 1, false",
      "brent,            3, 0, false",
      // every other profile [000]: at least one other agency present
      "national,         2, 1, true",
      "national,         1, 0, false",
      "national,         3, 0, false",
      "bedfordshire,     2, 1, true",
      "sandwell,         2, 0, false",
      "south-west,       1, 1, true",
      "south-east-wales, 4, 1, true"})
  void row(String policy, int involved, int present, boolean quorate) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(QUORUM_DECISION)
        .variables(Map.of(LOCAL_POLICY, policy, OTHER_AGENCIES_INVOLVED, involved, OTHER_AGENCIES_PRESENT, present))
        .evaluate();
    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleResult().getEntry(QUORATE)).isEqualTo(quorate);
  }
}
