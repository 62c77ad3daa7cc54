package org.coregroup.membership;

/**
 * The names of the variables every case process carries (the plan starts with them and passes
 * them to the processes it calls). Each process contract refers to these, so a name is spelt in
 * one place only.
 */
public final class CaseVariables {

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_NAME = "childName";
  public static final String ICPC_DATE = "icpcDate";
  public static final String KEY_WORKER = "keyWorker";
  public static final String TEAM_MANAGER = "teamManager";
  public static final String CONFERENCE_CHAIR = "conferenceChair";
  public static final String CORE_GROUP_MEMBERS = "coreGroupMembers";
  public static final String LOCAL_POLICY = "localPolicy";
  public static final String JURISDICTION = "jurisdiction";

  private CaseVariables() {
  }
}
