package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Http;

/**
 * Logins as an attacker meets them (finding 8 of the trust issue): no weak password can be set,
 * wrong passwords slow the next try down, and nobody can lock a practitioner out for more than
 * two minutes. The engine's clock is moved instead of waiting.
 */
@CoreGroupTest
class LoginTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String USER = "lena.login";
  static final String PASSWORD = "Right-pass-7";
  static final String ADMIN = "admin:Demo-pass-1";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  Instant now = Instant.now();

  @BeforeEach
  void practitioner() {
    User user = identity.newUser(USER);
    user.setFirstName("Lena");
    user.setLastName("Login");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    // a health visitor, so the REST API's allow-list lets her see her tasks once she is in
    identity.createMembership(USER, "health");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void cleanUp() {
    identity.deleteUser(USER);
    identity.deleteUser("weak.user");
  }

  @Test
  @DisplayName("A weak password is refused with 400 naming the field, and no user is created")
  void weakPasswordRefused() throws Exception {
    for (String weak : new String[] {"1", "demo", "password12", "Weak.User-2024", "Lower-case-only"}) {
      HttpResponse<String> created = send("POST", "/engine-rest/user/create", ADMIN, """
          {"profile": {"id": "weak.user", "firstName": "Weak", "lastName": "User"}, "credentials": {"password": "%s"}}"""
          .formatted(weak));
      assertThat(created.statusCode()).as(weak).isEqualTo(400);
      JsonNode refusal = JSON.readTree(created.body());
      assertThat(refusal.get("message").asText()).startsWith("The password is too weak");
      assertThat(refusal.get("problems").get(0).get("field").asText()).isEqualTo("password");
      assertThat(identity.createUserQuery().userId("weak.user").count()).as(weak).isZero();
    }
  }

  @Test
  @DisplayName("Not even an administrator can give a practitioner a weak password; the old one still works")
  void weakPasswordChangeRefused() throws Exception {
    HttpResponse<String> changed = send("PUT", "/engine-rest/user/" + USER + "/credentials", ADMIN,
        "{\"password\": \"1\", \"authenticatedUserPassword\": \"Demo-pass-1\"}");
    assertThat(changed.statusCode()).isEqualTo(400);
    assertThat(changed.body()).contains("too weak").doesNotContain("policy");
    assertThat(login(PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName("Ten wrong passwords from an anonymous client slow the account down for at most two minutes, never lock it")
  void tenWrongPasswordsDoNotLockOut() throws Exception {
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(login("Guess-number-" + attempt)).isEqualTo(401);
      if (attempt < 10) {
        // each guess after the last delay has run out, so every one of them counts
        advance(Duration.ofMinutes(3));
      }
    }
    // the attacker is slowed down: right after the tenth guess even the right password waits
    assertThat(login(PASSWORD)).isEqualTo(401);
    advance(Duration.ofSeconds(60));
    assertThat(login(PASSWORD)).isEqualTo(401);
    // ... but no longer than two minutes, and then the practitioner is in, with the delays reset
    advance(Duration.ofSeconds(61));
    assertThat(login(PASSWORD)).isEqualTo(200);
    assertThat(login("One-more-typo1")).isEqualTo(401);
    advance(Duration.ofSeconds(4));
    assertThat(login(PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName("Wrong guesses while the account is delayed do not count and do not lengthen the delay")
  void guessesDuringTheDelayDoNotCount() throws Exception {
    assertThat(login("First-guess-1")).isEqualTo(401);
    for (int guess = 0; guess < 20; guess++) {
      assertThat(login("Another-guess-" + guess)).isEqualTo(401);
    }
    advance(Duration.ofSeconds(4));
    assertThat(login(PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName("An administrator lifts the delay at once (README: unlocking an account); a practitioner cannot")
  void administratorUnlocks() throws Exception {
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(login("Guess-number-" + attempt)).isEqualTo(401);
      advance(Duration.ofMinutes(3));
    }
    assertThat(login("Guess-number-11")).isEqualTo(401);
    assertThat(send("POST", "/engine-rest/user/" + USER + "/unlock", "sarah.social:Demo-pass-1", "").statusCode())
        .isEqualTo(403);
    assertThat(login(PASSWORD)).isEqualTo(401);

    assertThat(send("POST", "/engine-rest/user/" + USER + "/unlock", ADMIN, "").statusCode()).isEqualTo(204);
    assertThat(login(PASSWORD)).isEqualTo(200);
  }

  void advance(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  /** A login over the REST API, as anyone on the network can try it; Tasklist's login checks the same way. */
  int login(String password) throws Exception {
    return send("GET", "/engine-rest/task/count", USER + ":" + password, null).statusCode();
  }

  HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
    return Http.basic(port, user).send(method, path, json);
  }
}
