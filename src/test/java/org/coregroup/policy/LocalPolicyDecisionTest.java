package org.coregroup.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.coregroup.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed LocalPolicyDecision table, row by row, against requirements.md. */
@CoreGroupTest
class LocalPolicyDecisionTest {

  @Autowired LocalPolicies policies;

  @ParameterizedTest(name = "{0}")
  @DisplayName("Each profile's timescales (empty = no such rule)")
  @CsvSource(nullValues = "-", value = {
      // profile,        first, interval, minMeet, minutes, seen, alone, notQuorate, notice, pre, post, stepDown, firstRev, revInt
      "national,         10, 6, -, 5, -,  -, 5, -, -, -,  10, 3, 6",
      "bedfordshire,     10, 6, 2, 5, -,  4, 5, -, -, -,  10, 3, 6",
      "sandwell,         10, 6, -, 5, -,  -, 5, -, -, -,  10, 3, 6",
      "south-west,       10, 4, -, 5, -,  -, 5, -, -, -,  10, 3, 6",
      "south-east-wales, 10, 6, -, 5, -,  -, 5, -, -, -,  10, 3, 6",
      "brent,            10, 6, -, 5, 10, -, 5, 3, 2, 10, 10, 3, 6"})
  void row(String profile, Integer first, Integer interval, Integer minMeetings, Integer minutes, Integer childSeen,
      Integer seenAlone, Integer notQuorate, Integer notice, Integer preReview, Integer postReview, Integer stepDown,
      Integer firstReview, Integer reviewInterval) {
    assertThat(policies.forProfile(profile)).contains(new LocalPolicy(first, interval, minMeetings, minutes, childSeen,
        seenAlone, notQuorate, notice, preReview, postReview, stepDown, firstReview, reviewInterval));
  }

  @Test
  @DisplayName("An unknown profile has no row")
  void unknownProfile() {
    assertThat(policies.forProfile("kent")).isEmpty();
  }
}
