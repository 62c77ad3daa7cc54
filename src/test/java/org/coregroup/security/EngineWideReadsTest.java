package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 10: engine-wide counts (metrics) for administrators only; Cockpit's Human Tasks report is
 * answered for supervisors over their own tasks ({@link HumanTasksForSupervisorsTest}).
 */
@CoreGroupTest
class EngineWideReadsTest extends SecuritySuite {

  @ParameterizedTest(name = "{0} reads {1}: {2}")
  @CsvSource({
      "helen.health, /metrics/activity-instance-start/sum, 403",
      "tom.manager, /metrics/activity-instance-start/sum, 403",
      "carol.chair, /metrics?interval=900, 403",
      "tom.manager, /task/report/candidate-group-count, 200",
      "carol.chair, /task/report/candidate-group-count, 200",
      "sarah.social, /task/report/candidate-group-count, 403",
      "pam.process, /metrics/activity-instance-start/sum, 403",
      "admin, /metrics/activity-instance-start/sum, 200",
      "admin, /task/report/candidate-group-count, 200",
  })
  void engineWideCounts(String user, String path, int status) throws Exception {
    assertThat(rest("GET", path, user, null).statusCode()).isEqualTo(status);
    if (!user.equals("admin") && !user.equals("pam.process")) { // Pam has no Tasklist
      assertThat(login(user).call("GET", path, null).statusCode()).isEqualTo(status);
    }
  }
}
