package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.coregroup.testing.Http;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finding 2: a member or outsider switching off a case's timers through its jobs. */
@CoreGroupTest
class JobAttackTest extends SecuritySuite {

  @Test
  @DisplayName("Executing a case's timer three times is refused each time and uses up no retry")
  void executeTimer() throws Exception {
    String ref = newCase();
    String job = aJobOf(ref);
    Map<String, Object> before = snapshot(ref);

    for (int attempt = 0; attempt < 3; attempt++) {
      HttpResponse<String> response = rest("POST", "/job/" + job + "/execute", SARAH, null);
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).doesNotContain(job).doesNotContain("ENGINE-");
    }

    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("Retries, suspension and due date of a job cannot be changed by a member, by REST or through Tasklist's API")
  void changeJob() throws Exception {
    String ref = newCase();
    String job = aJobOf(ref);
    Map<String, Object> before = snapshot(ref);
    Http tasklist = login(SARAH);

    assertThat(rest("PUT", "/job/" + job + "/retries", SARAH, "{\"retries\": 0}").statusCode()).isEqualTo(403);
    assertThat(rest("PUT", "/job/" + job + "/suspended", SARAH, "{\"suspended\": true}").statusCode()).isEqualTo(403);
    assertThat(rest("PUT", "/job/" + job + "/duedate", SARAH, "{\"duedate\": \"2099-01-01T00:00:00.000+0000\"}")
        .statusCode()).isEqualTo(403);
    assertThat(tasklist.call("POST", "/job/" + job + "/execute", null).statusCode()).isEqualTo(403);
    assertThat(tasklist.call("PUT", "/job/" + job + "/retries", "{\"retries\": 0}").statusCode()).isEqualTo(403);
    assertThat(rest("PUT", "/job-definition/any/suspended", SARAH, "{\"suspended\": true}").statusCode()).isEqualTo(403);

    assertThat(snapshot(ref)).isEqualTo(before);
  }

  @Test
  @DisplayName("A refusal looks the same for a job that exists and one that does not: job ids cannot be found by trying")
  void noJobOracle() throws Exception {
    String ref = newCase();
    String job = aJobOf(ref);

    HttpResponse<String> known = rest("POST", "/job/" + job + "/execute", OLIVIA, null);
    HttpResponse<String> unknown = rest("POST", "/job/no-such-job/execute", OLIVIA, null);

    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(403);
    assertThat(known.body()).isEqualTo(unknown.body());
  }

  @Test
  @DisplayName("An administrator may still run a job (the refusal is by role, not for everyone)")
  void administratorMay() throws Exception {
    String ref = newCase();
    String job = aJobOf(ref);
    assertThat(rest("GET", "/job/" + job, "admin", null).statusCode()).isEqualTo(200);
    assertThat(rest("GET", "/job/" + job, SARAH, null).statusCode()).isEqualTo(403);
  }
}
