package org.coregroup.security;

import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The same error answers for the webapps' own REST API ({@code /camunda/api/engine/...}, which
 * Tasklist uses to start processes and submit forms) as for {@code /engine-rest}: a refused
 * submission is a 400 in plain English, other errors keep their status with a plain message.
 * The webapps' Jersey applications are not Spring's, so the mappers come in through Jersey's
 * auto-discovery (listed in {@code META-INF/services}); an application that already has them
 * ({@code /engine-rest}, see {@link RejectedInputResponses}) is left as it is.
 */
public class WebappErrorResponses implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RejectedInputResponses.RestErrors.class)) {
      context.register(RejectedInputResponses.RestErrors.class);
    }
    if (!context.getConfiguration().isRegistered(RejectedInputResponses.EngineErrors.class)) {
      context.register(RejectedInputResponses.EngineErrors.class);
    }
  }
}
