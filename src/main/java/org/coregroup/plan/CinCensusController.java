package org.coregroup.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.coregroup.calendar.EngineClock;
import org.coregroup.identity.SignedInUser;
import org.coregroup.spreadsheet.SpreadsheetCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child protection module of the Children in Need census as CSV ({@code /oversight/cin-census.csv},
 * {@code ?year=2025-26}; without it, the census year today falls in), signed in with the Tasklist
 * login. The census is the whole authority's return, so only someone who may read every case (an
 * administrator) may download it; a team manager or chair, who oversees only some cases, is
 * refused rather than given a return that looks complete and is not.
 */
@RestController
class CinCensusController {

  static final String PATH = "/oversight/cin-census.csv";
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final SignedInUser signedIn;
  private final AuthorizationService authorizations;
  private final CinCensusRecords records;

  CinCensusController(SignedInUser signedIn, AuthorizationService authorizations, CinCensusRecords records) {
    this.signedIn = signedIn;
    this.authorizations = authorizations;
    this.records = records;
  }

  @GetMapping(PATH)
  ResponseEntity<String> census(HttpServletRequest request, @RequestParam(name = "year", required = false) String year) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return plain(HttpStatus.UNAUTHORIZED, "Please sign in to Core Group tasks first, then download the census again.");
    }
    if (!authorizations.isUserAuthorized(user.get().id(), user.get().groupIds(), Permissions.READ, Resources.PROCESS_INSTANCE)) {
      return plain(HttpStatus.FORBIDDEN, "The census covers every case of the authority, so only an administrator may "
          + "download it. The oversight page has the cases you oversee.");
    }
    Optional<CinCensus.Year> census = year == null || year.isBlank()
        ? Optional.of(CinCensus.Year.containing(EngineClock.today()))
        : CinCensus.Year.parse(year);
    if (census.isEmpty()) {
      return plain(HttpStatus.BAD_REQUEST, "Census year: write it as the two years it spans, for example 2025-26.");
    }
    List<List<String>> rows = CinCensus.rows(census.get(), records.allPlans()).stream().map(CinCensus.Row::cells).toList();
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cin-census-" + census.get().label() + ".csv\"")
        .body(SpreadsheetCsv.of(CinCensus.HEADER, rows));
  }

  private static ResponseEntity<String> plain(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(TEXT).body(message);
  }
}
