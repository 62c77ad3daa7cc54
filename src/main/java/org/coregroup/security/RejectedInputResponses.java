package org.coregroup.security;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.coregroup.input.InputRejected;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A submission our rules refused is the client's mistake: {@code /engine-rest} answers it 400
 * with the message that names each field. The engine wraps a listener's exception, and the REST
 * API reports a wrapped one as a server error (500), so the refusal is looked for among the
 * causes. Every other error is answered by Camunda's own handlers, with its message made plain
 * ({@link PlainErrors}). The webapps' API gets the same mappers ({@link WebappErrorResponses}).
 */
@Component
class RejectedInputResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RestErrors.class);
    config.register(EngineErrors.class);
  }

  static Optional<Response> badRequest(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRejected rejected) {
        return Optional.of(Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", InputRejected.class.getSimpleName(), "message", rejected.getMessage(),
                "problems", rejected.problems()))
            .build());
      }
    }
    return Optional.empty();
  }

  /** Camunda's own answer, with its message in plain English (no engine codes, ids or REST prefixes). */
  static Response plain(Response camunda) {
    if (camunda.getEntity() instanceof ExceptionDto dto) {
      dto.setMessage(PlainErrors.message(dto.getMessage()));
    }
    return camunda;
  }

  /** Starting a process wraps engine exceptions in a RestException. */
  @Priority(1)
  static class RestErrors implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return badRequest(exception).orElseGet(() -> plain(camunda.toResponse(exception)));
    }
  }

  /** Submitting a task form lets the engine's exception through, wrapped by the task listener call. */
  @Priority(1)
  static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return badRequest(exception).orElseGet(() -> plain(camunda.toResponse(exception)));
    }
  }
}
