package org.coregroup.escalation;

import org.coregroup.plan.ChildProtectionPlanProcess;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/ProfessionalDifferencesProcess.bpmn}: a professional difference
 * escalated in four stages (R30); business key = case reference.
 */
public final class ProfessionalDifferencesProcess {

  public static final String KEY = "ProfessionalDifferencesProcess";

  public static final String START_EVENT = "StartEvent_DifferenceRaised";
  public static final String START_EVENT_MEETING_AT_IMPASSE = "StartEvent_MeetingAtImpasse";
  public static final String TASK_RESOLVE_DIFFERENCE = "Task_ResolveDifference";
  public static final String BOUNDARY_STAGE_DEADLINE_PASSED = "BoundaryEvent_StageDeadlinePassed";
  public static final String TASK_BRING_REVIEW_FORWARD = "Task_BringReviewForwardAtStage";
  public static final String END_EVENT_RESOLVED = "EndEvent_DifferenceResolved";
  public static final String END_EVENT_LEFT_WITH_PARTNERSHIP = "EndEvent_LeftWithPartnership";

  /**
   * Message start for the meeting process, when a meeting is adjourned at an impasse (R30 [004
   * 5.6]): correlate with the case reference as business key and {@code differenceDescription},
   * {@code raisedBy} (the meeting's chair), {@code aboutProfessional} and/or {@code aboutAgency}.
   * It starts at stage 2: talking it through has already failed in the meeting.
   */
  public static final String MESSAGE_MEETING_AT_IMPASSE = "Message_MeetingAtImpasse";

  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String RAISED_BY = "raisedBy";
  /** The case's local policy profile: an input of the stage deadline table. */
  public static final String LOCAL_POLICY = CaseVariables.LOCAL_POLICY;
  public static final String DIFFERENCE_DESCRIPTION = "differenceDescription";
  public static final String ABOUT_PROFESSIONAL = "aboutProfessional";
  public static final String ABOUT_AGENCY = "aboutAgency";
  public static final String DIFFERENCE_STAGE = "differenceStage";
  public static final String STAGE_NAME = "stageName";
  public static final String STAGE_OWNER = "stageOwner";
  public static final String STAGE_DUE = "stageDue";
  public static final String STAGE_OUTCOME = "stageOutcome";
  public static final String STAGE_RESOLUTION = "stageResolution";
  public static final String MULTI_AGENCY_SUPERVISION = "multiAgencySupervision";
  public static final String BRING_REVIEW_FORWARD = "bringReviewForward";
  /** The date the plan's review is brought forward to: the name the plan's message takes. */
  public static final String NEW_REVIEW_DATE = ChildProtectionPlanProcess.NEW_REVIEW_DATE;
  public static final String STAGE_HISTORY = "stageHistory";

  public static final String RESOLVED = "resolved";
  public static final String ESCALATE = "escalate";
  public static final String DEADLINE_PASSED = "deadline-passed";
  public static final List<String> STAGE_OUTCOMES = List.of(RESOLVED, ESCALATE);

  public static final int FIRST_STAGE = 1;
  public static final int IMPASSE_STAGE = 2;
  public static final int LAST_STAGE = 4;
  /** What each stage is, in plain English; stage N is at index N - 1. */
  public static final List<String> STAGE_NAMES = List.of(
      "Talk to the colleague directly",
      "The key worker and the line managers",
      "The agencies' managers or designated safeguarding leads",
      "The partnership's resolution and escalation protocol (senior managers, the conference chair)");

  private ProfessionalDifferencesProcess() {
  }
}
