package org.coregroup.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

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
 * recorded, after the rows it shows were read.
 */
@RestController
@RequestMapping(AuditConfiguration.AUDIT_PATH)
class AuditController {

  static final String NOT_ADMIN = "Only administrators may read the audit trail.";

  private final ObjectMapper json;

  private final IdentityService identity;
  private final AuditLog log;

  AuditController(IdentityService identity, AuditLog log, ObjectMapper json) {
    this.json = json;
    this.identity = identity;
    this.log = log;
  }

  @GetMapping("/cases/{reference}")
  ResponseEntity<?> forCase(@PathVariable String reference, HttpServletRequest request) {
    return refusal("reference", reference, AuditEvent.REFERENCE_LENGTH).<ResponseEntity<?>>map(r -> r).orElseGet(() -> {
      var rows = json(log.forCase(reference));
      recordLook(request, reference, "read the audit trail of the case");
      return ResponseEntity.ok(rows);
    });
  }

  @GetMapping("/cases/{reference}.csv")
  ResponseEntity<StreamingResponseBody> forCaseCsv(@PathVariable String reference, HttpServletRequest request) {
    return refusal("reference", reference, AuditEvent.REFERENCE_LENGTH).map(this::asStream).orElseGet(() -> {
      recordLook(request, reference, "exported the audit trail of the case as CSV");
      return csv("audit-case-" + reference, each -> log.eachForCase(reference, each));
    });
  }

  @GetMapping("/users/{userId}")
  ResponseEntity<?> forUser(@PathVariable String userId, HttpServletRequest request) {
    return refusal("userId", userId, AuditEvent.USER_LENGTH).<ResponseEntity<?>>map(r -> r).orElseGet(() -> {
      var rows = json(log.forUser(userId));
      recordLook(request, null, "read the audit trail of user " + userId);
      return ResponseEntity.ok(rows);
    });
  }

  @GetMapping("/users/{userId}.csv")
  ResponseEntity<StreamingResponseBody> forUserCsv(@PathVariable String userId, HttpServletRequest request) {
    return refusal("userId", userId, AuditEvent.USER_LENGTH).map(this::asStream).orElseGet(() -> {
      recordLook(request, null, "exported the audit trail of user " + userId + " as CSV");
      return csv("audit-user-" + userId, each -> log.eachForUser(userId, each));
    });
  }

  /** 403 for anyone but an administrator (checked first), then 400 for a value no row can hold. */
  private Optional<ResponseEntity<Map<String, String>>> refusal(String field, String value, int maxLength) {
    var asker = identity.getCurrentAuthentication();
    if (asker == null || asker.getGroupIds() == null || !asker.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", NOT_ADMIN)));
    }
    if (value.isBlank() || value.length() > maxLength) {
      return Optional.of(ResponseEntity.badRequest().body(Map.of("message",
          "The " + field + " must be between 1 and " + maxLength + " characters long.")));
    }
    return Optional.empty();
  }

  private void recordLook(HttpServletRequest request, String caseReference, String what) {
    log.append(List.of(new AuditEvent(EngineClock.now().toInstant(), identity.getCurrentAuthentication().getUserId(),
        caseReference, Action.READ, "REST", request.getMethod(),
        request.getRequestURI().substring(request.getContextPath().length()), what, 200)));
  }

  private static List<Map<String, Object>> json(List<AuditEvent> events) {
    return events.stream().map(AuditController::json).toList();
  }

  private static Map<String, Object> json(AuditEvent e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", e.at().toString());
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

  private static ResponseEntity<StreamingResponseBody> csv(String name, Consumer<Consumer<AuditEvent>> rows) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(out -> AuditCsv.write(out, rows));
  }

  /** A refusal of a CSV export, answered as JSON like every other refusal. */
  private ResponseEntity<StreamingResponseBody> asStream(ResponseEntity<Map<String, String>> refusal) {
    Function<Map<String, String>, StreamingResponseBody> body = message -> out -> json.writeValue(out, message);
    return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
        .body(body.apply(refusal.getBody()));
  }
}
