package org.coregroup.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built jar in a JVM of its own, exactly as {@code java -jar} runs it, for the tests that
 * kill a real JVM (failsafe's {@code *IT} classes): started with the given command-line
 * arguments on a free port, handed back once its readiness probe says UP.
 *
 * <p>Run by failsafe after {@code package} ({@code -Dcoregroup.jar} names the jar). The JVM
 * gets none of the build's {@code SPRING_*}, {@code CAMUNDA_*}, {@code DB_*} or {@code ADMIN_*}
 * environment: what it runs with is what the test passes. Each start logs to
 * {@code target/product-jar/<name>.log}.
 */
public final class ProductJar {

  public static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ProductJar() {
  }

  /** A running JVM of the jar: its process, its HTTP port and its log. */
  public record Running(String name, Process process, int port, Path log) {

    /** {@code kill -9}: the JVM dies at once, in the middle of whatever it was doing. */
    public void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    /** A clean shutdown (SIGTERM), as an orchestrator stops a node. */
    public void stop() throws InterruptedException {
      process.destroy();
      process.waitFor();
    }

    /** Sends a Unix signal ({@code STOP}, {@code CONT}, ...) to the JVM. */
    public void signal(String signal) throws IOException, InterruptedException {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
      }
    }
  }

  /** Starts the jar as {@code name} with {@code arguments} (e.g. {@code --spring.profiles.active=postgres}) and waits until it is ready. */
  public static Running start(String name, List<String> arguments) throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path jar = Path.of(System.getProperty("coregroup.jar", "target/core-group-0.1.0-SNAPSHOT.jar"));
    if (!Files.exists(jar)) {
      throw new AssertionError("The built jar " + jar + " is missing (failsafe runs after package)");
    }
    Path log = Path.of("target", "product-jar", name + ".log");
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=Europe/London", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("CAMUNDA_")
        || key.startsWith("DB_") || key.startsWith("ADMIN_"));
    Process process = builder.start();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped while starting (see " + log + ")");
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return new Running(name, process, port, log);
        }
      } catch (ConnectException | HttpTimeoutException notYet) {
        // the port is not open yet
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new AssertionError(name + " did not become ready within " + START_TIMEOUT + " (see " + log + ")");
  }
}
