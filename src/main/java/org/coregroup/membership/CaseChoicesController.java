package org.coregroup.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.coregroup.identity.CasesShown;
import org.coregroup.identity.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open cases the signed-in person may see, as choices for the case reference on Tasklist's
 * start forms ({@code GET /cases}, ADR 0035): each case's reference and child's name, nothing
 * else. Signed in with the Tasklist login (401 without it). The list is read under the person's
 * own authorizations, so the engine's query holds only the cases she may read (R23); what she
 * then starts is checked again at the start event, as before.
 */
@RestController
class CaseChoicesController {

  /** A choice: the case's reference and the child's name. */
  record CaseChoice(String reference, String childName) {
  }

  private final SignedInUser signedIn;
  private final IdentityService identity;
  private final RuntimeService runtime;

  CaseChoicesController(SignedInUser signedIn, IdentityService identity, RuntimeService runtime) {
    this.signedIn = signedIn;
    this.identity = identity;
    this.runtime = runtime;
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> cases(HttpServletRequest request) {
    Optional<SignedInUser.User> user = signedIn.of(request);
    if (user.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Please sign in to Core Group tasks first."));
    }
    List<CaseChoice> choices = choicesFor(user.get());
    CasesShown.record(request, "the case choices of a start form", choices.stream().map(CaseChoice::reference).toList());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(choices);
  }

  /** The engine filters the variables by the user's READ on each process instance; sorted by reference. */
  private List<CaseChoice> choicesFor(SignedInUser.User user) {
    var before = identity.getCurrentAuthentication();
    identity.setAuthentication(user.id(), user.groupIds());
    List<VariableInstance> variables;
    try {
      variables = runtime.createVariableInstanceQuery()
          .variableNameIn(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_NAME).list();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
    Map<String, Map<String, String>> byInstance = new HashMap<>();
    for (VariableInstance variable : variables) {
      // the process's own variables, not a task's or a sub-scope's copy
      if (variable.getTaskId() == null && variable.getValue() != null
          && variable.getProcessInstanceId() != null && variable.getProcessInstanceId().equals(variable.getExecutionId())) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue().toString());
      }
    }
    Map<String, String> childByReference = new TreeMap<>();
    for (Map<String, String> values : byInstance.values()) {
      String reference = values.get(CaseVariables.CASE_REFERENCE);
      String child = values.get(CaseVariables.CHILD_NAME);
      if (reference != null && !reference.isBlank() && child != null && !child.isBlank()) {
        childByReference.putIfAbsent(reference, child);
      }
    }
    List<CaseChoice> choices = new ArrayList<>();
    childByReference.forEach((reference, child) -> choices.add(new CaseChoice(reference, child)));
    return choices;
  }
}
