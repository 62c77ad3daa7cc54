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
  /** bedfordshire [000]: a meeting that did not go ahead is re-arranged through the key worker's manager. */
  public static final String GATEWAY_REARRANGED_BY_MANAGER = "Gateway_RearrangedByManager";
  public static final String TASK_REARRANGE_MEETING = "Task_RearrangeMeeting";
  public static final String TASK_HOLD_REVIEW_CONFERENCE = "Task_HoldReviewConference";
  public static final String TASK_MOVE_REVIEW_DATE = "Task_MoveReviewDate";
  /** brent [004 3.9]: the date the conference chair set for the next core group becomes its date. */
  public static final String GATEWAY_CONFERENCE_SET_MEETING_DATE = "Gateway_ConferenceSetMeetingDate";
  public static final String TASK_SET_NEXT_CORE_GROUP_DATE = "Task_SetNextCoreGroupDate";
  public static final String TASK_RECORD_EXIT_PLAN = "Task_RecordExitPlan";
  public static final String TASK_HOLD_STEP_DOWN_MEETING = "Task_HoldStepDownMeeting";
  public static final String TIMER_CHILD_TURNS_18 = "TimerEvent_ChildTurns18";
  /** An unborn child (R1): the plan waits for the birth before the 18th birthday counts. */
  public static final String SUBPROCESS_AWAIT_BIRTH = "SubProcess_AwaitBirth";
  public static final String TIMER_BIRTH_NOT_RECORDED = "TimerEvent_BirthNotRecorded";
  public static final String TASK_RECORD_BIRTH = "Task_RecordBirth";
  public static final String BOUNDARY_CHILD_BORN = "BoundaryEvent_ChildBorn";
  public static final String TASK_APPLY_BIRTH = "Task_ApplyBirth";
  /**
   * ADR 0033: the births (one at a time, {@code Gateway_BabyToCome} "A baby to come?" and
   * {@code Gateway_AnotherBabyToCome} "Another baby to come?" on {@link #AWAITING_BIRTH}) and the
   * 18th birthdays ({@code Gateway_ChildBorn} "Child born?" on {@link #CHILD_BORN}, else
   * {@code ConditionalEvent_ChildBorn} "A child born") run side by side.
   */
  public static final String GATEWAY_BIRTHS_AND_BIRTHDAYS = "Gateway_BirthsAndBirthdays";
  public static final String GATEWAY_BABY_TO_COME = "Gateway_BabyToCome";
  public static final String GATEWAY_ANOTHER_BABY_TO_COME = "Gateway_AnotherBabyToCome";
  public static final String CONDITIONAL_CHILD_BORN = "ConditionalEvent_ChildBorn";
  public static final String END_EVENT_EVERY_CHILD_BORN = "EndEvent_EveryChildBorn";
  public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";
  /** A child who moved permanently to another area (R35 [WT]): the plan is transferred before it ends. */
  public static final String GATEWAY_MOVED_AREA = "Gateway_MovedArea";
  public static final String TASK_TRANSFER_PLAN = "Task_TransferPlan";
  public static final String TASK_RECORD_TRANSFER_IN_CONFERENCE = "Task_RecordTransferInConference";
  public static final String BOUNDARY_TRANSFER_IN_CONFERENCE_OVERDUE = "BoundaryEvent_TransferInConferenceOverdue";
  public static final String TASK_CHASE_TRANSFER_IN_CONFERENCE = "Task_ChaseTransferInConference";
  public static final String TASK_END_PLAN_ON_TRANSFER = "Task_EndPlanOnTransfer";
  public static final String END_EVENT_PLAN_TRANSFERRED = "EndEvent_PlanTransferred";
  /** ADR 0033: a child's plan ended while brothers' or sisters' continue: their clocks stop. */
  public static final String GATEWAY_CHILD_PLANS_ENDED = "Gateway_ChildPlansEnded";
  public static final String TASK_STOP_ENDED_CHILDRENS_CLOCKS = "Task_StopEndedChildrensClocks";
  public static final String GATEWAY_SIBLINGS_STILL_ON_PLAN = "Gateway_SiblingsStillOnPlan";
  /**
   * ADR 0033: a child whose plan ended while their brothers' or sisters' continue gets an exit plan
   * (and a step-down meeting when they stay with needs) of their own: the escalation "A child's plan
   * ended" (thrown after the review, the 18th birthday or the child's transfer) is caught by the
   * non-interrupting {@link #BOUNDARY_CHILD_PLANS_ENDED} on the active plan, which starts
   * {@link #SUBPROCESS_CHILD_LEAVES_PLAN} (one instance per child in {@link #ENDED_CHILD_NUMBERS})
   * outside it: it outlives the plan's own end.
   */
  public static final String ESCALATION_CHILD_PLAN_ENDED = "ChildPlanEnded";
  public static final String THROW_CHILD_PLANS_ENDED_AT_REVIEW = "ThrowEvent_ChildPlansEndedAtReview";
  public static final String THROW_CHILD_PLAN_ENDED_AT_EIGHTEEN = "ThrowEvent_ChildPlanEndedAtEighteen";
  public static final String BOUNDARY_CHILD_PLANS_ENDED = "BoundaryEvent_ChildPlansEnded";
  public static final String SUBPROCESS_CHILD_LEAVES_PLAN = "SubProcess_ChildLeavesPlan";
  public static final String TASK_PREPARE_CHILDS_EXIT_PLAN = "Task_PrepareChildsExitPlan";
  public static final String TASK_RECORD_CHILDS_EXIT_PLAN = "Task_RecordChildsExitPlan";
  public static final String GATEWAY_CHILDS_STEP_DOWN_NEEDED = "Gateway_ChildsStepDownNeeded";
  public static final String TASK_HOLD_CHILDS_STEP_DOWN_MEETING = "Task_HoldChildsStepDownMeeting";
  public static final String TASK_CLOSE_CHILDS_PLAN = "Task_CloseChildsPlan";
  /**
   * ADR 0033: one child moved permanently to another area while the others stay
   * ({@link #CHILDREN_MOVING}): {@link #SUBPROCESS_CHILD_TRANSFER}, one instance per child in
   * {@link #MOVING_CHILD_NUMBERS}, transfers that child's plan with the plan's own forms and checks;
   * the child's plan (and clocks) stay active until the receiving authority's transfer-in conference.
   * The transfer of the last child on the plan ends the plan ({@link #ESCALATION_LAST_CHILD_TRANSFERRED}).
   */
  public static final String GATEWAY_CHILD_MOVED_AREA = "Gateway_ChildMovedArea";
  public static final String SUBPROCESS_CHILD_TRANSFER = "SubProcess_ChildTransfer";
  public static final String TASK_BEGIN_CHILDS_TRANSFER = "Task_BeginChildsTransfer";
  public static final String TASK_TRANSFER_CHILDS_PLAN = "Task_TransferChildsPlan";
  public static final String TASK_RECORD_CHILDS_TRANSFER_IN_CONFERENCE = "Task_RecordChildsTransferInConference";
  public static final String BOUNDARY_CHILDS_TRANSFER_IN_CONFERENCE_OVERDUE = "BoundaryEvent_ChildsTransferInConferenceOverdue";
  public static final String TASK_CHASE_CHILDS_TRANSFER_IN_CONFERENCE = "Task_ChaseChildsTransferInConference";
  public static final String TASK_END_CHILDS_PLAN_ON_TRANSFER = "Task_EndChildsPlanOnTransfer";
  public static final String ESCALATION_LAST_CHILD_TRANSFERRED = "LastChildTransferred";
  public static final String END_EVENT_PLAN_TRANSFERRED_WITH_LAST_CHILD = "EndEvent_PlanTransferredWithLastChild";

  /** Messages, correlated by business key (the case reference). */
  public static final String MESSAGE_BRING_REVIEW_FORWARD = "Message_BringReviewForward";
  public static final String MESSAGE_CHILD_LOOKED_AFTER = "Message_ChildLookedAfter";
  /**
   * The birth of an unborn child: {@link #NAME_AT_BIRTH}, {@link #CHILD_BIRTH_DATE}, optionally
   * {@link #BIRTH_RECORDED_BY}; {@link #UNBORN_CHILD} when more than one child is still to be born.
   */
  public static final String MESSAGE_CHILD_BORN = "Message_ChildBorn";
  /** Sent by the plan to its monitoring once the birth is recorded: the child-seen clocks start. */
  public static final String MESSAGE_BIRTH_RECORDED = org.coregroup.monitoring.CaseMonitoringProcess.MESSAGE_BIRTH_RECORDED;

  /** Start variables (R1-R3). */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHILD_NAME = CaseVariables.CHILD_NAME;
  public static final String CHILD_BIRTH_DATE = "childBirthDate";
  public static final String EXPECTED_BIRTH_DATE = "expectedBirthDate";
  public static final String ICPC_DATE = CaseVariables.ICPC_DATE;
  public static final String LOCAL_POLICY = CaseVariables.LOCAL_POLICY;
  public static final String JURISDICTION = CaseVariables.JURISDICTION;
  public static final String CATEGORY_OF_ABUSE = "categoryOfAbuse";
  /**
   * ADR 0033: brothers and sisters on one plan with one Core Group. A Json list, each child with
   * {@link #CHILD_NAME}, {@link #CHILD_BIRTH_DATE} or {@link #EXPECTED_BIRTH_DATE} and
   * {@link #CATEGORY_OF_ABUSE}; given instead of those single-child variables. The plan keeps it
   * for every plan (one child: a list of one), each child also with {@link #CHILD_NUMBER},
   * {@link #LATEST_CATEGORY_OF_ABUSE}, {@link #CATEGORY_HISTORY}, {@link #PREVIOUS_PLANS},
   * {@link #PLAN_END_DATE} and {@link #END_REASON} of their own.
   */
  public static final String CHILDREN = "children";
  /** A child's number in {@link #CHILDREN} (1, 2, ...); their monitoring has it too. */
  public static final String CHILD_NUMBER = org.coregroup.monitoring.CaseMonitoringProcess.CHILD_NUMBER;
  /**
   * The review of a sibling group: one row per child still on the plan, each with
   * {@link #CHILD_NUMBER}, {@link #CHILD_NAME} (shown), {@link #PLAN_CONTINUES},
   * {@link #NEW_CATEGORY_OF_ABUSE} and {@link #END_REASON}.
   */
  public static final String CHILD_OUTCOMES = "childOutcomes";
  /**
   * Start (optional, the start form's tick box): the plan is for brothers and sisters, named in
   * {@link #CHILDREN}. Kept by the plan (true for more than one child), and set on the review task
   * when it is created: the form asks for each child.
   */
  public static final String SIBLING_GROUP = "siblingGroup";
  /** True when the review (or an 18th birthday) ended a child's plan while others' continue. */
  public static final String CHILD_PLANS_ENDED = "childPlansEnded";
  /** The numbers of the children whose plans ended then, for {@code Task_StopEndedChildrensClocks}. */
  public static final String ENDED_CHILD_NUMBERS = "endedChildNumbers";
  /** True while a child who turned 18 leaves brothers or sisters on the plan. */
  public static final String SIBLINGS_STILL_ON_PLAN = "siblingsStillOnPlan";
  /** True when the review found a child (or more) moved to another area while the others stay (ADR 0033). */
  public static final String CHILDREN_MOVING = "childrenMoving";
  /** The numbers of the children who moved then, for {@code SubProcess_ChildTransfer}. */
  public static final String MOVING_CHILD_NUMBERS = "movingChildNumbers";
  /** In a child's entry of {@link #CHILDREN}: the review that found the child moved alone; their plan ends at the transfer-in conference. */
  public static final String MOVED_AREA_ON = "movedAreaOn";
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
  /** R36: why another key worker than the previous plan's takes a re-referral. */
  public static final String KEY_WORKER_CHANGE_REASON = "keyWorkerChangeReason";
  /**
   * A plan that starts from a transfer-in conference for a child who had a plan in another area:
   * the conference's date is {@link #ICPC_DATE} and every deadline runs from it (ADR 0031).
   */
  public static final String TRANSFER_IN = "transferIn";
  public static final String PREVIOUS_AUTHORITY = "previousAuthority";
  public static final String PREVIOUS_PLAN_START_DATE = "previousPlanStartDate";

  public static final List<String> CATEGORIES_OF_ABUSE = List.of("NEG", "PHY", "SAB", "EMO", "MUL");

  /**
   * The case reference percent-encoded (every character but letters, digits and {@code -._~}),
   * for the links in the plan's forms: a reference is free text, and nothing of it can become
   * markup in a form's text (the review form's link to the case's history).
   */
  public static final String CASE_REFERENCE_IN_LINKS = "caseReferenceInLinks";

  /** Variables the plan keeps. */
  /** R36, census: the child's closed plans here before this one; the last one, when it closed within the profile's months. */
  public static final String PREVIOUS_PLANS = "previousPlans";
  public static final String PREVIOUS_CASE_REFERENCE = "previousCaseReference";
  public static final String PREVIOUS_PLAN_CLOSED_ON = "previousPlanClosedOn";
  public static final String PREVIOUS_KEY_WORKER = "previousKeyWorker";
  public static final String POLICY = "policy";
  public static final String FIRST_CORE_GROUP_DUE = "firstCoreGroupDue";
  public static final String NEXT_CORE_GROUP_DUE = "nextCoreGroupDue";
  /** sandwell [001]: the chair and minute-taker rota the first meeting agreed (row 1: meeting 2). */
  public static final String ROTA = "rota";
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
  /**
   * The keys of {@link #MEETING_HISTORY} (JSON), for what reports on it (the oversight page):
   * {@code meetings} held, each with its {@code number}, {@code heldOn}, {@code dueBy} (the latest
   * day the rules allowed) and the team manager's {@code lateReason} for a later next one;
   * {@code conferences} held, each with its {@code number}, {@code heldOn} and {@code dueBy};
   * meetings that did not go ahead ({@code notHeld}), each {@code on} a day for a {@code reason}.
   */
  public static final String HISTORY_MEETINGS = "meetings";
  public static final String HISTORY_CONFERENCES = "conferences";
  public static final String HISTORY_NOT_HELD = "notHeld";
  public static final String HISTORY_NUMBER = "number";
  public static final String HISTORY_HELD_ON = "heldOn";
  public static final String HISTORY_DUE_BY = "dueBy";
  public static final String HISTORY_LATE_REASON = "lateReason";
  public static final String HISTORY_NOT_HELD_ON = "on";
  public static final String HISTORY_NOT_HELD_REASON = "reason";
  /** Who joined or left the Core Group, or replaced the key worker, team manager or chair (ChangeCoreGroupProcess). */
  public static final String MEMBERSHIP_HISTORY = "membershipHistory";
  public static final String MEMBERSHIP_HISTORY_SUMMARY = "membershipHistorySummary";
  public static final String REVIEW_HELD_ON = "reviewHeldOn";
  public static final String PLAN_CONTINUES = "planContinues";
  public static final String NEW_CATEGORY_OF_ABUSE = "newCategoryOfAbuse";
  public static final String LATEST_CATEGORY_OF_ABUSE = "latestCategoryOfAbuse";
  public static final String CATEGORY_HISTORY = "categoryHistory";
  /** A row of a child's {@link #CATEGORY_HISTORY}: the category and the day it applied from. */
  public static final String CATEGORY_HISTORY_CATEGORY = "category";
  public static final String CATEGORY_HISTORY_FROM = "from";
  public static final String END_REASON = "endReason";
  /** R35 sandwell [001]: who agreed to end the plan (a multi-agency decision). */
  public static final String END_AGREED_BY = "endAgreedBy";
  /**
   * brent [004 3.9]: the conference chair sets the date (and, if they wish, start time and venue)
   * of the next core group at the review; asked where {@link #ASK_POST_REVIEW_MEETING_DATE}.
   */
  public static final String POST_REVIEW_MEETING_DATE = "postReviewMeetingDate";
  public static final String POST_REVIEW_MEETING_TIME = "postReviewMeetingTime";
  public static final String POST_REVIEW_MEETING_VENUE = "postReviewMeetingVenue";
  /** Set on the review task when it is created, from the case's policy: the form shows the fields above. */
  public static final String ASK_POST_REVIEW_MEETING_DATE = "askPostReviewMeetingDate";
  /** True when the review set the next core group's date ({@code Gateway_ConferenceSetMeetingDate}). */
  public static final String CONFERENCE_SET_MEETING_DATE = "conferenceSetMeetingDate";
  /** The chair's date kept for the meeting after the one still to be recorded before the review. */
  public static final String PENDING_CONFERENCE_MEETING_DATE = "pendingConferenceMeetingDate";
  public static final String PLAN_END_DATE = "planEndDate";
  public static final String EIGHTEENTH_BIRTHDAY = "eighteenthBirthday";
  /**
   * False while an unborn child's birth is not recorded. For brothers and sisters (ADR 0033): true
   * while a child still on the plan is born, whose 18th birthday the plan watches.
   */
  public static final String CHILD_BORN = "childBorn";
  /** True while a child on the plan is still to be born: the plan waits for the birth. */
  public static final String AWAITING_BIRTH = "awaitingBirth";
  /**
   * Which baby was born, given with the birth: the name the plan gives the unborn child ("Baby of
   * Jane Example"). Needed when more than one child of the plan is still to be born (twins, or a
   * baby of each of two mothers in one family); otherwise optional.
   */
  public static final String UNBORN_CHILD = "unbornChild";
  /** On {@code Task_RecordBirth}: the children still to be born, as choices for {@link #UNBORN_CHILD}. */
  public static final String UNBORN_CHILDREN = "unbornChildren";
  /** The {@link #CHILD_NUMBER} of the child whose birth was recorded last; their monitoring hears of it. */
  public static final String BORN_CHILD_NUMBER = "bornChildNumber";
  /** When the key worker is asked for the birth: the expected date plus the profile's days. */
  public static final String BIRTH_RECORD_DUE = "birthRecordDue";
  /** The child's name given when the birth is recorded (it replaces {@link #CHILD_NAME}). */
  public static final String NAME_AT_BIRTH = "nameAtBirth";
  public static final String BIRTH_RECORDED_BY = "birthRecordedBy";
  public static final String BIRTH_RECORDED_ON = "birthRecordedOn";
  public static final String LOOKED_AFTER = "lookedAfter";
  public static final String LOOKED_AFTER_FROM = "lookedAfterFrom";
  public static final String LOOKED_AFTER_RECORDED_BY = "lookedAfterRecordedBy";
  /** Sent with {@link #MESSAGE_BRING_REVIEW_FORWARD} by "Bring the review forward": why, and who. */
  public static final String REVIEW_FORWARD_REASON = "reviewForwardReason";
  public static final String REVIEW_FORWARD_BY = "reviewForwardBy";
  public static final String EXIT_PLAN = "exitPlan";
  public static final String EXIT_PLAN_DUE = "exitPlanDue";
  public static final String STEP_DOWN_NEEDED = "stepDownNeeded";
  public static final String STEP_DOWN_DUE = "stepDownDue";
  public static final String STEP_DOWN_HELD_ON = "stepDownHeldOn";
  public static final String STEP_DOWN_TYPE = "stepDownType";
  public static final String CHILD_IN_NEED_PLAN_FROM = "childInNeedPlanFrom";
  public static final String CASE_CLOSED_ON = "caseClosedOn";

  /**
   * A transfer out (R35 [WT]): the review found the child moved permanently to another area; the
   * key worker tells the receiving authority ("Transfer the plan", due {@link #TRANSFER_NOTICE_DUE})
   * and records its transfer-in conference (due {@link #TRANSFER_IN_CONFERENCE_DUE}); then the plan ends.
   */
  public static final String TRANSFER_NOTICE_DUE = "transferNoticeDue";
  public static final String RECEIVING_AUTHORITY = "receivingAuthority";
  /**
   * ADR 0036: the form offers the local authorities of England and Wales
   * ({@link #LOCAL_AUTHORITY_CHOICES}, set on the task) and {@link #OUTSIDE_THE_LIST}; the check
   * keeps the authority's name here and its DfE code in {@link #RECEIVING_AUTHORITY_CODE}. One
   * outside the list is named in {@link #RECEIVING_AUTHORITY_ELSEWHERE} with
   * {@link #RECEIVING_AUTHORITY_ELSEWHERE_REASON}; its name is then kept here too.
   */
  public static final String LOCAL_AUTHORITY_CHOICES = "localAuthorityChoices";
  public static final String OUTSIDE_THE_LIST = "elsewhere";
  public static final String OUTSIDE_THE_LIST_LABEL = "Somewhere not on this list (Scotland, Northern Ireland, abroad)";
  public static final String RECEIVING_AUTHORITY_CODE = "receivingAuthorityCode";
  public static final String RECEIVING_AUTHORITY_ELSEWHERE = "receivingAuthorityElsewhere";
  public static final String RECEIVING_AUTHORITY_ELSEWHERE_REASON = "receivingAuthorityElsewhereReason";
  /**
   * ADR 0036: the secure email address the transfer record (a tagged PDF) is sent to on completing
   * "Transfer the plan" (optional: the key worker may download it instead); what was sent, when,
   * to whom and by whom is added to {@link #TRANSFER_RECORD_LOG} (a Json list of
   * {@code at}, {@code what}, {@code to}, {@code email}, {@code by}, {@code how}).
   */
  public static final String TRANSFER_RECORD_EMAIL = "transferRecordEmail";
  public static final String TRANSFER_RECORD_LOG = "transferRecordLog";
  public static final String TRANSFER_RECORD_AT = "at";
  public static final String TRANSFER_RECORD_WHAT = "what";
  public static final String TRANSFER_RECORD_TO = "to";
  public static final String TRANSFER_RECORD_TO_EMAIL = "email";
  public static final String TRANSFER_RECORD_BY = "by";
  public static final String TRANSFER_RECORD_HOW = "how";
  public static final String RECEIVING_AUTHORITY_CONTACT = "receivingAuthorityContact";
  public static final String RECEIVING_AUTHORITY_TOLD_ON = "receivingAuthorityToldOn";
  public static final String TRANSFER_RECORDS_SENT = "transferRecordsSent";
  public static final String TRANSFER_IN_CONFERENCE_DUE = "transferInConferenceDue";
  public static final String TRANSFER_IN_CONFERENCE_ON = "transferInConferenceOn";
  /** What the receiving authority's conference decided: one of {@link #TRANSFER_IN_DECISIONS}. */
  public static final String TRANSFER_IN_CONFERENCE_DECISION = "transferInConferenceDecision";
  public static final String TRANSFER_IN_PLAN_CONTINUES = "planContinues";
  public static final String TRANSFER_IN_NO_PLAN = "noPlan";
  public static final java.util.List<String> TRANSFER_IN_DECISIONS = java.util.List.of(TRANSFER_IN_PLAN_CONTINUES, TRANSFER_IN_NO_PLAN);
  public static final String TRANSFER_CHASE_NOTE = "transferChaseNote";
  /** Who recorded each step of the transfer: the logged-in key worker or team manager. */
  public static final String TRANSFER_RECORDED_BY = "transferRecordedBy";

  /** Variables the meeting returns (see the meeting package's contract). */
  public static final String MEETING_HELD_ON = "meetingHeldOn";
  public static final String NEXT_MEETING_DATE = "nextMeetingDate";
  public static final String NEXT_MEETING_TIME = "nextMeetingTime";
  public static final String NEXT_MEETING_END_TIME = "nextMeetingEndTime";
  public static final String NEXT_MEETING_VENUE = "nextMeetingVenue";
  public static final String NOT_HELD_REASON = "notHeldReason";

  /** Re-arranging a meeting that did not go ahead through the team manager (bedfordshire [000]). */
  public static final String REARRANGE_BY_MANAGER = "rearrangeByManager";
  /** The last day the re-arranged meeting may be (R16: within the profile's working days of the meeting). */
  public static final String REARRANGE_BY = "rearrangeBy";
  public static final String REARRANGE_DUE = "rearrangeDue";
  public static final String REARRANGE_NOTE = "rearrangeNote";
  public static final String NOT_HELD_ON = "notHeldOn";

  private ChildProtectionPlanProcess() {
  }
}
