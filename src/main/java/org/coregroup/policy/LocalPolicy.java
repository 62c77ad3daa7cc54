package org.coregroup.policy;

import java.util.Map;

import org.coregroup.membership.CaseVariables;

/**
 * The timescales of one local policy profile, as the {@code LocalPolicyDecision} table gives
 * them. A null means the profile sets no such rule.
 */
public record LocalPolicy(
    Integer firstCoreGroupWorkingDays,
    Integer meetingIntervalWeeks,
    Integer minMeetingsBetweenConferences,
    Integer minutesWorkingDays,
    Integer childSeenWorkingDays,
    Integer keyWorkerSeesChildAloneWeeks,
    Integer notQuorateRescheduleWorkingDays,
    Integer rescheduleNoticeWorkingDays,
    Integer preReviewCoreGroupWeeks,
    Integer postReviewCoreGroupDays,
    Integer stepDownMeetingDays,
    Integer firstReviewMonths,
    Integer reviewIntervalMonths) {

  public static final String DECISION_KEY = "LocalPolicyDecision";
  public static final String INPUT = CaseVariables.LOCAL_POLICY;

  /** Reads the decision's single result (output name to value), as the engine stores it. */
  public static LocalPolicy fromResult(Map<String, ?> result) {
    return new LocalPolicy(
        number(result, "firstCoreGroupWorkingDays"),
        number(result, "meetingIntervalWeeks"),
        number(result, "minMeetingsBetweenConferences"),
        number(result, "minutesWorkingDays"),
        number(result, "childSeenWorkingDays"),
        number(result, "keyWorkerSeesChildAloneWeeks"),
        number(result, "notQuorateRescheduleWorkingDays"),
        number(result, "rescheduleNoticeWorkingDays"),
        number(result, "preReviewCoreGroupWeeks"),
        number(result, "postReviewCoreGroupDays"),
        number(result, "stepDownMeetingDays"),
        number(result, "firstReviewMonths"),
        number(result, "reviewIntervalMonths"));
  }

  private static Integer number(Map<String, ?> result, String name) {
    Object value = result.get(name);
    return value == null ? null : ((Number) value).intValue();
  }
}
