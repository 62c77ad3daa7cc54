package org.coregroup.notification;

import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells a named person something that needs no task of their own (for example a team manager
 * that a child has not been seen in time). Today a notice is written to the application log and
 * returned for the process to keep in the case's record; mail is the next step (no mail server is
 * configured in any profile yet).
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  /** One notice: to whom, about what, when. */
  public record Notice(String to, String subject, String text, Date sentAt) {
  }

  public Notice send(String to, String subject, String text, Date now) {
    Notice notice = new Notice(to, subject, text, now);
    LOG.info("Notice to {}: {} - {}", to, subject, text);
    return notice;
  }
}
