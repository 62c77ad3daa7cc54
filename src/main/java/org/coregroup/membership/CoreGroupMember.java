package org.coregroup.membership;

import org.coregroup.identity.Roles;

/**
 * One member of a case's Core Group (R2): a professional or a family member. {@code userId} is
 * set only for members who log in; the others are reached by email or by the key worker.
 */
public record CoreGroupMember(String userId, String name, String role, String agency, String email) {

  /** The keys of one member in the {@code coreGroupMembers} list, as the start form's member list sends them. */
  public static final String NAME = "name";
  public static final String ROLE = "role";
  public static final String AGENCY = "agency";
  public static final String USER_ID = "userId";
  public static final String EMAIL = "email";

  /** The agency whose members log in to the group of the same name. */
  public static final String CHILDRENS_SOCIAL_CARE = Roles.CHILDRENS_SOCIAL_CARE;
  public static final String FAMILY = "family";

  public boolean hasLogin() {
    return userId != null && !userId.isBlank();
  }

  /** Agencies other than children's social care and the family count towards quorum (R15). */
  public boolean isOtherAgency() {
    return !CHILDRENS_SOCIAL_CARE.equals(agency) && !FAMILY.equals(agency);
  }
}
