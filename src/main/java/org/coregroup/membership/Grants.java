package org.coregroup.membership;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds permissions to a group's or user's authorization, creating it once; safe to repeat. */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    save(existing, resource, resourceId, permissions, a -> a.setGroupId(groupId));
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
    save(existing, resource, resourceId, permissions, a -> a.setUserId(userId));
  }

  /**
   * Adds permissions on a resource made in this same transaction (a process instance starting, a task
   * being created). None is looked for: the database cannot hold a grant on it yet, as the engine writes
   * this transaction's rows only when it commits.
   */
  public void toUserOnNew(String userId, Resource resource, String resourceId, Permission... permissions) {
    save(null, resource, resourceId, permissions, a -> a.setUserId(userId));
  }

  private void save(Authorization existing, Resource resource, String resourceId,
      Permission[] permissions, java.util.function.Consumer<Authorization> owner) {
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      owner.accept(authorization);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
