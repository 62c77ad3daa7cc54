package org.coregroup.membership;

import java.util.Optional;

import org.coregroup.input.FormInput;

/**
 * "On behalf of": a practitioner records what another member of the Core Group told them (a GP
 * who saw the child, a teacher who raised a worry by phone). The member is named by login or by
 * name, must belong to the case, and is recorded as such next to the person who recorded it.
 */
public final class OnBehalfOf {

  public static final String ON_BEHALF_OF = "onBehalfOf";

  private OnBehalfOf() {
  }

  /**
   * The member named in {@link #ON_BEHALF_OF}: their login when they have one, else their name;
   * empty when nobody is named. A name that is not a member of the case is reported to {@code in}.
   */
  public static Optional<String> read(FormInput in, CaseFile file) {
    String named = in.optionalShortText(ON_BEHALF_OF, "On behalf of");
    if (named == null || file == null) {
      return Optional.empty();
    }
    for (String role : new String[] {file.keyWorker(), file.teamManager(), file.conferenceChair()}) {
      if (named.equals(role)) {
        return Optional.of(role);
      }
    }
    Optional<CoreGroupMember> member = CoreGroup.fromVariable(file.coreGroupMembers()).members().stream()
        .filter(m -> named.equalsIgnoreCase(m.name()) || named.equals(m.userId()))
        .findFirst();
    if (member.isEmpty()) {
      in.reject(ON_BEHALF_OF, "'" + FormInput.shown(named) + "' is not a member of this case's Core Group:"
          + " name the member who told you, by name or login");
      return Optional.empty();
    }
    return member.map(m -> m.hasLogin() ? m.userId() : m.name());
  }
}
