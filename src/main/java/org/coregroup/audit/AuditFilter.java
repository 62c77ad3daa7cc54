package org.coregroup.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.coregroup.audit.AuditEvent.Action;
import org.coregroup.audit.AuditedRequest.Resource;
import org.coregroup.calendar.EngineClock;
import org.coregroup.identity.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records each request of an authenticated person that touches a case's records through the
 * engine REST API or the webapps (Tasklist, Cockpit): one row per case touched, written after
 * the request was answered, with its status. It runs inside the authentication filters, where
 * the engine knows who is asking; requests without a person (the product's own work, failed
 * logins) are not recorded (ADR 0013).
 */
class AuditFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  /** Bodies larger than this are still passed on whole; only their field names go unrecorded. */
  private static final int BODY_LIMIT = 1024 * 1024;
  /** Answers of lists larger than this are recorded with their query only. */
  private static final int LIST_LIMIT = 4 * 1024 * 1024;

  private final IdentityService identity;
  private final CaseResolver cases;
  private final AuditLog log;
  private final ObjectMapper json;

  AuditFilter(IdentityService identity, CaseResolver cases, AuditLog log, ObjectMapper json) {
    this.json = json;
    this.identity = identity;
    this.cases = cases;
    this.log = log;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String userId = request instanceof HttpServletRequest http ? currentUser(http) : null;
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletRequest passed = hasJsonBody(http) ? new ContentCachingRequestWrapper(http, BODY_LIMIT) : http;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    // A list of case records is recorded with the cases in its answer, so the answer is kept too.
    ContentCachingResponseWrapper answer = AuditedRequest.listing(http.getMethod(), path).isPresent()
        ? new ContentCachingResponseWrapper((HttpServletResponse) response) : null;
    // when she asked (the engine answers before the row is written)
    var at = EngineClock.now().toInstant();
    int status = 500;
    try {
      chain.doFilter(passed, answer != null ? answer : response);
      status = ((HttpServletResponse) response).getStatus();
    } finally {
      byte[] listed = null;
      if (answer != null) {
        status = answer.getStatus();
        listed = answer.getContentAsByteArray();
      }
      try {
        record(userId, passed, status, listed, at);
      } catch (RuntimeException e) {
        // A failure to record must be seen by operators, not by the user.
        LOG.error("Could not record a request of {} in the audit trail: {} {}", userId,
            http.getMethod(), http.getRequestURI(), e);
      }
      // A list reaches her only once its row is written: whoever reads the trail next sees it.
      if (answer != null) {
        answer.copyBodyToResponse();
      }
    }
  }

  /**
   * The person asking: on {@code /engine-rest} the engine knows her (its login filter has run);
   * on the webapps' API her login is in the session, read before their filters run.
   */
  private String currentUser(HttpServletRequest request) {
    var engineLogin = identity.getCurrentAuthentication();
    if (engineLogin != null && engineLogin.getUserId() != null) {
      return engineLogin.getUserId();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/camunda/api/") ? SignedInUser.userId(request, AuditedRequest.engineName(path)) : null;
  }

  private void record(String userId, HttpServletRequest request, int status, byte[] listed, java.time.Instant at) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var audited = AuditedRequest.of(request.getMethod(), path, request.getParameterMap(), body(request));
    if (audited.isEmpty()) {
      var listing = AuditedRequest.listing(request.getMethod(), path);
      if (listing.isPresent()) {
        recordList(userId, request, path, listing.get(), status, listed, at);
      }
      return;
    }
    AuditedRequest touched = audited.get();
    String channel = channel(path, request.getHeader("Referer"));

    // case reference -> what was touched of it; insertion order keeps the path's resource first
    Map<String, String> byCase = new LinkedHashMap<>();
    String label = null;
    if (touched.resource() != null) {
      CaseResolver.Found found = cases.resolve(touched.resource());
      label = found.label();
      byCase.put(key(found.caseReference()), describe(touched, label));
    }
    if (touched.startedDefinition() != null) {
      label = "process '" + cases.definitionName(touched.startedDefinition()) + "'";
    }
    for (String reference : touched.caseReferences()) {
      byCase.putIfAbsent(reference, describe(touched, label));
    }
    for (Resource mentioned : touched.mentioned()) {
      CaseResolver.Found found = cases.resolve(mentioned);
      byCase.putIfAbsent(key(found.caseReference()), describe(touched, label));
    }
    if (byCase.isEmpty()) {
      byCase.put(key(null), describe(touched, label));
    }

    List<AuditEvent> events = new ArrayList<>();
    byCase.forEach((reference, what) -> events.add(new AuditEvent(at, userId, reference.isEmpty() ? null : reference,
        touched.action(), channel, request.getMethod(), path, what, status)));
    log.append(events);
  }

  /**
   * A list that names no case (a task list, a filter, a history query): one row for each case
   * in its answer, or one row without a case when the answer has none, each with the query.
   */
  private void recordList(String userId, HttpServletRequest request, String path, String listing, int status,
      byte[] listed, java.time.Instant at) {
    String what = "listed " + listing + "; query: "
        + AuditedRequest.criteria(request.getParameterMap(), body(request));
    Set<String> references = new LinkedHashSet<>();
    if (listed != null && listed.length > 0 && listed.length < LIST_LIMIT && status < 300) {
      try {
        JsonNode answer = json.readTree(listed);
        boolean instances = listing.contains("process instances");
        Set<String> instanceIds = new LinkedHashSet<>();
        collect(answer, instances, 0, instanceIds, references);
        for (String id : instanceIds) {
          String reference = cases.resolve(new Resource(AuditedRequest.Kind.PROCESS_INSTANCE, id)).caseReference();
          if (reference != null) {
            references.add(reference);
          }
        }
      } catch (IOException notJson) {
        // recorded without its cases
      }
    }
    if (references.isEmpty()) {
      references.add("");
    }
    String channel = channel(path, request.getHeader("Referer"));
    List<AuditEvent> events = new ArrayList<>();
    for (String reference : references) {
      events.add(new AuditEvent(at, userId, reference.isEmpty() ? null : reference, Action.READ, channel,
          request.getMethod(), path, what, status));
    }
    log.append(events);
  }

  /** Process instance ids and case references of a list's items (and of Tasklist's embedded tasks). */
  private static void collect(JsonNode node, boolean instances, int depth, Set<String> instanceIds,
      Set<String> references) {
    if (depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, instances, depth + 1, instanceIds, references));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    text(node, "processInstanceId").ifPresent(instanceIds::add);
    text(node, "businessKey").ifPresent(references::add);
    if (instances && depth == 1) {
      text(node, "id").ifPresent(instanceIds::add);
    }
    JsonNode embedded = node.path("_embedded");
    if (embedded.isObject()) {
      collect(embedded.path("task"), false, depth + 1 - 1, instanceIds, references);
    }
  }

  private static java.util.Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? java.util.Optional.of(value.asText()) : java.util.Optional.empty();
  }

  private static String key(String caseReference) {
    return caseReference == null ? "" : caseReference;
  }

  /** "completed task 'Record core group meeting'; fields: meetingHeldOn, ..." */
  static String describe(AuditedRequest touched, String label) {
    String sub = touched.subresource();
    String what;
    if (touched.startedDefinition() != null) {
      what = "started " + (label == null ? "a process" : label);
    } else if (label == null) {
      what = (touched.action() == Action.READ ? "searched " : "changed ") + touched.path();
    } else if (sub.equals("submit-form") || sub.equals("complete")) {
      what = "completed " + label;
    } else if (sub.equals("claim") || sub.equals("unclaim") || sub.equals("delegate") || sub.equals("resolve")) {
      what = sub + "ed " + label;
    } else if (touched.action() == Action.READ) {
      what = "read " + (sub.isEmpty() ? "" : sub + " of ") + label;
    } else {
      what = (touched.method().equals("DELETE") ? "deleted " : "changed ") + (sub.isEmpty() ? "" : sub + " of ") + label;
    }
    if (!touched.fields().isEmpty()) {
      what += "; fields: " + String.join(", ", touched.fields());
    }
    return what;
  }

  /** Which part of the product asked: the REST API, or the webapp the page came from. */
  static String channel(String path, String referer) {
    if (path.startsWith("/engine-rest")) {
      return "REST";
    }
    if (referer != null) {
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        if (referer.contains("/app/" + app + "/")) {
          return Character.toUpperCase(app.charAt(0)) + app.substring(1);
        }
      }
    }
    return "webapp";
  }

  private static boolean hasJsonBody(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.contains("json") && !"GET".equals(request.getMethod());
  }

  private JsonNode body(HttpServletRequest request) {
    if (!(request instanceof ContentCachingRequestWrapper cached)) {
      return null;
    }
    byte[] bytes = cached.getContentAsByteArray();
    if (bytes.length == 0 || bytes.length >= BODY_LIMIT) {
      return null;
    }
    try {
      return json.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
  }
}
