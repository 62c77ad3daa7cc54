package org.coregroup.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls that the product makes on its own behalf (granting a case's members access,
 * looking up whether a user exists) without the current user's authorization checks.
 */
public final class AsSystem {

  private AsSystem() {
  }

  public static <T> T call(IdentityService identity, Supplier<T> work) {
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  public static void run(IdentityService identity, Runnable work) {
    call(identity, () -> {
      work.run();
      return null;
    });
  }
}
