package org.coregroup.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
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
 * causes. A new password that breaks the password policy is a 400 too (the engine says 500).
 * A clash with someone else's change at the same moment (optimistic locking) is a 409
 * that says to reload; a task that is no longer there a 404 in words. Every other error is answered by Camunda's own handlers, with its message made plain
 * ({@link PlainErrors}). The webapps' API gets the same mappers ({@link WebappErrorResponses}).
 */
@Component
class RejectedInputResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RestErrors.class);
    config.register(EngineErrors.class);
  }

  /** The engine's words when a new password breaks Camunda's password policy (it has no own type). */
  static final String ENGINE_PASSWORD_POLICY = "Password does not match policy";
  static final String PASSWORD_POLICY = "The password is too weak: it needs at least 10 characters, with a capital "
      + "letter, a small letter, a digit and a symbol, and must not contain the login, name or email address.";

  static final String CLASH = "Someone else changed this case at the same moment, so your change "
      + "was not saved. Reload the page to see their change, then try again.";

  /** Our refusals, a clash with another person's change, and a task that has gone. */
  static Optional<Response> answer(Throwable exception) {
    Optional<Response> refused = badRequest(exception);
    if (refused.isPresent()) {
      return refused;
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(EngineApiPolicy.plain(Response.Status.CONFLICT, CLASH));
      }
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().contains("task is null")) {
        return Optional.of(EngineApiPolicy.plain(Response.Status.NOT_FOUND, EngineApiPolicy.TASK_GONE));
      }
    }
    return Optional.empty();
  }

  static Optional<Response> badRequest(Throwable exception) {
    if (ENGINE_PASSWORD_POLICY.equals(exception.getMessage())) {
      return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "PasswordPolicy", "message", PASSWORD_POLICY,
              "problems", List.of(new InputRejected.Problem("password", PASSWORD_POLICY))))
          .build());
    }
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
  public static class RestErrors implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception).orElseGet(() -> plain(camunda.toResponse(exception)));
    }
  }

  /** Submitting a task form lets the engine's exception through, wrapped by the task listener call. */
  @Priority(1)
  public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception).orElseGet(() -> plain(camunda.toResponse(exception)));
    }
  }
}
