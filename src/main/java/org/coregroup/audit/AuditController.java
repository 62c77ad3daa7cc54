package org.coregroup.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.coregroup.audit.AuditEvent.Action;
import org.coregroup.calendar.EngineClock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The administrators' view of the audit trail: per case and per person, as JSON or CSV.
 * Read-only by construction (GET only; any other method is 405). Only members of
 * {@code camunda-admin} are answered; anyone else gets 403 before anything is looked up, so a
 * refusal reveals nothing, not even whether the case exists. Each look at the trail is itself
 * recorded.
 */
@RestController
@RequestMapping(AuditConfiguration.AUDIT_PATH)
class AuditController {

  static final String NOT_ADMIN = "Only administrators may read the audit trail.";

  private final IdentityService identity;
  private final AuditLog log;

  AuditController(IdentityService identity, AuditLog log) {
    this.identity = identity;
    this.log = log;
  }

  @GetMapping("/cases/{reference}")
  ResponseEntity<?> forCase(@PathVariable String reference, HttpServletRequest request) {
    return answer("reference", reference, AuditEvent.REFERENCE_LENGTH, request, reference, "the audit trail of the case",
        () -> ResponseEntity.ok(json(log.forCase(reference))));
  }

  @GetMapping("/cases/{reference}.csv")
  ResponseEntity<?> forCaseCsv(@PathVariable String reference, HttpServletRequest request) {
    return answer("reference", reference, AuditEvent.REFERENCE_LENGTH, request, reference,
        "the audit trail of the case as CSV",
        () -> csv("audit-case-" + reference, out -> AuditCsv.write(out, each -> log.eachForCase(reference, each))));
  }

  @GetMapping("/users/{userId}")
  ResponseEntity<?> forUser(@PathVariable String userId, HttpServletRequest request) {
    return answer("userId", userId, AuditEvent.USER_LENGTH, request, null, "the audit trail of user " + userId,
        () -> ResponseEntity.ok(json(log.forUser(userId))));
  }

  @GetMapping("/users/{userId}.csv")
  ResponseEntity<?> forUserCsv(@PathVariable String userId, HttpServletRequest request) {
    return answer("userId", userId, AuditEvent.USER_LENGTH, request, null, "the audit trail of user " + userId + " as CSV",
        () -> csv("audit-user-" + userId, out -> AuditCsv.write(out, each -> log.eachForUser(userId, each))));
  }

  private ResponseEntity<?> answer(String field, String value, int maxLength, HttpServletRequest request,
      String caseReference, String what, java.util.function.Supplier<ResponseEntity<?>> body) {
    var asker = identity.getCurrentAuthentication();
    if (asker == null || asker.getGroupIds() == null || !asker.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", NOT_ADMIN));
    }
    if (value.isBlank() || value.length() > maxLength) {
      return ResponseEntity.badRequest().body(Map.of("message",
          field + " must be between 1 and " + maxLength + " characters long."));
    }
    log.append(List.of(new AuditEvent(EngineClock.now().toInstant(), asker.getUserId(), caseReference, Action.READ,
        "REST", "GET", request.getRequestURI().substring(request.getContextPath().length()), "read " + what, 200)));
    return body.get();
  }

  private static List<Map<String, Object>> json(List<AuditEvent> events) {
    return events.stream().map(AuditController::json).toList();
  }

  private static Map<String, Object> json(AuditEvent e) {
    var row = new java.util.LinkedHashMap<String, Object>();
    row.put("at", Instant.from(e.at()).toString());
    row.put("userId", e.userId());
    row.put("caseReference", e.caseReference());
    row.put("action", e.action().name());
    row.put("channel", e.channel());
    row.put("method", e.method());
    row.put("path", e.path());
    row.put("what", e.what());
    row.put("status", e.status());
    return row;
  }

  private static ResponseEntity<?> csv(String name, StreamingResponseBody body) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(body);
  }
}
