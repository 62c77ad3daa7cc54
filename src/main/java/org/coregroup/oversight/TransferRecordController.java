package org.coregroup.oversight;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.coregroup.identity.CasesShown;
import org.coregroup.identity.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfer record of a plan (R35, ADR 0036): {@code /cases/{reference}/transfer-record.pdf}, and
 * {@code .html} (the same page, for a browser or a screen reader), linked from "Transfer the plan".
 * Signed in with the Tasklist login (the webapp session; HTTP Basic is not enough); only the open
 * plan's key worker and team manager get it. For anyone else - a member of the case, its chair, a
 * member of another case, an administrator - the case does not exist (404). Each download is in
 * the audit trail; never cached.
 */
@RestController
class TransferRecordController {

  static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  static final String NOT_FOUND = "There is no open case with this reference for which you are the key worker or the team manager.";

  private final SignedInUser signedIn;
  private final TransferRecords transfers;

  TransferRecordController(SignedInUser signedIn, TransferRecords transfers) {
    this.signedIn = signedIn;
    this.transfers = transfers;
  }

  @GetMapping({"/cases/{reference}/transfer-record.pdf", "/cases/{reference}/transfer-record.html"})
  ResponseEntity<byte[]> record(HttpServletRequest request, @PathVariable String reference,
      @RequestParam(name = "child", required = false) String child) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return plain(HttpStatus.UNAUTHORIZED, "Please sign in to Core Group tasks first, then open this link again.");
    }
    Integer childNumber = null;
    if (child != null) {
      if (!child.matches("[1-9][0-9]?")) {
        return plain(HttpStatus.NOT_FOUND, NOT_FOUND); // no such child's transfer, in the same words
      }
      childNumber = Integer.valueOf(child);
    }
    return transfers.forKeyWorkerOrManager(reference, user.get().id(), childNumber)
        .map(contents -> {
          CasesShown.record(request, "the transfer record", List.of(reference));
          if (request.getRequestURI().endsWith(".html")) {
            return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                .body(TransferRecord.xhtml(contents).getBytes(StandardCharsets.UTF_8));
          }
          return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
              .header(HttpHeaders.CONTENT_DISPOSITION,
                  ContentDisposition.attachment().filename(TransferRecord.fileName(reference)).build().toString())
              .body(TransferRecords.pdf(contents));
        })
        .orElseGet(() -> plain(HttpStatus.NOT_FOUND, NOT_FOUND));
  }

  private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(TEXT).cacheControl(CacheControl.noStore())
        .body(message.getBytes(StandardCharsets.UTF_8));
  }
}
