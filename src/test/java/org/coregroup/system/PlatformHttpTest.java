package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.coregroup.testing.Http;

/**
 * What the port offers besides the webapps and the engine REST API, as an anonymous caller, a
 * monitoring probe and a careless or hostile uploader meet it (findings 9 and 10 of the trust
 * issue): health without details, nothing else of Actuator, no server error for {@code /error},
 * and no upload larger than 10 MB.
 */
@CoreGroupTest
class PlatformHttpTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  @DisplayName("Anyone may ask whether the application is alive and ready, and learns nothing else")
  void healthWithoutDetails() throws Exception {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> response = get(probe, null);
      assertThat(response.statusCode()).as(probe).isEqualTo(200);
      JsonNode health = JSON.readTree(response.body());
      assertThat(health.get("status").asText()).isEqualTo("UP");
      // no components (database, engine) and no details; the overall health names its two probes
      assertThat(health.has("components")).as(probe).isFalse();
      assertThat(health.has("details")).as(probe).isFalse();
    }
    // not even an administrator sees more
    assertThat(get("/actuator/health/readiness", "admin:Demo-pass-1").body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  @DisplayName("No other Actuator endpoint is there, for anyone")
  void nothingElseOfActuator() throws Exception {
    for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
        "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump", "/actuator/mappings",
        "/actuator/configprops", "/actuator/health/db"}) {
      assertThat(get(endpoint, null).statusCode()).as(endpoint).isEqualTo(404);
      assertThat(get(endpoint, "admin:Demo-pass-1").statusCode()).as(endpoint).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("An anonymous GET /error is 'not found', not a server error")
  void errorPageIsNotAServerError() throws Exception {
    Http anonymous = Http.anonymous(port);
    HttpResponse<String> page = anonymous.send(anonymous.request("/error").header("Accept", "text/html").GET());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
    HttpResponse<String> json = get("/error", null);
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).doesNotContain("trace");
    // and a page that is not there is still 'not found'
    assertThat(get("/no-such-page", null).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("A 30 MB attachment is refused with 413 and a plain message before it is sent, and the task gets no attachment")
  void largeUploadRefused() throws Exception {
    Task task = taskOf("helen.health");
    long size = 30L * 1024 * 1024;
    String response;
    // A raw connection, to see what the server answers before the body: it must not read 30 MB to refuse them.
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /engine-rest/task/" + task.getId() + "/attachment/create HTTP/1.1\r\n"
          + "Host: localhost\r\n"
          + "Authorization: Basic " + Http.authorization("helen.health:Demo-pass-1").substring("Basic ".length()) + "\r\n"
          + "Content-Type: multipart/form-data; boundary=upload\r\n"
          + "Content-Length: " + size + "\r\n\r\n"
          + "--upload\r\nContent-Disposition: form-data; name=\"content\"; filename=\"report.pdf\"\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      response = readResponse(socket.getInputStream());
    }

    assertThat(response).startsWith("HTTP/1.1 413");
    JsonNode refusal = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(refusal.get("message").asText())
        .isEqualTo("The upload is too large: at most 10 MB can be sent at once. Attach a smaller file, or split it.");
    assertThat(tasks.getTaskAttachments(task.getId())).isEmpty();
    tasks.deleteTask(task.getId(), true);
  }

  @Test
  @DisplayName("A 30 MB attachment sent in chunks, without a length, is refused with 413 too, and the task gets no attachment")
  void largeChunkedUploadRefused() throws Exception {
    Task task = taskOf("admin");
    String response;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /engine-rest/task/" + task.getId() + "/attachment/create HTTP/1.1\r\n"
          + "Host: localhost\r\n"
          + "Authorization: " + Http.authorization("admin:Demo-pass-1") + "\r\n"
          + "Content-Type: multipart/form-data; boundary=upload\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // the body in 64 KB chunks, from another thread: the server stops reading at 10 MB
      Thread sender = new Thread(() -> {
        byte[] chunk = new byte[64 * 1024];
        try {
          for (int sent = 0; sent < 30 * 16; sent++) {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException closedByTheServer) {
          // expected once the server has answered
        }
      });
      sender.setDaemon(true);
      sender.start();
      response = readResponse(socket.getInputStream());
    }

    assertThat(response).startsWith("HTTP/1.1 413");
    JsonNode refusal = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(refusal.get("message").asText())
        .isEqualTo("The upload is too large: at most 10 MB can be sent at once. Attach a smaller file, or split it.");
    assertThat(tasks.getTaskAttachments(task.getId())).isEmpty();
    tasks.deleteTask(task.getId(), true);
  }

  @Test
  @DisplayName("A small attachment sent in chunks is kept whole")
  void smallChunkedUploadKept() throws Exception {
    Task task = taskOf("admin");
    byte[] body = ("--upload\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nreport.txt\r\n"
        + "--upload\r\nContent-Disposition: form-data; name=\"content\"; filename=\"report.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nThe school saw Amy on Monday.\r\n--upload--\r\n").getBytes(StandardCharsets.UTF_8);
    Http admin = Http.basic(port, "admin:Demo-pass-1");
    HttpResponse<String> response = admin.send(admin.request("/engine-rest/task/" + task.getId() + "/attachment/create")
        .header("Content-Type", "multipart/form-data; boundary=upload")
        // a stream of unknown length: the client sends it in chunks
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var attachments = tasks.getTaskAttachments(task.getId());
    assertThat(attachments).hasSize(1);
    assertThat(new String(tasks.getAttachmentContent(attachments.get(0).getId()).readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("The school saw Amy on Monday.");
    tasks.deleteTask(task.getId(), true);
  }

  /** One HTTP response with a Content-Length, without waiting for the connection to close. */
  static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return read.toString(StandardCharsets.UTF_8);
      }
      read.write(b);
      String text = read.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, end));
        if (!length.find() || text.length() - end - 4 >= Integer.parseInt(length.group(1))) {
          return text;
        }
      }
    }
  }

  /** A task of this user's own, outside any case. */
  Task taskOf(String user) {
    Task task = tasks.newTask();
    task.setName("Read the report");
    task.setAssignee(user);
    tasks.saveTask(task);
    return task;
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return Http.basic(port, user).get(path);
  }
}
