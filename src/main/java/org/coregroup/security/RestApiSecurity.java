package org.coregroup.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import java.util.Map;

import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers only to a user of Camunda's identity service (HTTP Basic), so
 * Camunda Modeler can deploy with a username and password and every request runs with that
 * user's authorizations. The webapps do not use this path: they have their own login.
 *
 * <p>Both engine APIs, this one and the webapps' {@code /camunda/api/engine}, answer only what
 * the user's role needs ({@link EngineApiGuard}, {@link EngineApiAllowList}).
 */
@Configuration
class RestApiSecurity {

  static final String REST_PATH = "/engine-rest/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(REST_PATH);
    return registration;
  }

  /** Slows a client that tries many accounts; outside every login filter, so it sees their answers. */
  @Bean
  ClientLoginThrottle clientLoginThrottle(@Value("${coregroup.login.client.accounts:10}") int accounts,
      @Value("${coregroup.login.client.window:10m}") java.time.Duration window,
      @Value("${coregroup.login.client.wait:5m}") java.time.Duration wait) {
    return new ClientLoginThrottle(accounts, window, wait);
  }

  @Bean
  FilterRegistrationBean<ClientLoginThrottle> clientLoginThrottleFilter(ClientLoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<>(throttle);
    registration.setName("client-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/audit/*", applicationPath + "/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The guard and our error answers on {@code /engine-rest}. */
  @Bean
  ResourceConfigCustomizer engineRestGuard() {
    return config -> config.register(EngineApiGuard.class);
  }

  /**
   * The webapps' engine API, registered under Camunda's own servlet name before Camunda's
   * initializer runs (it then leaves it alone), so that it carries the guard too (ADR 0012).
   */
  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new ServletRegistrationBean<>(new ServletContainer(), applicationPath + "/api/engine/*");
    registration.setName("Engine Api");
    registration.setInitParameters(Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, WebappEngineApi.class.getName()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The webapps' own APIs (their plugins: Cockpit's counts, Admin's metrics) with the plugin guard. */
  @Bean
  ServletRegistrationBean<ServletContainer> webappCockpitApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return webappApi("Cockpit Api", applicationPath + "/api/cockpit/*", WebappPluginApis.Cockpit.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappTasklistApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return webappApi("Tasklist Api", applicationPath + "/api/tasklist/*", WebappPluginApis.Tasklist.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappAdminApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return webappApi("Admin Api", applicationPath + "/api/admin/*", WebappPluginApis.Admin.class);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappWelcomeApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return webappApi("Welcome Api", applicationPath + "/api/welcome/*", WebappPluginApis.Welcome.class);
  }

  private static ServletRegistrationBean<ServletContainer> webappApi(String name, String path, Class<?> application) {
    var registration = new ServletRegistrationBean<>(new ServletContainer(), path);
    registration.setName(name);
    registration.setInitParameters(Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, application.getName()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
