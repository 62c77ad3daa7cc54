package org.coregroup.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps every authorization check's cost to the signed-in user's own grants (the scale issue,
 * ADR 0034). Before each command of a user with groups, Camunda 7 reads
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, with no condition, only to drop
 * from her groups those that hold no grant (upstream issue 5485). That statement reads the whole
 * table, which holds every case's per-user grants, so every practitioner's every page cost more
 * with every case in the deployment. Our users belong to a handful of groups: their groups go
 * into the checks as they are, which gives the same answers (a group without a grant matches no
 * row). A user with more than {@link #GROUPS_CHECKED_AS_THEY_ARE} groups (a directory with nested
 * groups, say) still gets the engine's filter, so an IN list never grows past what a database
 * accepts. CIB seven and Operaton ship the same idea as {@code authGroupFilterThreshold}.
 *
 * <p>The engine has no public API for this: the plugin replaces the session factory of the
 * engine's {@code AuthorizationManager} (an impl class) with one making the subclass below. It is
 * public so the scale benchmark's bare engine gets the same fix and is compared on its work.
 */
@Component
public class GroupChecksWithoutTableScan extends AbstractProcessEnginePlugin {

  /** Up to this many groups a user's groups go into the checks unfiltered. */
  static final int GROUPS_CHECKED_AS_THEY_ARE = 100;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnfilteredGroups();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, without the whole-table read of groups. */
  static class UnfilteredGroups extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > GROUPS_CHECKED_AS_THEY_ARE) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
