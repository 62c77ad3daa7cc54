package org.coregroup.security;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.coregroup.input.InputRejected;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Starting a process through {@code /engine-rest} wraps every engine exception as a server error
 * (500). A start our rules refused is the client's mistake: it is answered 400 with the message
 * that names the field, like every other rejected submission. Anything else is left to Camunda.
 */
@Component
class RejectedInputResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(1)
  static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof InputRejected rejected) {
          return Response.status(Response.Status.BAD_REQUEST)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", InputRejected.class.getSimpleName(), "message", rejected.getMessage(),
                  "problems", rejected.problems()))
              .build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
