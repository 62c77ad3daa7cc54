package org.coregroup.testing;

import java.io.IOException;
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
 * The one HTTP client of the running product that tests use, as a person or a program meets it:
 * <ul>
 * <li>{@link #rest} / {@link #basic}: HTTP Basic on every request (to {@code /engine-rest}, {@code /audit}, ...);
 * <li>{@link #anonymous}: no credentials;
 * <li>{@link #tasklist}: logged in to the webapps as Tasklist does (session cookie, CSRF token, Tasklist as
 * the referring page), calling {@code /camunda/api/engine/engine/default/...}; {@link #browser}: the same
 * cookie-keeping client before anyone logs in.
 * </ul>
 * {@link #send} and {@link #get} take a path from the server's root; {@link #call} and the form
 * submissions take a path under the client's engine API ({@link #api()}).
 */
public final class Http {

  /** The demo users' password (system.DemoUsers). */
  public static final String PASSWORD = "Demo-pass-1";
  private static final HttpClient SHARED = HttpClient.newHttpClient();
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final int port;
  private final String authorization;
  private final HttpClient client;
  private final CookieManager cookies;

  private Http(int port, String authorization, CookieManager cookies) {
    this.port = port;
    this.authorization = authorization;
    this.cookies = cookies;
    this.client = cookies == null ? SHARED : HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** HTTP Basic as {@code user} with the demo password. */
  public static Http rest(int port, String user) {
    return basic(port, user + ":" + PASSWORD);
  }

  /** HTTP Basic with {@code credentials} ({@code "user:password"}) as given; none if null. */
  public static Http basic(int port, String credentials) {
    return new Http(port, credentials == null ? null : authorization(credentials), null);
  }

  /** No credentials at all. */
  public static Http anonymous(int port) {
    return new Http(port, null, null);
  }

  /** The {@code Authorization} header's value for {@code "user:password"}. */
  public static String authorization(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** A browser that keeps cookies and has opened Tasklist's page, logged in as nobody yet. */
  public static Http browser(int port) throws IOException, InterruptedException {
    Http http = new Http(port, null, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    http.client.send(http.request(TASKLIST).GET().build(), HttpResponse.BodyHandlers.discarding());
    return http;
  }

  /** Logged in to Tasklist as {@code user} with the demo password. */
  public static Http tasklist(int port, String user) throws IOException, InterruptedException {
    return tasklist(port, user, PASSWORD);
  }

  /** Logged in to Tasklist as {@code user}, as the login page does it; fails the test if the login fails. */
  public static Http tasklist(int port, String user, String password) throws IOException, InterruptedException {
    Http http = browser(port);
    HttpResponse<String> login = http.client.send(http.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", http.csrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + user + " failed: " + login.statusCode() + " " + login.body());
    }
    // The login starts a new session, which gets its own token on its first request.
    http.client.send(http.request("/camunda/api/admin/auth/user/default").GET().build(), HttpResponse.BodyHandlers.discarding());
    return http;
  }

  /** The engine API's root: {@code /engine-rest}, or the webapps' {@code /camunda/api/engine/engine/default} when logged in. */
  public String api() {
    return cookies == null ? "/engine-rest" : "/camunda/api/engine/engine/default";
  }

  /** A request to {@code apiPath} under {@link #api()}; {@code json} null sends no body. */
  public HttpResponse<String> call(String method, String apiPath, String json) throws IOException, InterruptedException {
    return send(method, api() + apiPath, json);
  }

  /** Starts a process as a start form is submitted: {@code {"variables": {...}}}. */
  public HttpResponse<String> submitStartForm(String key, String variablesJson) throws IOException, InterruptedException {
    return call("POST", "/process-definition/key/" + key + "/submit-form", "{\"variables\": " + variablesJson + "}");
  }

  public HttpResponse<String> submitTaskForm(String taskId, String variablesJson) throws IOException, InterruptedException {
    return call("POST", "/task/" + taskId + "/submit-form", "{\"variables\": " + variablesJson + "}");
  }

  /** GET {@code path} from the server's root. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  /** GET {@code path} from the server's root, the body as bytes (a PDF, say). */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * {@code method} on {@code path} from the server's root, with {@code json} as the body
   * ({@code Content-Type: application/json} on a body and on every POST and PUT).
   */
  public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path);
    if (json != null || method.equals("POST") || method.equals("PUT")) {
      request.header("Content-Type", "application/json");
    }
    return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Sends a request built by the test, adding this client's credentials: the Authorization
   * header, or the session's CSRF token with Tasklist as the origin and referring page (unless
   * the request names its own {@code Referer}).
   */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (cookies != null) {
      request.header("X-XSRF-TOKEN", csrf()).header("Origin", origin());
      HttpRequest built = request.build();
      if (built.headers().firstValue("Referer").isEmpty()) {
        request.header("Referer", origin() + TASKLIST);
      }
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request builder for {@code path} from the server's root; send it with {@link #send(HttpRequest.Builder)}. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin() + path));
  }

  /** The session's current CSRF token, "" before the first page. */
  public String csrf() {
    return cookie("XSRF-TOKEN");
  }

  /** The value of the cookie {@code name} this browser holds ({@code JSESSIONID}: the webapps' session), "" if none. */
  public String cookie(String name) {
    return cookies == null ? "" : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
