package org.coregroup.family;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.coregroup.identity.CasesShown;
import org.coregroup.identity.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's copy of the plan and of each meeting's minutes, for the key worker to hand over or
 * send: {@code /cases/{reference}/plan.pdf} and {@code /cases/{reference}/meetings/{day}/minutes.pdf}
 * (the day the meeting was held, {@code 2026-12-08}), each also as {@code .html} (the same page,
 * for a browser or a screen reader). Signed in with the Tasklist login; only the case's members and
 * the key worker's managers get them, and for anyone else the case does not exist (404).
 */
@RestController
class FamilyDocumentController {

  static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  static final String NOT_FOUND = "There is no open case with this reference that you work on.";

  private final SignedInUser signedIn;
  private final FamilyRecords records;

  FamilyDocumentController(SignedInUser signedIn, FamilyRecords records) {
    this.signedIn = signedIn;
    this.records = records;
  }

  @GetMapping({"/cases/{reference}/plan.pdf", "/cases/{reference}/plan.html"})
  ResponseEntity<byte[]> plan(HttpServletRequest request, @PathVariable String reference) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return signIn();
    }
    return records.plan(reference, user.get())
        .map(plan -> {
          CasesShown.record(request, "the family's copy of the plan", List.of(reference));
          return document(request, "plan-" + reference, FamilyDocuments.plan(plan));
        })
        .orElseGet(() -> plain(HttpStatus.NOT_FOUND, NOT_FOUND));
  }

  @GetMapping({"/cases/{reference}/meetings/{day}/minutes.pdf", "/cases/{reference}/meetings/{day}/minutes.html"})
  ResponseEntity<byte[]> minutes(HttpServletRequest request, @PathVariable String reference, @PathVariable String day) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return signIn();
    }
    LocalDate heldOn;
    try {
      heldOn = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return plain(HttpStatus.BAD_REQUEST, "Meeting day: write the day the meeting was held as year-month-day, for example 2026-12-08.");
    }
    Optional<FamilyDocuments.Plan> plan = records.plan(reference, user.get());
    if (plan.isEmpty()) {
      return plain(HttpStatus.NOT_FOUND, NOT_FOUND);
    }
    return plan.get().heldOn(heldOn)
        .map(meeting -> {
          CasesShown.record(request, "the family's copy of the minutes of " + day, List.of(reference));
          return document(request, "minutes-" + reference + "-" + day,
              FamilyDocuments.minutes(plan.get().child(), meeting, plan.get().contacts()));
        })
        .orElseGet(() -> plain(HttpStatus.NOT_FOUND, "This case has no meeting on that day whose notes have been sent out yet."));
  }

  private static ResponseEntity<byte[]> document(HttpServletRequest request, String name, String xhtml) {
    if (request.getRequestURI().endsWith(".html")) {
      return ResponseEntity.ok().contentType(HTML).body(xhtml.getBytes(StandardCharsets.UTF_8));
    }
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .body(FamilyPdf.render(xhtml));
  }

  private static ResponseEntity<byte[]> signIn() {
    return plain(HttpStatus.UNAUTHORIZED, "Please sign in to Core Group tasks first, then open this link again.");
  }

  private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(TEXT).body(message.getBytes(StandardCharsets.UTF_8));
  }
}
