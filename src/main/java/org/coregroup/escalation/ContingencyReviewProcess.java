package org.coregroup.escalation;

import org.coregroup.plan.ChildProtectionPlanProcess;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/ContingencyReviewProcess.bpmn}: the plan is not progressing (R28,
 * R29). Started by a member from Tasklist, called by a concern, or by message from a meeting that
 * judged the plan not progressing; business key = case reference.
 */
public final class ContingencyReviewProcess {

  public static final String KEY = "ContingencyReviewProcess";

  public static final String START_EVENT = "StartEvent_ContingencyReviewNeeded";
  public static final String START_EVENT_PLAN_NOT_PROGRESSING = "StartEvent_PlanNotProgressing";
  public static final String TASK_RECORD_CONTINGENCY_REVIEW = "Task_RecordContingencyReview";
  public static final String TASK_AGREE_PLAN_CHANGE = "Task_AgreePlanChange";
  public static final String TASK_BRING_REVIEW_FORWARD = "Task_BringReviewForward";
  public static final String TASK_ARRANGE_LEGAL_PLANNING_MEETING = "Task_ArrangeLegalPlanningMeeting";
  public static final String END_EVENT_CHANGE_NOT_AGREED = "EndEvent_ChangeNotAgreed";
  public static final String END_EVENT_CONTINGENCY_APPLIED = "EndEvent_ContingencyApplied";

  /** Message start for the meeting process: correlate with the case reference as business key. */
  public static final String MESSAGE_PLAN_NOT_PROGRESSING = "Message_PlanNotProgressing";
  /**
   * R28: a later core group meeting also found the plan not progressing while this review is open
   * (correlated by business key to every open review of the case, {@code SubProcess_MeetingFindsPlanNotProgressing});
   * sent with {@link #MEETING_FOUND_ON}.
   */
  public static final String MESSAGE_MEETING_FINDS_PLAN_NOT_PROGRESSING = "Message_MeetingFindsPlanNotProgressing";
  public static final String SUBPROCESS_MEETING_FINDS_PLAN_NOT_PROGRESSING = "SubProcess_MeetingFindsPlanNotProgressing";
  public static final String START_EVENT_MEETING_FINDS_PLAN_NOT_PROGRESSING = "StartEvent_MeetingFindsPlanNotProgressing";
  public static final String TASK_NOTE_MEETING_FINDING = "Task_NoteMeetingFinding";
  /** The day of the meeting that found the plan not progressing. */
  public static final String MEETING_FOUND_ON = "meetingFoundOn";
  /** The meetings that found the plan not progressing while the review was open, one line each, shown on its forms. */
  public static final String LATER_MEETING_FINDINGS = "laterMeetingFindings";

  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String STARTED_BY = "startedBy";
  public static final String CONTINGENCY_TRIGGER = "contingencyTrigger";
  public static final String TRIGGER_CONCERN = "concern";
  public static final String TRIGGER_MEETING = "meeting";
  public static final String TRIGGER_KEY_WORKER = "key-worker";
  public static final String CONTINGENCY_REVIEW_DUE = "contingencyReviewDue";
  public static final String CONTINGENCY_REASONS = "contingencyReasons";
  public static final String CONTINGENCY_REASON_DETAILS = "contingencyReasonDetails";
  public static final String ALTERNATIVES = "alternatives";
  public static final String FIRMER_MEASURES = "firmerMeasures";
  public static final String OTHER_MEASURES = "otherMeasures";
  public static final String SIGNIFICANT_DEVIATION = "significantDeviation";
  public static final String BRING_REVIEW_FORWARD = "bringReviewForward";
  public static final String LEGAL_PLANNING_MEETING = "legalPlanningMeeting";
  /** The date the plan's review is brought forward to: the name the plan's message takes. */
  public static final String NEW_REVIEW_DATE = ChildProtectionPlanProcess.NEW_REVIEW_DATE;
  public static final String CHAIR_DECISION_DUE = "chairDecisionDue";
  public static final String CHAIR_AGREES = "chairAgrees";
  public static final String CHAIR_COMMENTS = "chairComments";
  public static final String LEGAL_PLANNING_MEETING_DUE = "legalPlanningMeetingDue";
  public static final String LEGAL_PLANNING_MEETING_ON = "legalPlanningMeetingOn";
  public static final String LEGAL_PLANNING_MEETING_NOTES = "legalPlanningMeetingNotes";

  /** R29 [004 5.2]: why the plan is not progressing. */
  public static final List<String> REASONS = List.of("uncooperative-family", "poor-professional-working",
      "new-incidents", "new-information", "other");
  /** R29 [004 5.3]: alternatives. */
  /** R30 south-east-wales [003]: multi-agency supervision when the plan is not effective, too. */
  public static final String ALTERNATIVE_MULTI_AGENCY_SUPERVISION = "multi-agency-supervision";
  public static final List<String> ALTERNATIVE_OPTIONS = List.of("joint-visits", "family-group-conference",
      "alternative-service", "advocacy-or-mediation", "specific-insight", "separate-parent-meetings",
      "written-agreement", ALTERNATIVE_MULTI_AGENCY_SUPERVISION);
  /** R29 [004 5.4, 000]: firmer measures. */
  public static final String MEASURE_LEGAL_PLANNING_MEETING = "legal-planning-meeting";
  public static final String MEASURE_BRING_REVIEW_FORWARD = "bring-review-forward";
  public static final String MEASURE_SIGNIFICANT_AMENDMENT = "significant-amendment";
  public static final String MEASURE_STATUTORY_POWERS = "statutory-powers";
  public static final List<String> FIRMER_MEASURE_OPTIONS = List.of(MEASURE_LEGAL_PLANNING_MEETING,
      MEASURE_BRING_REVIEW_FORWARD, MEASURE_SIGNIFICANT_AMENDMENT, MEASURE_STATUTORY_POWERS);

  /** Product choices, in working days: the review recorded, the chair's decision, the legal planning meeting. */

  private ContingencyReviewProcess() {
  }
}
