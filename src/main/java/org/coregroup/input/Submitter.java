package org.coregroup.input;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who sent a submission: the user the engine authenticated for this request (Tasklist's session,
 * or HTTP Basic on {@code /engine-rest}), never a name in the payload (issue "Trust", finding 4).
 * Without an authenticated user the product itself is acting (a timer, a message it sends, a
 * test), and the payload is taken as it is.
 */
public final class Submitter {

  private Submitter() {
  }

  /** The logged-in user, or null when the product itself is acting. */
  public static String userId(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /**
   * The person {@code field} names is the one who sent the submission: a payload naming anyone
   * else is refused, naming the field. Returns the logged-in user; without one, the payload's value.
   */
  public static String self(FormInput in, IdentityService identity, String field, String label) {
    String user = userId(identity);
    String claimed = in.optionalShortText(field, label);
    if (user == null) {
      return claimed;
    }
    if (claimed != null && !claimed.equals(user)) {
      in.reject(field, label + " is always you, the person logged in (" + user + "), not '"
          + FormInput.shown(claimed) + "': to record what another member told you, name them under \"On behalf of\"");
    }
    return user;
  }
}
