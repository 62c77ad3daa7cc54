package org.coregroup.plan;

import java.util.List;

import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroupMember;

/**
 * The contract of {@code bpmn/ChildProtectionPlanProcess.bpmn}: one instance per child's plan,
 * business key = case reference. Every key, id and variable name the code or tests use is here.
 */
public final class ChildProtectionPlanProcess {

  public static final String KEY = "ChildProtectionPlanProcess";

  /** Elements. */
  public static final String START_EVENT = "StartEvent_PlanAgreed";
  public static final String TASK_LOOK_UP_LOCAL_POLICY = "Task_LookUpLocalPolicy";
  public static final String TASK_SET_PLAN_DEADLINES = "Task_SetPlanDeadlines";
  public static final String SUBPROCESS_PLAN_ACTIVE = "SubProcess_PlanActive";
  public static final String CALL_CORE_GROUP_MEETING = "CallActivity_CoreGroupMeeting";
  public static final String TASK_APPROVE_LATER_MEETING = "Task_ApproveLaterMeeting";
  public static final String TASK_HOLD_REVIEW_CONFERENCE = "Task_HoldReviewConference";
  public static final String TASK_MOVE_REVIEW_DATE = "Task_MoveReviewDate";
  public static final String TASK_RECORD_EXIT_PLAN = "Task_RecordExitPlan";
  public static final String TASK_HOLD_STEP_DOWN_MEETING = "Task_HoldStepDownMeeting";
  public static final String BOUNDARY_CHILD_TURNS_18 = "BoundaryEvent_ChildTurns18";
  public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";

  /** Messages, correlated by business key (the case reference). */
  public static final String MESSAGE_BRING_REVIEW_FORWARD = "Message_BringReviewForward";
  public static final String MESSAGE_CHILD_LOOKED_AFTER = "Message_ChildLookedAfter";

  /** Start variables (R1-R3). */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHILD_NAME = CaseVariables.CHILD_NAME;
  public static final String CHILD_BIRTH_DATE = "childBirthDate";
  public static final String EXPECTED_BIRTH_DATE = "expectedBirthDate";
  public static final String ICPC_DATE = CaseVariables.ICPC_DATE;
  public static final String LOCAL_POLICY = CaseVariables.LOCAL_POLICY;
  public static final String JURISDICTION = CaseVariables.JURISDICTION;
  public static final String CATEGORY_OF_ABUSE = "categoryOfAbuse";
  public static final String OUTLINE_PLAN = "outlinePlan";
  public static final String KEY_WORKER = CaseVariables.KEY_WORKER;
  public static final String TEAM_MANAGER = CaseVariables.TEAM_MANAGER;
  public static final String CONFERENCE_CHAIR = CaseVariables.CONFERENCE_CHAIR;
  public static final String CORE_GROUP_MEMBERS = CaseVariables.CORE_GROUP_MEMBERS;
  /** The keys of one member in {@link #CORE_GROUP_MEMBERS} (the start form's member list). */
  public static final String MEMBER_NAME = CoreGroupMember.NAME;
  public static final String MEMBER_ROLE = CoreGroupMember.ROLE;
  public static final String MEMBER_AGENCY = CoreGroupMember.AGENCY;
  public static final String MEMBER_USER_ID = CoreGroupMember.USER_ID;
  public static final String MEMBER_EMAIL = CoreGroupMember.EMAIL;
  public static final String MEETING_INTERVAL_WEEKS = "meetingIntervalWeeks";
  public static final String CHILD_SEEN_WORKING_DAYS = CaseVariables.CHILD_SEEN_WORKING_DAYS;
  public static final String KEY_WORKER_SEES_CHILD_ALONE_WEEKS = CaseVariables.KEY_WORKER_SEES_CHILD_ALONE_WEEKS;
  public static final String FIRST_CORE_GROUP_AT = "firstCoreGroupAt";
  public static final String FIRST_CORE_GROUP_VENUE = "firstCoreGroupVenue";

  public static final List<String> CATEGORIES_OF_ABUSE = List.of("NEG", "PHY", "SAB", "EMO", "MUL");

  /** Variables the plan keeps. */
  public static final String POLICY = "policy";
  public static final String FIRST_CORE_GROUP_DUE = "firstCoreGroupDue";
  public static final String NEXT_CORE_GROUP_DUE = "nextCoreGroupDue";
  public static final String MEETING_NUMBER = "meetingNumber";
  public static final String MEETING_HISTORY = "meetingHistory";
  public static final String NEXT_MEETING_IN_TIME = "nextMeetingInTime";
  public static final String LATEST_NEXT_MEETING = "latestNextMeeting";
  public static final String APPROVAL_DUE = "approvalDue";
  public static final String LATER_MEETING_APPROVED = "laterMeetingApproved";
  public static final String LATER_MEETING_REASON = "laterMeetingReason";
  public static final String EARLIER_MEETING_DATE = "earlierMeetingDate";
  public static final String NEXT_REVIEW_DUE = "nextReviewDue";
  public static final String REVIEW_NUMBER = "reviewNumber";
  public static final String LAST_CONFERENCE_ON = "lastConferenceOn";
  public static final String NEW_REVIEW_DATE = "newReviewDate";
  public static final String MEETING_HISTORY_SUMMARY = "meetingHistorySummary";
  /** Who joined or left the Core Group, or replaced the key worker, team manager or chair (ChangeCoreGroupProcess). */
  public static final String MEMBERSHIP_HISTORY = "membershipHistory";
  public static final String MEMBERSHIP_HISTORY_SUMMARY = "membershipHistorySummary";
  public static final String REVIEW_HELD_ON = "reviewHeldOn";
  public static final String PLAN_CONTINUES = "planContinues";
  public static final String NEW_CATEGORY_OF_ABUSE = "newCategoryOfAbuse";
  public static final String LATEST_CATEGORY_OF_ABUSE = "latestCategoryOfAbuse";
  public static final String CATEGORY_HISTORY = "categoryHistory";
  public static final String END_REASON = "endReason";
  /** R35 sandwell [001]: who agreed to end the plan (a multi-agency decision). */
  public static final String END_AGREED_BY = "endAgreedBy";
  public static final String PLAN_END_DATE = "planEndDate";
  public static final String EIGHTEENTH_BIRTHDAY = "eighteenthBirthday";
  public static final String LOOKED_AFTER = "lookedAfter";
  public static final String LOOKED_AFTER_FROM = "lookedAfterFrom";
  public static final String EXIT_PLAN = "exitPlan";
  public static final String EXIT_PLAN_DUE = "exitPlanDue";
  public static final String STEP_DOWN_NEEDED = "stepDownNeeded";
  public static final String STEP_DOWN_DUE = "stepDownDue";
  public static final String STEP_DOWN_HELD_ON = "stepDownHeldOn";
  public static final String STEP_DOWN_TYPE = "stepDownType";
  public static final String CHILD_IN_NEED_PLAN_FROM = "childInNeedPlanFrom";
  public static final String CASE_CLOSED_ON = "caseClosedOn";

  /** Variables the meeting returns (see the meeting package's contract). */
  public static final String MEETING_HELD_ON = "meetingHeldOn";
  public static final String NEXT_MEETING_DATE = "nextMeetingDate";

  private ChildProtectionPlanProcess() {
  }
}
