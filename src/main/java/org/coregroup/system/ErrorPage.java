package org.coregroup.system;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error page, except that {@code /error} asked for directly (not forwarded to by a
 * real error) is "not found" instead of a server error. Boot answers 500 whenever the request
 * carries no error status, which an anonymous {@code GET /error} never does.
 */
@Configuration
class ErrorPage {

  @Bean
  BasicErrorController basicErrorController(ErrorAttributes attributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> resolvers) {
    List<ErrorViewResolver> viewResolvers = resolvers.orderedStream().toList();
    return new BasicErrorController(attributes, server.getError(), viewResolvers) {
      @Override
      protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
          return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
      }
    };
  }
}
