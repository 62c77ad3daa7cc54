package org.coregroup.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code spring.servlet.multipart.max-request-size} (10 MB): the
 * engine REST API reads attachments and deployments itself (Jersey), past Spring's multipart
 * limits, and keeps them in the database. A larger request is refused with 413 and a plain
 * message before its body is read. (A body sent in chunks, without a length, is not counted here:
 * browsers and Camunda Modeler send a length; see docs/security.md.)
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Limit(limit.toBytes()));
    registration.setName("request-size-limit");
    registration.addUrlPatterns("/*");
    // before anything that reads the body, authentication included
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static String message(long limit) {
    return "The upload is too large: at most " + DataSize.ofBytes(limit).toMegabytes()
        + " MB can be sent at once. Attach a smaller file, or split it.";
  }

  static final class Limit extends OncePerRequestFilter {
    private final long limit;

    Limit(long limit) {
      this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > limit) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Tomcat closes the connection instead of reading a large unread body
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"" + message(limit) + "\"}");
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
