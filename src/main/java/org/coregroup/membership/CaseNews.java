package org.coregroup.membership;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;

/**
 * News a person tells a case through a small startable process ("Record the birth", "Bring the
 * review forward", ...), each the job of named roles in the case. The case is found under the
 * sender's own grants, so someone outside it is told there is no such case (R23); someone in it
 * without the role is refused naming the sender field; the sender is the logged-in user, never a
 * name in the payload. The message then goes to the case on the product's behalf
 * ({@link AsSystem}), in the same transaction as the start: a message the case refuses refuses the start.
 */
public final class CaseNews {

  /** The named roles of a case, and how the sender is told about them. */
  public enum Role {
    KEY_WORKER("the key worker", CaseFile::keyWorker),
    TEAM_MANAGER("the team manager", CaseFile::teamManager),
    CONFERENCE_CHAIR("the conference chair", CaseFile::conferenceChair);

    private final String label;
    private final Function<CaseFile, String> holder;

    Role(String label, Function<CaseFile, String> holder) {
      this.label = label;
      this.holder = holder;
    }
  }

  private CaseNews() {
  }

  /**
   * The case the start names ({@code referenceField}, else the business key) when the logged-in user
   * holds one of {@code roles} in it; otherwise empty, with the problem added to {@code in}. The
   * sender's login is written to {@code senderField}. Without a logged-in user (the product itself,
   * a test) the case is found and the payload's sender taken as it is.
   */
  public static Optional<CaseFile> senderCase(FormInput in, DelegateExecution execution, CaseLookup cases,
      IdentityService identity, String referenceField, String senderField, Set<Role> roles) {
    String reference = in.isPresent(referenceField) ? in.optionalText(referenceField) : execution.getProcessBusinessKey();
    Optional<CaseFile> lookedUp = cases.findForCurrentUser(reference);
    Optional<CaseFile> found = lookedUp;
    if (reference == null) {
      in.reject(referenceField, "The case reference is required");
    } else if (found.isEmpty()) {
      in.reject(referenceField, "there is no open case '" + FormInput.shown(reference) + "' that you belong to");
    }
    String sender = Submitter.self(in, identity, senderField, "Recorded by");
    if (sender != null && found.isPresent() && roles.stream().noneMatch(r -> sender.equals(r.holder.apply(lookedUp.get())))) {
      in.reject(senderField, "only " + labels(roles) + " of this case can do this: tell "
          + labels(EnumSet.of(roles.iterator().next())) + ", who does it");
      found = Optional.empty();
    }
    if (found.isPresent()) {
      execution.setProcessBusinessKey(reference);
      execution.setVariable(referenceField, reference);
      execution.setVariable(senderField, sender);
    }
    return found;
  }

  /** Correlates {@code message} with every instance of the case waiting for it, as the product; how many heard it. */
  public static int send(RuntimeService runtime, IdentityService identity, String message, String caseReference,
      Map<String, Object> variables) {
    return AsSystem.call(identity, () -> runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(caseReference).setVariables(variables).correlateAllWithResult().size());
  }

  private static String labels(Set<Role> roles) {
    String joined = Arrays.stream(Role.values()).filter(roles::contains).map(r -> r.label).collect(Collectors.joining(", "));
    int last = joined.lastIndexOf(", ");
    return last < 0 ? joined : joined.substring(0, last) + " or " + joined.substring(last + 2);
  }
}
