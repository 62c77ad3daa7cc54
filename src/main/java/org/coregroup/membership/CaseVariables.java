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
  /**
   * The case's row of the local policy table as it was when the plan started: every process of
   * the case counts with these values (README: a changed table applies to new cases).
   */
  public static final String POLICY = "policy";
  /** The conference's own visiting intervals for this case, set at the start, counted by the monitoring clocks (R24, R25). */
  public static final String CHILD_SEEN_WORKING_DAYS = "childSeenWorkingDays";
  public static final String KEY_WORKER_SEES_CHILD_ALONE_WEEKS = "keyWorkerSeesChildAloneWeeks";

  private CaseVariables() {
  }
}
