package org.coregroup.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coregroup.membership.CaseVariables;

/**
 * The rules of one local policy profile, as the {@code LocalPolicyDecision} table gives them (one
 * accessor per column, named after it). A null number means the profile sets no such rule; a
 * column every case needs ({@link #REQUIRED}) always has a value, from the profile or inherited
 * from the national and product-default tables.
 */
public final class LocalPolicy {

  public static final String DECISION_KEY = "LocalPolicyDecision";
  public static final String INPUT = CaseVariables.LOCAL_POLICY;

  /** The columns the lifecycle counts with in every case. */
  public static final List<String> REQUIRED = List.of(
      "firstCoreGroupWorkingDays",
      "meetingIntervalWeeks",
      "minutesWorkingDays",
      "minutesChaseWorkingDays",
      "notQuorateRescheduleWorkingDays",
      "notHeldNoticeHours",
      "moveApprovalWorkingDays",
      "laterMeetingApprovalWorkingDays",
      "absencesBeforeEscalation",
      "absenceEscalationWorkingDays",
      "stepDownMeetingDays",
      "exitPlanWorkingDays",
      "firstReviewMonths",
      "reviewIntervalMonths",
      "concernConfirmationHours",
      "contingencyReviewWorkingDays",
      "chairDecisionWorkingDays",
      "legalPlanningMeetingWorkingDays",
      "driftReviewFirstMonths",
      "driftReviewSecondMonths",
      "driftReviewThirdMonths",
      "driftReviewWorkingDays",
      "differenceStage1WorkingDays",
      "differenceStage2WorkingDays",
      "differenceStage3WorkingDays",
      "differenceStage4WorkingDays",
      "birthRecordOverdueDays",
      "reReferralMonths",
      "minutesCirculatedBy",
      "absentReportTo",
      "rearrangeByManagerWorkingDays",
      "transferInConferenceWorkingDays",
      "transferNoticeWorkingDays",
      "briefingDaysBeforeMeeting");

  /** Each column's label in the table, for messages. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("firstCoreGroupWorkingDays", "First core group within (working days)"),
      Map.entry("firstCoreGroupDays", "First core group also within (calendar days)"),
      Map.entry("meetingIntervalWeeks", "Core groups at least every (weeks)"),
      Map.entry("conferenceMaySetLongerInterval", "Conference chair may set a longer interval"),
      Map.entry("minMeetingsBetweenConferences", "Core groups between conferences (at least)"),
      Map.entry("minutesWorkingDays", "Minutes circulated within (working days)"),
      Map.entry("minutesChaseWorkingDays", "Late minutes: reminder, then the team manager after (working days)"),
      Map.entry("childSeenWorkingDays", "Child seen by a professional every (working days)"),
      Map.entry("keyWorkerSeesChildAloneWeeks", "Key worker sees the child alone every (weeks)"),
      Map.entry("notQuorateRescheduleWorkingDays", "Meeting that did not go ahead re-arranged within (working days)"),
      Map.entry("notHeldNoticeHours", "Members told in writing that a meeting did not go ahead within (hours)"),
      Map.entry("rescheduleNoticeWorkingDays", "Notice of a moved meeting (working days)"),
      Map.entry("moveApprovalWorkingDays", "Team manager decides on a meeting move within (working days)"),
      Map.entry("laterMeetingApprovalWorkingDays", "Team manager decides on a later meeting within (working days)"),
      Map.entry("absencesBeforeEscalation", "Meetings missed in a row before the key worker escalates"),
      Map.entry("absenceEscalationWorkingDays", "Key worker escalates an agency absence within (working days)"),
      Map.entry("preReviewCoreGroupWeeks", "Core group before each review (weeks before)"),
      Map.entry("postReviewCoreGroupDays", "Core group after each review (within days)"),
      Map.entry("stepDownMeetingDays", "Step-down meeting within (days)"),
      Map.entry("exitPlanWorkingDays", "Exit plan recorded within (working days)"),
      Map.entry("firstReviewMonths", "First review conference within (months)"),
      Map.entry("reviewIntervalMonths", "Review conferences at most every (months)"),
      Map.entry("concernConfirmationHours", "Concern confirmed in writing within (hours)"),
      Map.entry("contingencyReviewWorkingDays", "Contingency review recorded within (working days)"),
      Map.entry("chairDecisionWorkingDays", "Conference chair decides on a plan change within (working days)"),
      Map.entry("legalPlanningMeetingWorkingDays", "Legal planning meeting arranged within (working days)"),
      Map.entry("driftReviewFirstMonths", "First drift review after (months open)"),
      Map.entry("driftReviewSecondMonths", "Second drift review after (months open)"),
      Map.entry("driftReviewThirdMonths", "Third drift review, with the legal planning question, after (months open)"),
      Map.entry("driftReviewWorkingDays", "Team manager reviews drift within (working days)"),
      Map.entry("differenceStage1WorkingDays", "Professional difference stage 1 within (working days)"),
      Map.entry("differenceStage2WorkingDays", "Professional difference stage 2 within (working days)"),
      Map.entry("differenceStage3WorkingDays", "Professional difference stage 3 within (working days)"),
      Map.entry("differenceStage4WorkingDays", "Professional difference stage 4 within (working days)"),
      Map.entry("birthRecordOverdueDays", "Key worker asked for the birth when none is recorded (days after the expected date)"),
      Map.entry("reReferralMonths", "A new plan goes to the previous key worker when the last one closed less than (months) before"),
      Map.entry("endAgreedByAgencies", "The end of the plan records who agreed it (multi-agency decision)"),
      Map.entry("chairFromChildrensSocialCare", "Every core group chaired by children's social care"),
      Map.entry("minutesCirculatedBy", "Who circulates the minutes (\"minute-taker\" or \"key worker\")"),
      Map.entry("absentReportOrRepresentative", "A professional who cannot attend sends a written report or a representative"),
      Map.entry("representativeConfirmedBriefed", "A representative is confirmed as briefed"),
      Map.entry("shortNoticeMoveRefused", "A move at shorter notice is refused (not put to the team manager)"),
      Map.entry("preReviewRecordsWhatIsShared", "The core group before a review records what will be shared and recommended"),
      Map.entry("absentReportTo", "An absent professional's written report goes to (\"key worker\" or \"chair\")"),
      Map.entry("absentSendsRepresentative", "A professional who cannot attend sends a representative"),
      Map.entry("absentSendsReport", "A professional who cannot attend sends a written report before the meeting"),
      Map.entry("representativeIsSenior", "A representative is the professional's manager or a senior colleague"),
      Map.entry("signsOfSafetyInFull", "Every core group records past harm, the danger statement and whether the scale was explained to the parents"),
      Map.entry("firstMeetingAgreesRota", "The first core group agrees a chair and minute-taker rota"),
      Map.entry("firstMeetingRecordsContacts", "The first core group records every member's contact details and role"),
      Map.entry("firstMeetingAgreesEmailGroup", "The first core group agrees who sets up the professionals' email group"),
      Map.entry("childFeedbackAgreed", "Every core group agrees who tells the child about it afterwards"),
      Map.entry("laterChairKeyWorkerOrManager", "Later core groups chaired by the key worker or their manager unless delegated by agreement"),
      Map.entry("notHeldRearrangedByManager", "A meeting that did not go ahead is re-arranged through the key worker's manager"),
      Map.entry("coreGroupAppointsChair", "The core group appoints the chair of each next meeting (good practice: not the key worker)"),
      Map.entry("firstMeetingAgreesFamilyContact", "The first core group agrees how often the child and family are seen, and by whom"),
      Map.entry("rearrangeByManagerWorkingDays", "Team manager re-arranges a meeting that did not go ahead within (working days)"),
      Map.entry("firstMeetingAgreesContingency", "The first core group agrees a contingency plan if the family does not co-operate"),
      Map.entry("chairSetsPostReviewMeetingDate", "The conference chair sets the date of the core group after each review, counted from the day held"),
      Map.entry("transferInConferenceWorkingDays", "Transfer-in conference held by the new area within (working days of being told)"),
      Map.entry("transferNoticeWorkingDays", "Key worker tells the new area of a move within (working days of the conference)"),
      Map.entry("briefingDaysBeforeMeeting", "New member briefed by (days before the next core group)"));

  /** {@link #minutesCirculatedBy()}: the key worker circulates the minutes, not the minute-taker. */
  public static final String KEY_WORKER_CIRCULATES = "key worker";

  /** {@link #absentReportTo()}: an absent professional's written report goes to the chair, not the key worker. */
  public static final String REPORT_TO_CHAIR = "chair";

  private final Map<String, Object> values;

  private LocalPolicy(Map<String, ?> values) {
    this.values = new HashMap<>(values);
  }

  /** The table's columns: the output names of {@code LocalPolicyDecision} (ModelConventionsTest checks they match). */
  public static java.util.Set<String> columns() {
    return LABELS.keySet();
  }

  /** Reads the decision's single result (output name to value), as the engine stores it. */
  public static LocalPolicy fromResult(Map<String, ?> result) {
    return new LocalPolicy(result);
  }

  /** The columns every case needs that this profile's row leaves empty, by their labels in the table. */
  public List<String> missingRequired() {
    return REQUIRED.stream().filter(name -> values.get(name) == null).map(LABELS::get).toList();
  }

  /**
   * The row as the case keeps it in its {@code policy} variable: every column of the table, null
   * where the profile sets no such rule (the decision's result leaves empty cells out), so the case
   * can tell "no such rule" from "a column added to the table since" (see {@link LocalPolicies#inForce}).
   */
  public Map<String, Object> asMap() {
    Map<String, Object> row = new HashMap<>();
    columns().forEach(name -> row.put(name, values.get(name)));
    values.forEach(row::putIfAbsent);
    return row;
  }

  private Integer number(String name) {
    Object value = values.get(name);
    return value == null ? null : ((Number) value).intValue();
  }

  private String text(String name) {
    Object value = values.get(name);
    return value == null ? null : value.toString();
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  /** Stage 1-4 of a professional difference: its working days. */
  public Integer differenceStageWorkingDays(int stage) {
    return number("differenceStage" + stage + "WorkingDays");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalPolicy p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "LocalPolicy" + values;
  }

  /** First core group within (working days). */
  public Integer firstCoreGroupWorkingDays() {
    return number("firstCoreGroupWorkingDays");
  }

  /** First core group also within (calendar days). */
  public Integer firstCoreGroupDays() {
    return number("firstCoreGroupDays");
  }

  /** Core groups at least every (weeks). */
  public Integer meetingIntervalWeeks() {
    return number("meetingIntervalWeeks");
  }

  /** Conference chair may set a longer interval. */
  public boolean conferenceMaySetLongerInterval() {
    return flag("conferenceMaySetLongerInterval");
  }

  /** Core groups between conferences (at least). */
  public Integer minMeetingsBetweenConferences() {
    return number("minMeetingsBetweenConferences");
  }

  /** Minutes circulated within (working days). */
  public Integer minutesWorkingDays() {
    return number("minutesWorkingDays");
  }

  /** Late minutes: reminder, then the team manager after (working days). */
  public Integer minutesChaseWorkingDays() {
    return number("minutesChaseWorkingDays");
  }

  /** Child seen by a professional every (working days). */
  public Integer childSeenWorkingDays() {
    return number("childSeenWorkingDays");
  }

  /** Key worker sees the child alone every (weeks). */
  public Integer keyWorkerSeesChildAloneWeeks() {
    return number("keyWorkerSeesChildAloneWeeks");
  }

  /** Meeting that did not go ahead re-arranged within (working days). */
  public Integer notQuorateRescheduleWorkingDays() {
    return number("notQuorateRescheduleWorkingDays");
  }

  /** Members told in writing that a meeting did not go ahead within (hours). */
  public Integer notHeldNoticeHours() {
    return number("notHeldNoticeHours");
  }

  /** Notice of a moved meeting (working days). */
  public Integer rescheduleNoticeWorkingDays() {
    return number("rescheduleNoticeWorkingDays");
  }

  /** Team manager decides on a meeting move within (working days). */
  public Integer moveApprovalWorkingDays() {
    return number("moveApprovalWorkingDays");
  }

  /** Team manager decides on a later meeting within (working days). */
  public Integer laterMeetingApprovalWorkingDays() {
    return number("laterMeetingApprovalWorkingDays");
  }

  /** Meetings missed in a row before the key worker escalates. */
  public Integer absencesBeforeEscalation() {
    return number("absencesBeforeEscalation");
  }

  /** Key worker escalates an agency absence within (working days). */
  public Integer absenceEscalationWorkingDays() {
    return number("absenceEscalationWorkingDays");
  }

  /** Core group before each review (weeks before). */
  public Integer preReviewCoreGroupWeeks() {
    return number("preReviewCoreGroupWeeks");
  }

  /** Core group after each review (within days). */
  public Integer postReviewCoreGroupDays() {
    return number("postReviewCoreGroupDays");
  }

  /** Step-down meeting within (days). */
  public Integer stepDownMeetingDays() {
    return number("stepDownMeetingDays");
  }

  /** Key worker asked for the birth when none is recorded (days after the expected date). */
  public Integer birthRecordOverdueDays() {
    return number("birthRecordOverdueDays");
  }

  /** A new plan goes to the previous key worker when the last one closed less than (months) before (R36). */
  public Integer reReferralMonths() {
    return number("reReferralMonths");
  }

  /** Exit plan recorded within (working days). */
  public Integer exitPlanWorkingDays() {
    return number("exitPlanWorkingDays");
  }

  /** First review conference within (months). */
  public Integer firstReviewMonths() {
    return number("firstReviewMonths");
  }

  /** Review conferences at most every (months). */
  public Integer reviewIntervalMonths() {
    return number("reviewIntervalMonths");
  }

  /** Concern confirmed in writing within (hours). */
  public Integer concernConfirmationHours() {
    return number("concernConfirmationHours");
  }

  /** Contingency review recorded within (working days). */
  public Integer contingencyReviewWorkingDays() {
    return number("contingencyReviewWorkingDays");
  }

  /** Conference chair decides on a plan change within (working days). */
  public Integer chairDecisionWorkingDays() {
    return number("chairDecisionWorkingDays");
  }

  /** Legal planning meeting arranged within (working days). */
  public Integer legalPlanningMeetingWorkingDays() {
    return number("legalPlanningMeetingWorkingDays");
  }

  /** First drift review after (months open). */
  public Integer driftReviewFirstMonths() {
    return number("driftReviewFirstMonths");
  }

  /** Second drift review after (months open). */
  public Integer driftReviewSecondMonths() {
    return number("driftReviewSecondMonths");
  }

  /** Third drift review, with the legal planning question, after (months open). */
  public Integer driftReviewThirdMonths() {
    return number("driftReviewThirdMonths");
  }

  /** Team manager reviews drift within (working days). */
  public Integer driftReviewWorkingDays() {
    return number("driftReviewWorkingDays");
  }

  /** Professional difference stage 1 within (working days). */
  public Integer differenceStage1WorkingDays() {
    return number("differenceStage1WorkingDays");
  }

  /** Professional difference stage 2 within (working days). */
  public Integer differenceStage2WorkingDays() {
    return number("differenceStage2WorkingDays");
  }

  /** Professional difference stage 3 within (working days). */
  public Integer differenceStage3WorkingDays() {
    return number("differenceStage3WorkingDays");
  }

  /** Professional difference stage 4 within (working days). */
  public Integer differenceStage4WorkingDays() {
    return number("differenceStage4WorkingDays");
  }

  /** The end of the plan records who agreed it (multi-agency decision). */
  public boolean endAgreedByAgencies() {
    return flag("endAgreedByAgencies");
  }

  /** Every core group chaired by children's social care (brent [004 4.1]). */
  public boolean chairFromChildrensSocialCare() {
    return flag("chairFromChildrensSocialCare");
  }

  /** Who circulates the minutes: "minute-taker" or {@link #KEY_WORKER_CIRCULATES} (brent [004 4.2]). */
  public String minutesCirculatedBy() {
    return text("minutesCirculatedBy");
  }

  /** A professional who cannot attend sends a written report or a representative (brent [004 4.6]). */
  public boolean absentReportOrRepresentative() {
    return flag("absentReportOrRepresentative");
  }

  /** A representative is confirmed as briefed. */
  public boolean representativeConfirmedBriefed() {
    return flag("representativeConfirmedBriefed");
  }

  /** A move at shorter notice than {@link #rescheduleNoticeWorkingDays()} is refused (brent [004 4.7]). */
  public boolean shortNoticeMoveRefused() {
    return flag("shortNoticeMoveRefused");
  }

  /** The core group before a review records what will be shared and recommended (brent [004 3.7]). */
  public boolean preReviewRecordsWhatIsShared() {
    return flag("preReviewRecordsWhatIsShared");
  }

  /** An absent professional's written report goes to ("key worker" or "chair"). */
  public String absentReportTo() {
    return text("absentReportTo");
  }

  /** A professional who cannot attend sends a representative. */
  public boolean absentSendsRepresentative() {
    return flag("absentSendsRepresentative");
  }

  /** A professional who cannot attend sends a written report before the meeting. */
  public boolean absentSendsReport() {
    return flag("absentSendsReport");
  }

  /** A representative is the professional's manager or a senior colleague. */
  public boolean representativeIsSenior() {
    return flag("representativeIsSenior");
  }

  /** Every core group records past harm, the danger statement and whether the scale was explained to the parents. */
  public boolean signsOfSafetyInFull() {
    return flag("signsOfSafetyInFull");
  }

  /** The first core group agrees a chair and minute-taker rota. */
  public boolean firstMeetingAgreesRota() {
    return flag("firstMeetingAgreesRota");
  }

  /** The first core group records every member's contact details and role. */
  public boolean firstMeetingRecordsContacts() {
    return flag("firstMeetingRecordsContacts");
  }

  /** The first core group agrees who sets up the professionals' email group. */
  public boolean firstMeetingAgreesEmailGroup() {
    return flag("firstMeetingAgreesEmailGroup");
  }

  /** Every core group agrees who tells the child about it afterwards. */
  public boolean childFeedbackAgreed() {
    return flag("childFeedbackAgreed");
  }

  /** Later core groups chaired by the key worker or their manager unless delegated by agreement. */
  public boolean laterChairKeyWorkerOrManager() {
    return flag("laterChairKeyWorkerOrManager");
  }

  /** A meeting that did not go ahead is re-arranged through the key worker's manager. */
  public boolean notHeldRearrangedByManager() {
    return flag("notHeldRearrangedByManager");
  }

  /** The core group appoints the chair of each next meeting (good practice: not the key worker). */
  public boolean coreGroupAppointsChair() {
    return flag("coreGroupAppointsChair");
  }

  /** The first core group agrees how often the child and family are seen, and by whom. */
  public boolean firstMeetingAgreesFamilyContact() {
    return flag("firstMeetingAgreesFamilyContact");
  }

  /** The first core group agrees a contingency plan if the family does not co-operate. */
  public boolean firstMeetingAgreesContingency() {
    return flag("firstMeetingAgreesContingency");
  }

  /** Team manager re-arranges a meeting that did not go ahead within (working days), where the profile asks it. */
  public Integer rearrangeByManagerWorkingDays() {
    return number("rearrangeByManagerWorkingDays");
  }

  /**
   * brent [004 3.9]: the conference chair sets the date of the core group after each review at
   * the review, within {@link #postReviewCoreGroupDays()} calendar days of the day it was held.
   */
  public boolean chairSetsPostReviewMeetingDate() {
    return flag("chairSetsPostReviewMeetingDate");
  }

  /** A child who moved permanently: the new area holds its transfer-in conference within N working days of being told [WT]. */
  public Integer transferInConferenceWorkingDays() {
    return number("transferInConferenceWorkingDays");
  }

  /** A child who moved permanently: the key worker tells the new area within N working days of the conference. */
  public Integer transferNoticeWorkingDays() {
    return number("transferNoticeWorkingDays");
  }

  /** A member who joins is briefed by the end of the day this many days before the next core group ([003]). */
  public Integer briefingDaysBeforeMeeting() {
    return number("briefingDaysBeforeMeeting");
  }
}
