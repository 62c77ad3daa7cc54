package org.coregroup.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;

import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Put in front of both engine REST APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): every request is decided by {@link EngineApiPolicy} after the
 * login filters have set the user and before any resource of the engine runs.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class EngineApiGuard implements ContainerRequestFilter {

  /** Requests bigger than this are not read here; none of the bodies we check comes near it. */
  private static final int MAX_CHECKED_BODY = 5 * 1024 * 1024;

  @Context
  private ServletContext servletContext;

  private volatile EngineApiPolicy policy;

  @Override
  public void filter(ContainerRequestContext request) {
    byte[][] read = new byte[1][];
    EngineApiPolicy.Decision decision = policy().decide(request.getMethod(), request.getUriInfo().getPath(),
        request.getUriInfo().getQueryParameters(), () -> {
      if (read[0] == null) {
        read[0] = body(request);
        request.setEntityStream(new ByteArrayInputStream(read[0]));
      }
      return read[0];
    });
    if (decision.refusal() != null) {
      request.abortWith(decision.refusal());
    } else if (decision.body() != null) {
      request.setEntityStream(new ByteArrayInputStream(decision.body()));
    }
  }

  private static byte[] body(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    try {
      return request.getEntityStream().readNBytes(MAX_CHECKED_BODY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private EngineApiPolicy policy() {
    if (policy == null) {
      policy = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
          .getBean(EngineApiPolicy.class);
    }
    return policy;
  }
}
