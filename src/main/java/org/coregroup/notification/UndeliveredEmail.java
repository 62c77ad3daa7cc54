package org.coregroup.notification;

import java.time.Instant;

/**
 * An email the outbox gave up on (ADR 0037): the server refused its address for good
 * ({@code refused}), or could not take it for as long as the outbox keeps trying. {@code serverReply}
 * is the mail server's or the connection's own words, for the log and the administrator.
 */
public record UndeliveredEmail(String caseReference, Recipient to, String subject, Instant queuedAt, boolean refused,
    String serverReply) {
}
