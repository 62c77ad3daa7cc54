package org.coregroup.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Email leaves after the step that wrote it has committed (ADR 0037). {@link #enqueue} writes the
 * whole message to table {@code cg_mail_outbox} in the caller's transaction, the engine's: if the
 * step rolls back, so does its email, and nothing is sent for a step that did not happen. Once the
 * transaction has committed, one background thread per node sends what is due and removes it; an
 * SMTP server that is down is tried again later (1 minute, doubling, at most hourly), and what
 * was queued when a node stopped is sent by the next look (every {@code coregroup.mail.outbox.poll},
 * 30 s by default) of any node. A message is claimed for five minutes before it is sent, so two
 * nodes never send it at the same time; a node killed between sending and removing it sends it
 * again after that (at least once, never lost). The SQL runs on H2 2.x and PostgreSQL 15.
 */
@Repository
public class MailOutbox {

  static final String CREATE_TABLE = "create table if not exists cg_mail_outbox ("
      + "id varchar(36) primary key, "
      + "recipient varchar(320) not null, "
      + "message bytea not null, "
      + "queued_at timestamp with time zone not null, "
      + "attempts int not null, "
      + "next_attempt_at timestamp with time zone not null, "
      + "claimed_until timestamp with time zone, "
      + "last_error varchar(1000))";
  /** Added after the first release: who the message is for by name and login, and its case (a table made before gets them). */
  static final List<String> LATER_COLUMNS = List.of("recipient_name varchar(200)", "recipient_user varchar(200)",
      "case_reference varchar(200)");

  static final Duration CLAIM = Duration.ofMinutes(5);
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int BATCH = 50;

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> sender;
  private final ObjectProvider<UndeliveredEmails> undelivered;
  private final Duration giveUpAfter;
  private final Clock clock;
  /** One delivery at a time on this node: the background thread's and {@link #deliverDue()}'s. */
  private final ReentrantLock delivering = new ReentrantLock();
  private final AtomicBoolean woken = new AtomicBoolean();
  private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(work -> {
    Thread thread = new Thread(work, "mail-outbox");
    thread.setDaemon(true);
    return thread;
  });

  @Autowired
  public MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, ObjectProvider<UndeliveredEmails> undelivered,
      @Value("${coregroup.mail.outbox.poll:30s}") Duration poll,
      @Value("${coregroup.mail.outbox.give-up-after:2d}") Duration giveUpAfter) {
    this(jdbc, sender, undelivered, poll, giveUpAfter, Clock.systemUTC());
  }

  MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, ObjectProvider<UndeliveredEmails> undelivered,
      Duration poll, Duration giveUpAfter, Clock clock) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.undelivered = undelivered;
    this.giveUpAfter = giveUpAfter;
    this.clock = clock;
    jdbc.execute(CREATE_TABLE);
    LATER_COLUMNS.forEach(column -> jdbc.execute("alter table cg_mail_outbox add column if not exists " + column));
    jdbc.execute("create index if not exists cg_mail_outbox_due on cg_mail_outbox (next_attempt_at)");
    background.scheduleWithFixedDelay(this::deliverQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Queues the message to {@code recipient} (of case {@code caseReference}, null when it is of no
   * case), in the caller's transaction when there is one; it is sent once that commits (at once
   * when there is none).
   */
  public void enqueue(Recipient recipient, String caseReference, MimeMessage message) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      message.saveChanges();
      message.writeTo(bytes);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("The email to " + recipient.email() + " could not be written", e);
    }
    Instant now = now();
    jdbc.update("insert into cg_mail_outbox (id, recipient, recipient_name, recipient_user, case_reference, message, "
        + "queued_at, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)", ps -> {
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, recipient.email());
          ps.setString(3, recipient.name());
          ps.setString(4, recipient.userId());
          ps.setString(5, caseReference);
          ps.setBytes(6, bytes.toByteArray());
          ps.setObject(7, utc(now), Types.TIMESTAMP_WITH_TIMEZONE);
          ps.setObject(8, utc(now), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wake();
        }
      });
    } else {
      wake();
    }
  }

  /** Messages not yet sent (queued, or waiting to be tried again). */
  public int waiting() {
    return jdbc.queryForObject("select count(*) from cg_mail_outbox", Integer.class);
  }

  /**
   * Sends every message that is due, in this thread, after any delivery this node has under way
   * (the background thread calls it; a test calls it to read what has been sent, as it moves the
   * clock). Returns how many were sent.
   */
  public int deliverDue() {
    delivering.lock();
    try {
      JavaMailSender mail = sender.getIfAvailable();
      if (mail == null) {
        return 0;
      }
      int sent = 0;
      List<String> due;
      do {
        Instant now = now();
        // by the index on next_attempt_at: a new message's first attempt is when it was queued
        due = jdbc.queryForList("select id from cg_mail_outbox where next_attempt_at <= ? "
            + "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id fetch first " + BATCH + " rows only",
            String.class, utc(now), utc(now));
        sent += send(mail, due.stream().filter(id -> claim(id, now)).toList());
      } while (due.size() == BATCH);
      return sent;
    } finally {
      delivering.unlock();
    }
  }

  /** To the millisecond, as both databases store it (they round finer instants, which could put a row after now). */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Lets a sending under way finish (what is left is sent by the next node, or this one, that starts). */
  @PreDestroy
  void stop() {
    background.shutdown();
    try {
      if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
        background.shutdownNow();
      }
    } catch (InterruptedException e) {
      background.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** One look after however many commits came while none was waiting (a step queues one email per member). */
  private void wake() {
    if (!background.isShutdown() && woken.compareAndSet(false, true)) {
      background.execute(() -> {
        woken.set(false);
        deliverQuietly();
      });
    }
  }

  private void deliverQuietly() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // the database is away, say: the next look tries again
      LOG.warn("The mail outbox could not be read; trying again at the next look", e);
    }
  }

  /** Claimed by this node for {@link #CLAIM}, unless another node has it. */
  private boolean claim(String id, Instant now) {
    return jdbc.update("update cg_mail_outbox set claimed_until = ? where id = ? and (claimed_until is null or claimed_until < ?)",
        utc(now.plus(CLAIM)), id, utc(now)) == 1;
  }

  /**
   * Sends these claimed messages over one connection to the mail server (a connection per message
   * kept a bulk of mail hours behind) and removes each one sent; each one not sent is tried again
   * later, the others are sent all the same. Returns how many were sent.
   */
  private int send(JavaMailSender mail, List<String> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    List<Queued> stored = jdbc.query("select id, message, attempts, queued_at, recipient, recipient_name, recipient_user, "
        + "case_reference from cg_mail_outbox where id in (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")",
        (rs, row) -> new Queued(rs.getString(1), rs.getBytes(2), rs.getInt(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(),
            new Recipient(rs.getString(6), rs.getString(7), rs.getString(5)), rs.getString(8)), ids.toArray());
    Map<MimeMessage, Queued> messages = new LinkedHashMap<>();
    for (Queued queued : stored) {
      try {
        messages.put(mail.createMimeMessage(new ByteArrayInputStream(queued.message())), queued);
      } catch (MailException e) {
        retryLater(queued.id(), queued.attempts() + 1, e);
      }
    }
    Map<Object, Exception> failed = new HashMap<>();
    try {
      mail.send(messages.keySet().toArray(new MimeMessage[0]));
    } catch (MailException e) {
      // Spring names the messages that failed; without names (the server refused the login, say) none went
      if (e instanceof MailSendException partly && !partly.getFailedMessages().isEmpty()) {
        failed.putAll(partly.getFailedMessages());
      } else {
        messages.keySet().forEach(message -> failed.put(message, e));
      }
    }
    int sent = 0;
    for (Map.Entry<MimeMessage, Queued> message : messages.entrySet()) {
      Queued queued = message.getValue();
      Exception problem = failed.get(message.getKey());
      if (problem != null) {
        failed(queued, message.getKey(), problem);
      } else {
        jdbc.update("delete from cg_mail_outbox where id = ?", queued.id());
        sent++;
      }
    }
    return sent;
  }

  private record Queued(String id, byte[] message, int attempts, Instant queuedAt, Recipient to, String caseReference) {
  }

  /**
   * A message the server would not take: tried again later, unless the server refused its address
   * for good (a permanent SMTP reply, 5xx) or it has been failing for {@code give-up-after}; then
   * the case's key worker is told ({@link UndeliveredEmails}) and it is removed. If telling fails,
   * it is kept and tried again, so it is never dropped unnoticed.
   */
  private void failed(Queued queued, MimeMessage message, Exception problem) {
    boolean refused = refusedForGood(problem);
    if (!refused && now().isBefore(queued.queuedAt().plus(giveUpAfter))) {
      retryLater(queued.id(), queued.attempts() + 1, problem);
      return;
    }
    UndeliveredEmail email = UndeliveredEmail.of(queued.caseReference(), queued.to(), message, queued.queuedAt(), refused,
        innermost(problem));
    UndeliveredEmails reporter = undelivered.getIfAvailable();
    try {
      if (reporter != null) {
        reporter.report(email);
      }
    } catch (RuntimeException e) {
      LOG.error("An email that could not be delivered could not be reported; it is kept and tried again", e);
      retryLater(queued.id(), queued.attempts() + 1, problem);
      return;
    }
    jdbc.update("delete from cg_mail_outbox where id = ?", queued.id());
    LOG.error("The email to {} of case {} ({}) could not be delivered (attempts: {}) and is no longer tried{}: {}",
        email.to().email(), email.caseReference(), email.subject(), queued.attempts() + 1,
        reporter == null ? "" : "; the key worker has been asked to pass it on", email.serverReply());
  }

  /** The server refused the recipient's address (a 5xx reply to it): trying again would not help. */
  static boolean refusedForGood(Throwable problem) {
    return causes(problem).stream().anyMatch(each -> each instanceof SendFailedException refused
        && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
  }

  /** The words of the innermost cause: the server's own reply ("550 5.1.1 No such mailbox"), say. */
  private static String innermost(Throwable problem) {
    List<Throwable> chain = causes(problem);
    return String.valueOf(chain.get(chain.size() - 1).getMessage()).strip();
  }

  /** The problem and its causes, JavaMail's "next exception" among them, at most ten deep. */
  private static List<Throwable> causes(Throwable problem) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable each = problem; each != null && chain.size() < 10; ) {
      chain.add(each);
      each = each instanceof MessagingException messaging && messaging.getNextException() != null
          ? messaging.getNextException() : each.getCause();
    }
    return chain;
  }


  private void retryLater(String id, int tried, Exception e) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(tried - 1, 6));
    if (wait.compareTo(LONGEST_RETRY) > 0) {
      wait = LONGEST_RETRY;
    }
    String error = innermost(e);
    jdbc.update("update cg_mail_outbox set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?",
        tried, utc(now().plus(wait)), error.length() > 1000 ? error.substring(0, 1000) : error, id);
    LOG.warn("An email could not be sent (attempt {}); it is tried again in {} minutes: {}", tried, wait.toMinutes(), error);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
}
