package org.coregroup.membership;

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

  private Agencies() {
  }

  /** The agency's name; an agency the form does not list (typed in by REST) is shown as given. */
  public static String name(String code) {
    return code == null ? "" : NAMES.getOrDefault(code, code);
  }
}
