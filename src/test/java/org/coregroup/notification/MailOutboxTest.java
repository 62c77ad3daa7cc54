package org.coregroup.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0037: the outbox on a database of its own (H2 in memory) and a real SMTP server (GreenMail),
 * with Spring's transactions as the engine runs them, and a clock the test moves.
 */
class MailOutboxTest {

  private static final String CASE = "CP-2026-0042";
  private static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

  private final MovableClock clock = new MovableClock();
  /** What the outbox reported as undelivered (in the product: the key worker's task). */
  private final List<UndeliveredEmail> reports = new CopyOnWriteArrayList<>();
  private volatile boolean reportingFails;
  private GreenMail smtp;
  private JavaMailSenderImpl sender;
  private JdbcTemplate jdbc;
  private TransactionTemplate transaction;
  private MailOutbox outbox;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(db);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(db));
    outbox = node();
  }

  @AfterEach
  void stop() {
    outbox.stop();
    smtp.stop();
  }

  @Test
  @DisplayName("ADR 0037: an email written by a step that rolls back is never sent")
  void rolledBackStepSendsNothing() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Minutes of the meeting"));
      throw new IllegalStateException("the step failed after writing its email");
    })).hasMessageContaining("the step failed");

    assertThat(outbox.deliverDue()).isZero();
    assertThat(outbox.waiting()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  @DisplayName("ADR 0037: nothing leaves before the step commits; once it has, the email is sent by the background thread")
  void sentAfterCommit() throws MessagingException {
    transaction.executeWithoutResult(status -> {
      outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Minutes of the meeting"));
      assertThat(smtp.getReceivedMessages()).as("before the commit").isEmpty();
    });

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("sent after the commit, without being asked").isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Minutes of the meeting");
    assertThat(received.getAllRecipients()[0]).hasToString("helen@example.org");
  }

  @Test
  @DisplayName("ADR 0037: an SMTP server that is down loses nothing: the email waits a minute, then is sent")
  void smtpDownIsTriedAgain() {
    outbox.stop(); // this test sends itself, as the clock moves
    sender.setPort(freePort()); // nobody listens there
    outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Meeting moved"));
    assertThat(outbox.deliverDue()).as("tried, and failed").isZero();
    assertThat(outbox.waiting()).as("kept").isEqualTo(1);
    assertThat(jdbc.queryForObject("select attempts from cg_mail_outbox", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select last_error from cg_mail_outbox", String.class)).isNotBlank();

    sender.setPort(smtp.getSmtp().getPort()); // the server is back
    assertThat(outbox.deliverDue()).as("not before its minute").isZero();
    clock.move(MailOutbox.FIRST_RETRY);
    assertThat(outbox.deliverDue()).isEqualTo(1);
    assertThat(outbox.waiting()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  @DisplayName("ADR 0037: a bulk of mail (more than one batch) all leaves at one look, and an email the server cannot take waits while the others go")
  void bulkLeavesTogetherAndOneRefusalHoldsNoneBack() throws MessagingException {
    outbox.stop(); // this test sends itself
    MimeMessage noRecipient = sender.createMimeMessage();
    new MimeMessageHelper(noRecipient, false, "UTF-8").setSubject("Lost its address");
    noRecipient.setFrom(Mail.FROM);
    noRecipient.setText("Hello");
    outbox.enqueue(to("nobody@example.org"), CASE, noRecipient);
    for (int i = 0; i < 120; i++) {
      outbox.enqueue(to("member" + i + "@example.org"), CASE, message("member" + i + "@example.org", "Core group invitation " + i));
    }

    assertThat(outbox.deliverDue()).isEqualTo(120);
    assertThat(smtp.getReceivedMessages()).hasSize(120);
    assertThat(outbox.waiting()).as("the one the server could not take").isEqualTo(1);
    assertThat(jdbc.queryForObject("select recipient from cg_mail_outbox where attempts = 1", String.class))
        .isEqualTo("nobody@example.org");
  }

  @Test
  @DisplayName("ADR 0037, two nodes: an email another node has claimed is not sent twice; if that node dies, another sends it once its claim runs out")
  void claimedByAnotherNode() {
    String id = queueAsAnotherNodeWouldHave();
    jdbc.update("update cg_mail_outbox set claimed_until = ? where id = ?",
        clock.instant().plus(MailOutbox.CLAIM).atOffset(ZoneOffset.UTC), id);

    assertThat(outbox.deliverDue()).as("while the other node has it").isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    clock.move(MailOutbox.CLAIM.plusSeconds(1));
    assertThat(outbox.deliverDue()).as("the other node died holding it").isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(outbox.waiting()).isZero();
  }

  @Test
  @DisplayName("ADR 0037: what a stopped node had queued is sent by the next node that looks")
  void queuedByAStoppedNode() {
    outbox.stop();
    queueAsAnotherNodeWouldHave();

    MailOutbox next = node();
    try {
      assertThat(next.deliverDue()).isEqualTo(1);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      next.stop();
    }
  }

  @Test
  @DisplayName("ADR 0038, R21: an address the mail server refuses for good is not tried again; the email is reported for its case and the others go")
  void refusedAddressIsReportedNotRetried() throws MessagingException {
    outbox.stop(); // this test sends itself
    RefusingMailServer refusing = refusingServer("gone@example.org", 550, "5.1.1 No such mailbox");
    try {
      outbox.enqueue(new Recipient("Gina Gone", "gina.gone", "gone@example.org"), CASE,
          message("gone@example.org", "Core group for Sam: minutes of the meeting of 3 March 2026"));
      outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Core group for Sam: minutes"));

      assertThat(outbox.deliverDue()).as("the other member's").isEqualTo(1);
      assertThat(outbox.waiting()).as("not kept to be tried again").isZero();
      assertThat(reports).singleElement().satisfies(report -> {
        assertThat(report.caseReference()).isEqualTo(CASE);
        assertThat(report.to()).isEqualTo(new Recipient("Gina Gone", "gina.gone", "gone@example.org"));
        assertThat(report.subject()).isEqualTo("Core group for Sam: minutes of the meeting of 3 March 2026");
        assertThat(report.refused()).isTrue();
        assertThat(report.serverReply()).contains("No such mailbox");
      });
    } finally {
      refusing.close();
    }
  }

  @Test
  @DisplayName("ADR 0038, R21: a mailbox the server cannot take mail for now (a 4xx reply) is tried again, not reported")
  void mailboxBusyIsTriedAgain() {
    outbox.stop();
    RefusingMailServer busy = refusingServer("helen@example.org", 450, "4.2.1 Mailbox busy, try later");
    try {
      outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Meeting moved"));
      assertThat(outbox.deliverDue()).isZero();
      assertThat(outbox.waiting()).isEqualTo(1);
      assertThat(reports).isEmpty();
    } finally {
      busy.close();
    }
  }

  @Test
  @DisplayName("ADR 0038, R21: an email the mail server cannot take for two days is given up and reported, not tried every hour for ever")
  void givenUpAfterTwoDays() {
    outbox.stop();
    sender.setPort(freePort()); // nobody listens there
    outbox.enqueue(to("helen@example.org"), CASE, message("helen@example.org", "Meeting moved"));
    assertThat(outbox.deliverDue()).isZero();

    clock.move(GIVE_UP_AFTER.minusHours(1));
    assertThat(outbox.deliverDue()).isZero();
    assertThat(outbox.waiting()).as("still tried within the two days").isEqualTo(1);
    assertThat(reports).isEmpty();

    clock.move(Duration.ofHours(1));
    assertThat(outbox.deliverDue()).isZero();
    assertThat(outbox.waiting()).as("given up").isZero();
    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.refused()).isFalse();
      assertThat(report.to().email()).isEqualTo("helen@example.org");
      assertThat(report.subject()).isEqualTo("Meeting moved");
    });
  }

  @Test
  @DisplayName("ADR 0038, R21: an undelivered email whose report fails (the database away, say) is kept, and reported at its next attempt")
  void reportThatFailsKeepsTheEmail() {
    outbox.stop();
    RefusingMailServer refusing = refusingServer("gone@example.org", 550, "5.1.1 No such mailbox");
    try {
      outbox.enqueue(to("gone@example.org"), CASE, message("gone@example.org", "Core group invitation"));
      reportingFails = true;
      assertThat(outbox.deliverDue()).isZero();
      assertThat(outbox.waiting()).as("kept, as nobody has been told").isEqualTo(1);

      reportingFails = false;
      clock.move(MailOutbox.FIRST_RETRY);
      outbox.deliverDue();
      assertThat(outbox.waiting()).isZero();
      assertThat(reports).hasSize(1);
    } finally {
      refusing.close();
    }
  }

  private MailOutbox node() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("sender", sender);
    return new MailOutbox(jdbc, beans.getBeanProvider(JavaMailSender.class), reported(), Duration.ofHours(1), GIVE_UP_AFTER, clock);
  }

  private ObjectProvider<UndeliveredEmails> reported() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("undelivered", (UndeliveredEmails) email -> {
      if (reportingFails) {
        throw new IllegalStateException("the database went away");
      }
      reports.add(email);
    });
    return beans.getBeanProvider(UndeliveredEmails.class);
  }

  private static Recipient to(String email) {
    return new Recipient(null, null, email);
  }

  /** A server refusing {@code address} with {@code code}, which the outbox's sender now uses. */
  private RefusingMailServer refusingServer(String address, int code, String reply) {
    RefusingMailServer server = new RefusingMailServer(address, code, reply);
    sender.setPort(server.port());
    return server;
  }

  /** A row as an outbox writes it, without waking this node (another node wrote it); its id. */
  private String queueAsAnotherNodeWouldHave() {
    MailOutbox writer = new MailOutbox(jdbc, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        reported(), Duration.ofHours(1), GIVE_UP_AFTER, clock);
    writer.stop();
    writer.enqueue(to("paul@example.org"), CASE, message("paul@example.org", "Core group invitation"));
    return jdbc.queryForObject("select id from cg_mail_outbox where recipient = 'paul@example.org'", String.class);
  }

  private MimeMessage message(String to, String subject) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(Mail.FROM);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText("Hello");
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** UTC, from now, moved by the test. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
