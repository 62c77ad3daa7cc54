package org.coregroup.security;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;

import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Put in front of the webapps' own APIs ({@code /camunda/api/cockpit}, {@code /tasklist},
 * {@code /admin}, {@code /welcome}): their plugins' requests pass only if on the plugin
 * allow-list of the user's role ({@link EngineApiPolicy#decidePlugin}). Camunda lets any
 * logged-in user call them, whichever webapp she may open.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class WebappPluginGuard implements ContainerRequestFilter {

  @Context
  private ServletContext servletContext;

  private volatile EngineApiPolicy policy;

  @Override
  public void filter(ContainerRequestContext request) {
    // the application's base is .../api/{app}/
    String base = request.getUriInfo().getBaseUri().getPath().replaceAll("/+$", "");
    String app = base.substring(base.lastIndexOf('/') + 1);
    EngineApiPolicy.Decision decision = policy().decidePlugin(app, request.getMethod(),
        request.getUriInfo().getPath(), request.getUriInfo().getQueryParameters());
    if (decision.refusal() != null) {
      request.abortWith(decision.refusal());
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
