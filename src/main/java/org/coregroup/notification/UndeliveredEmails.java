package org.coregroup.notification;

/**
 * Who is told of an email that could not be delivered, so that it is passed on another way. The
 * outbox calls it on its own thread, outside any step, with no one logged in; if it throws, the
 * email is kept and reported again at its next attempt.
 */
public interface UndeliveredEmails {

  void report(UndeliveredEmail email);
}
