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
      "reReferralMonths");

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
      Map.entry("endAgreedByAgencies", "The end of the plan records who agreed it (multi-agency decision)"));

  private final Map<String, Object> values;

  private LocalPolicy(Map<String, ?> values) {
    this.values = new HashMap<>(values);
  }

  /** Reads the decision's single result (output name to value), as the engine stores it. */
  /** The table's columns: the output names of {@code LocalPolicyDecision} (ModelConventionsTest checks they match). */
  public static java.util.Set<String> columns() {
    return LABELS.keySet();
  }

  public static LocalPolicy fromResult(Map<String, ?> result) {
    return new LocalPolicy(result);
  }

  /** The columns every case needs that this profile's row leaves empty, by their labels in the table. */
  public List<String> missingRequired() {
    return REQUIRED.stream().filter(name -> values.get(name) == null).map(LABELS::get).toList();
  }

  /** The row as the engine stores it in the case's {@code policy} variable. */
  public Map<String, Object> asMap() {
    return new HashMap<>(values);
  }

  private Integer number(String name) {
    Object value = values.get(name);
    return value == null ? null : ((Number) value).intValue();
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
}
