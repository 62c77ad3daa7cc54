package org.coregroup.system;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * No default password outside the demo: the prod profile refuses to start, before anything is
 * created, unless an administrator password is supplied.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains(PROD)
        && environment.getProperty(PASSWORD_PROPERTY, "").isBlank()) {
      throw new IllegalStateException("The prod profile needs an administrator password: set the "
          + "environment variable ADMIN_PASSWORD (and optionally ADMIN_USER, default 'admin'). "
          + "There is no default password outside the demo.");
    }
  }
}
