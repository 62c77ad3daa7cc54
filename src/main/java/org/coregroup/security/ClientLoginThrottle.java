package org.coregroup.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coregroup.calendar.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Slows one client that tries many accounts (ADR 0017): Camunda delays each account after a
 * wrong password, but a client guessing one password on every account meets no delay. When
 * logins from one address have failed for {@code accounts} different accounts within
 * {@code window}, every login from that address is refused with 429 for {@code wait} after its
 * last failure, without asking the engine (refused attempts do not count). Each further failure
 * there starts the wait again; a practitioner sharing the address waits at most {@code wait}
 * after the attacker stops. Counts both logins: the webapps' form and HTTP Basic on the APIs.
 * Time is the engine's clock, so tests move it instead of waiting.
 */
class ClientLoginThrottle extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ClientLoginThrottle.class);
  private static final int MAX_ADDRESSES = 10_000;

  private record Failure(String account, long at) {
  }

  private final int accounts;
  private final long window;
  private final long wait;
  private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

  ClientLoginThrottle(int accounts, Duration window, Duration wait) {
    this.accounts = accounts;
    this.window = window.toMillis();
    this.wait = wait.toMillis();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean formLogin = isFormLogin(request);
    String account = formLogin ? "" : basicUser(request);
    if (account == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    long now = EngineClock.now().getTime();
    long waitUntil = blockedUntil(address, now);
    if (waitUntil > now) {
      long seconds = Math.max(1, (waitUntil - now + 999) / 1000);
      LOG.warn("Refused a login from {}: failed logins for {} or more accounts from there", address, accounts);
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"TooManyLogins\",\"message\":\"" + message(seconds) + "\"}");
      return;
    }
    // The login form is read by Camunda (Jersey); reading its parameters here would take the
    // body from it, so the user name is read afterwards from what Jersey read.
    HttpServletRequest passed = formLogin ? new ContentCachingRequestWrapper(request, 4096) : request;
    chain.doFilter(passed, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(address, formLogin ? formUser((ContentCachingRequestWrapper) passed) : account, now);
    }
  }

  private static String formUser(ContentCachingRequestWrapper request) {
    String body = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals("username")) {
        try {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).trim();
        } catch (IllegalArgumentException badEncoding) {
          return pair.substring(equals + 1);
        }
      }
    }
    return "";
  }

  static String message(long seconds) {
    long minutes = (seconds + 59) / 60;
    return "Too many failed logins from this computer, for different accounts. Wait " + minutes
        + (minutes == 1 ? " minute" : " minutes") + " and try again. If this keeps happening, tell your administrator.";
  }

  /** The webapps' login form ({@code POST .../api/admin/auth/user/{engine}/login/{app}}). */
  static boolean isFormLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && path.matches(".*/api/admin/auth/user/[^/]+/login/[^/]+");
  }

  /** The user an HTTP Basic login names; null without one. */
  static String basicUser(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException notBase64) {
        return "";
      }
    }
    return null;
  }

  private long blockedUntil(String address, long now) {
    Deque<Failure> recent = failures.get(address);
    if (recent == null) {
      return 0;
    }
    synchronized (recent) {
      forgetOld(recent, now);
      Set<String> distinct = new HashSet<>();
      long last = 0;
      for (Failure failure : recent) {
        distinct.add(failure.account());
        last = Math.max(last, failure.at());
      }
      return distinct.size() >= accounts ? last + wait : 0;
    }
  }

  private void failed(String address, String account, long now) {
    if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
      failures.clear(); // a flood of addresses: start again rather than grow without end
    }
    Deque<Failure> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      recent.addLast(new Failure(account, now));
      if (recent.size() > 10 * accounts) {
        recent.removeFirst();
      }
    }
  }

  private void forgetOld(Deque<Failure> recent, long now) {
    while (!recent.isEmpty() && recent.peekFirst().at() < now - window) {
      recent.removeFirst();
    }
  }

  /** Forgets every failure (for an administrator's restart, and for tests). */
  void forget() {
    failures.clear();
  }
}
