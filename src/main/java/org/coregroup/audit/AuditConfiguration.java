package org.coregroup.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.coregroup.identity.SignedInUser;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the audit trail: the recording filter on both APIs the engine answers to, and the
 * administrators' endpoints behind the same HTTP Basic login as {@code /engine-rest} (ADR 0013).
 */
@Configuration
@EnableScheduling
class AuditConfiguration {

  static final String AUDIT_PATH = "/audit";

  /**
   * After every filter declared before it ("match after"): the engine REST login and the
   * webapps' session login have run, so the engine knows who is asking.
   */
  @Bean
  FilterRegistrationBean<AuditFilter> auditRecording(IdentityService identity, CaseResolver cases, AuditLog log,
      ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new AuditFilter(identity, cases, log, json));
    registration.setName("audit-trail");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setMatchAfter(true);
    return registration;
  }

  /** The product's own pages, signed in with the webapps' session. */
  @Bean
  FilterRegistrationBean<ProductPagesAudit> productPagesAudit(SignedInUser signedIn, AuditLog log) {
    var registration = new FilterRegistrationBean<>(new ProductPagesAudit(signedIn, log));
    registration.setName("audit-trail-product-pages");
    registration.addUrlPatterns("/oversight", "/oversight/*", "/cases/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> auditAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("audit-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // The filter reads the engine's name from the path below this prefix; there is none: the default engine.
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, AUDIT_PATH);
    registration.addUrlPatterns(AUDIT_PATH + "/*");
    return registration;
  }
}
