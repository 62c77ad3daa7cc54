package org.coregroup.identity;

import java.util.List;

/** The groups the product knows: one per agency, plus the roles with extra duties. */
public final class Roles {

  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String CHILDRENS_SOCIAL_CARE = "childrens-social-care";
  public static final String TEAM_MANAGERS = "team-managers";
  public static final String CONFERENCE_CHAIRS = "conference-chairs";
  public static final String HEALTH = "health";
  public static final String EDUCATION = "education";
  public static final String POLICE = "police";
  /** Deploy models, tables and forms from Camunda Modeler; read definitions; see no case. */
  public static final String PROCESS_MANAGERS = "process-managers";

  /** Everyone who works cases in Tasklist. */
  public static final List<String> PRACTITIONERS = List.of(
      CHILDRENS_SOCIAL_CARE, TEAM_MANAGERS, CONFERENCE_CHAIRS, HEALTH, EDUCATION, POLICE);

  /** Those who oversee running cases in Cockpit. */
  public static final List<String> SUPERVISORS = List.of(TEAM_MANAGERS, CONFERENCE_CHAIRS);

  private Roles() {
  }
}
