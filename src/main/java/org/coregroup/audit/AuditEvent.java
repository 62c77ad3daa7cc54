package org.coregroup.audit;

import java.time.Instant;

/**
 * One look at, or change of, a case's records by a person: who, when, which case, what, through
 * which channel, and how the product answered (the HTTP status: a refusal is recorded too).
 *
 * @param caseReference the case's business key; null when the ids named no case the product knows
 */
public record AuditEvent(Instant at, String userId, String caseReference, Action action, String channel,
    String method, String path, String what, int status) {

  /** A read shows a case's records; a change alters them (or tried to: see the status). */
  public enum Action { READ, CHANGE }

  static final int USER_LENGTH = 128;
  static final int REFERENCE_LENGTH = 128;
  static final int PATH_LENGTH = 512;
  static final int WHAT_LENGTH = 1000;

  /** Values cut to the columns' sizes: a long path must not lose the whole row. */
  public AuditEvent {
    userId = cut(userId, USER_LENGTH);
    caseReference = cut(caseReference, REFERENCE_LENGTH);
    path = cut(path, PATH_LENGTH);
    what = cut(what, WHAT_LENGTH);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
