package org.coregroup.security;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;

/**
 * The webapps' own APIs as Camunda builds them, each with {@link WebappPluginGuard} added
 * (registered in {@link RestApiSecurity} under Camunda's servlet names, as the engine API is).
 */
final class WebappPluginApis {

  private WebappPluginApis() {
  }

  static Set<Class<?>> guarded(Set<Class<?>> classes) {
    Set<Class<?>> guarded = new HashSet<>(classes);
    guarded.add(WebappPluginGuard.class);
    return guarded;
  }

  /** {@code /camunda/api/cockpit}. */
  public static class Cockpit extends CockpitApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return guarded(super.getClasses());
    }
  }

  /** {@code /camunda/api/tasklist}. */
  public static class Tasklist extends TasklistApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return guarded(super.getClasses());
    }
  }

  /** {@code /camunda/api/admin}: also Admin's login and first-user set-up, which pass. */
  public static class Admin extends AdminApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return guarded(super.getClasses());
    }
  }

  /** {@code /camunda/api/welcome}. */
  public static class Welcome extends WelcomeApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return guarded(super.getClasses());
    }
  }
}
