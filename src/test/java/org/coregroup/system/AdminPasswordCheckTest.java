package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** No default password outside the demo: prod refuses to start without ADMIN_PASSWORD. */
class AdminPasswordCheckTest {

  final AdminPasswordCheck check = new AdminPasswordCheck();

  @Test
  @DisplayName("prod without an administrator password refuses to start, saying what is missing")
  void prodWithoutPassword() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("prod");
    env.setProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "");
    assertThatThrownBy(() -> check.postProcessEnvironment(env, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  @DisplayName("prod with a password, and the demo without prod, start")
  void otherwiseStarts() {
    MockEnvironment prod = new MockEnvironment();
    prod.setActiveProfiles("prod", "postgres");
    prod.setProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "s3cret-from-the-vault");
    assertThatCode(() -> check.postProcessEnvironment(prod, null)).doesNotThrowAnyException();
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), null)).doesNotThrowAnyException();
  }
}
