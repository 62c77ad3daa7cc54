package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.TasklistBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One client trying many accounts (ADR 0017): after failed logins for 10 different accounts
 * from one address, that address waits 5 minutes after its last failure, for every account and
 * both logins; a practitioner there is kept out no longer. The engine's clock is moved instead
 * of waiting.
 */
@CoreGroupTest
class ClientLoginThrottleTest extends SecuritySuite {

  @Autowired ClientLoginThrottle throttle;
  Instant now = Instant.now();

  @BeforeEach
  void freshStart() {
    throttle.forget();
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void cleanUp() {
    throttle.forget();
    ClockUtil.reset();
  }

  @Test
  @DisplayName("Guessing on ten accounts from one client makes that client wait five minutes, then lets the right password in")
  void manyAccountsFromOneClient() throws Exception {
    for (int i = 1; i <= 10; i++) {
      assertThat(webappLogin("guess.target" + i, "Guess-pass-1").statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = webappLogin(HELEN, TasklistBrowser.DEMO_PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(json(refused).get("message").asText()).isEqualTo("Too many failed logins from this computer, "
        + "for different accounts. Wait 5 minutes and try again. If this keeps happening, tell your administrator.");
    assertThat(refused.headers().firstValue("Retry-After")).contains("300");
    assertThat(rest("GET", "/task", HELEN, null).statusCode()).as("HTTP Basic waits too").isEqualTo(429);

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(4))));
    assertThat(webappLogin(HELEN, TasklistBrowser.DEMO_PASSWORD).statusCode()).isEqualTo(429);

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertThat(webappLogin(HELEN, TasklistBrowser.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(rest("GET", "/task", HELEN, null).statusCode()).isEqualTo(200);

    // one more wrong guess there and the wait starts again
    assertThat(webappLogin("guess.target11", "Guess-pass-1").statusCode()).isEqualTo(401);
    assertThat(webappLogin(HELEN, TasklistBrowser.DEMO_PASSWORD).statusCode()).isEqualTo(429);
  }

  @Test
  @DisplayName("Wrong passwords for one account are the engine's delay, not the client's: other accounts log in")
  void oneAccountIsNotManyAccounts() throws Exception {
    for (int i = 0; i < 12; i++) {
      assertThat(rest("GET", "/task", "guess.target", null).statusCode()).isEqualTo(401);
    }
    assertThat(webappLogin(HELEN, TasklistBrowser.DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  /** Camunda's login form, as Tasklist sends it. */
  HttpResponse<String> webappLogin(String user, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).GET()
        .build(), HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
