package org.coregroup.membership;

import java.util.List;

import org.coregroup.input.FormInput;

import java.util.Map;

/** An agency as people name it: the start form stores a code ("health"), every message shows "Health". */
public final class Agencies {

  private static final Map<String, String> NAMES = Map.of(
      CoreGroupMember.CHILDRENS_SOCIAL_CARE, "Children's social care",
      "health", "Health",
      "education", "Education",
      "police", "Police",
      CoreGroupMember.FAMILY, "Family or carer",
      "other", "Another agency");

  /** The agencies a professional works for, as the forms offer them (the family is not one). */
  public static final List<String> PROFESSIONAL = List.of(CoreGroupMember.CHILDRENS_SOCIAL_CARE, "health", "education",
      "police", "other");

  private Agencies() {
  }

  /** Refuses, naming the field, an agency that is not one of {@link #PROFESSIONAL}; a missing one is left to the caller. */
  public static void checkProfessional(FormInput in, String field, String value, String label) {
    if (value != null && !PROFESSIONAL.contains(value)) {
      in.reject(field, label + " must be one of: " + String.join(", ", PROFESSIONAL.stream().map(Agencies::name).toList()));
    }
  }

  /** The agency's name; an agency the form does not list (typed in by REST) is shown as given. */
  public static String name(String code) {
    return code == null ? "" : NAMES.getOrDefault(code, code);
  }
}
