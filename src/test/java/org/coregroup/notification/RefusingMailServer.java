package org.coregroup.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (SubEthaSMTP) on a free loopback port that answers one address with a reply
 * code of the test's choosing (550 "no such mailbox", 450 "busy") and takes every other one,
 * noting whom it took. GreenMail, the tests' usual server, takes every address.
 */
public final class RefusingMailServer implements AutoCloseable {

  private final SMTPServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();

  public RefusingMailServer(String address, int code, String reply) {
    server = SMTPServer.port(freePort()).bindAddress(InetAddress.getLoopbackAddress())
        .messageHandlerFactory(context -> new MessageHandler() {
          @Override
          public void from(String from) {
          }

          @Override
          public void recipient(String recipient) throws RejectException {
            if (recipient.equalsIgnoreCase(address)) {
              throw new RejectException(code, reply);
            }
            received.add(recipient);
          }

          @Override
          public String data(InputStream data) throws IOException {
            data.readAllBytes();
            return null;
          }

          @Override
          public void done() {
          }
        }).build();
    server.start();
  }

  public int port() {
    return server.getPortAllocated();
  }

  /** The addresses it took mail for. */
  public List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the refusing SMTP server", e);
    }
  }
}
