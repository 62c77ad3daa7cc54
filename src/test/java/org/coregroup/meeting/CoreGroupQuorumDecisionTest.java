package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed CoreGroupQuorumDecision table against [004 3.10] and [000], row by row (R15). */
@CoreGroupTest
class CoreGroupQuorumDecisionTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}: {1} other agencies involved, {2} of their professionals present -> quorate {3}")
  @DisplayName("R15: quorate or not, by profile, other professional agencies involved and their professionals present")
  @CsvSource({
      // no other agency in the group: nobody else to wait for
      "national,         0, 0, true",
      "brent,            0, 0, true",
      // brent [004 3.10]: "at least two other professionals from agencies other than Brent Children's Service"
      "brent,            2, 2, true",
      "brent,            3, 2, true",
      "brent,            2, 1, false",
      "brent,            3, 0, false",
      // two health professionals are two professionals, though one agency: quorate when two agencies are involved
      "brent,            2, 2, true",
      // "where there is only one other professional agency involved, the attendance of both will constitute quorum"
      "brent,            1, 1, true",
      "brent,            1, 2, true",
      "brent,            1, 0, false",
      // every other profile [000] sets no number: the meeting goes ahead unless the professionals decide too few
      "national,         2, 0, true",
      "bedfordshire,     3, 0, true",
      "sandwell,         1, 1, true",
      "south-west,       1, 0, true",
      "south-east-wales, 4, 1, true"})
  void row(String policy, int involved, int present, boolean quorate) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(QUORUM_DECISION)
        .variables(Map.of(LOCAL_POLICY, policy, OTHER_AGENCIES_INVOLVED, involved, OTHER_PROFESSIONALS_PRESENT, present))
        .evaluate();
    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleResult().getEntry(QUORATE)).isEqualTo(quorate);
  }
}
