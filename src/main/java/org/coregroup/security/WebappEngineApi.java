package org.coregroup.security;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The engine API Tasklist and Cockpit use ({@code /camunda/api/engine}), as Camunda builds it,
 * with our guard and error answers added: a logged-in user can call it directly, so it needs
 * the same allow-list as {@code /engine-rest} (ADR 0012).
 */
public class WebappEngineApi extends EngineRestApplication {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(super.getClasses());
    classes.add(EngineApiGuard.class);
    classes.add(RejectedInputResponses.RestErrors.class);
    classes.add(RejectedInputResponses.EngineErrors.class);
    return classes;
  }
}
