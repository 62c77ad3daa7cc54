package org.coregroup.input;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A client of the running product as a person or a program uses it: {@link #rest} sends HTTP
 * Basic to {@code /engine-rest}; {@link #tasklist} logs in to the webapps as Tasklist does
 * (session cookie and CSRF token) and calls {@code /camunda/api/engine/engine/default/...}.
 */
public final class Http {

  /** The demo users' password (system.DemoUsers). */
  public static final String PASSWORD = "Demo-pass-1";

  private final int port;
  private final String basic;
  private final HttpClient client;
  private final CookieManager cookies;
  private String csrf;

  private Http(int port, String basic, CookieManager cookies) {
    this.port = port;
    this.basic = basic;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  public static Http rest(int port, String user) {
    return new Http(port, "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), null);
  }

  /** Logged in to Tasklist as {@code user}. */
  public static Http tasklist(int port, String user) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    Http http = new Http(port, null, cookies);
    http.client.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    http.csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no CSRF token"));
    HttpResponse<String> login = http.client.send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", http.csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + user + " failed: " + login.statusCode() + " " + login.body());
    }
    // The login starts a new session, which gets its own token on its first request.
    http.client.send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    http.csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(http.csrf);
    return http;
  }

  /** The engine API's root: {@code /engine-rest} or the webapps' {@code /camunda/api/engine/engine/default}. */
  public String api() {
    return basic != null ? "/engine-rest" : "/camunda/api/engine/engine/default";
  }

  public HttpResponse<String> post(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(api() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(api() + path)).GET());
  }

  /** Starts a process as a start form is submitted: {@code {"variables": {...}}}. */
  public HttpResponse<String> submitStartForm(String key, String variablesJson) throws Exception {
    return post("/process-definition/key/" + key + "/submit-form", "{\"variables\": " + variablesJson + "}");
  }

  public HttpResponse<String> submitTaskForm(String taskId, String variablesJson) throws Exception {
    return post("/task/" + taskId + "/submit-form", "{\"variables\": " + variablesJson + "}");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf).header("Origin", "http://localhost:" + port)
          .header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/");
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
