package org.coregroup.meeting;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/CoreGroupMeetingProcess.bpmn}: one core group meeting, called by
 * the plan with the case reference as business key, from invitation to the record (R9, R11-R20).
 */
public final class CoreGroupMeetingProcess {

  public static final String KEY = "CoreGroupMeetingProcess";

  public static final String START_EVENT = "StartEvent_MeetingCalled";
  public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
  public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";
  public static final String SUB_PROCESS_HOLD_MEETING = "SubProcess_HoldMeeting";
  public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
  public static final String TASK_RECORD_FAMILY_ATTENDANCE = "Task_RecordFamilyAttendance";
  public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
  public static final String BOUNDARY_MEETING_MOVED = "BoundaryEvent_MeetingMoved";
  /** brent [004 3.9]: the review conference set the date of this meeting, the one after the review. */
  public static final String BOUNDARY_DATE_SET_BY_CONFERENCE = "BoundaryEvent_DateSetByConference";
  public static final String BOUNDARY_MEETING_STARTS = "BoundaryEvent_MeetingStarts";
  public static final String TASK_BRIEF_CHAIR = "Task_BriefChair";
  public static final String TASK_APPROVE_MOVE = "Task_ApproveMeetingMove";
  public static final String TASK_MOVE_MEETING = "Task_MoveMeeting";
  /** When the meeting starts: the quorum table asked about those who said they are coming (R15). */
  public static final String TASK_FORECAST_QUORUM = "Task_ForecastQuorum";
  /** After the record: the quorum table ({@link #QUORUM_DECISION}) as a business rule task (R15). */
  public static final String TASK_DECIDE_QUORUM = "Task_DecideQuorum";
  public static final String TASK_CHECK_MEETING_OUTCOME = "Task_CheckMeetingOutcome";
  public static final String TASK_UPDATE_ATTENDANCE_HISTORY = "Task_UpdateAttendanceHistory";
  public static final String GATEWAY_MEETING_QUORATE = "Gateway_MeetingQuorate";
  public static final String GATEWAY_MEETING_WENT_AHEAD = "Gateway_MeetingWentAhead";
  public static final String GATEWAY_PLAN_PROGRESSING = "Gateway_PlanProgressing";
  /** R28: the plan is not progressing: {@code ContingencyReviewProcess} starts by message. */
  public static final String THROW_EVENT_PLAN_NOT_PROGRESSING = "ThrowEvent_PlanNotProgressing";
  public static final String TASK_START_FOLLOW_UP = "Task_StartFollowUp";
  public static final String TASK_TELL_MEMBERS_NOT_HELD = "Task_TellMembersMeetingNotHeld";
  public static final String GATEWAY_ADJOURNED_AT_IMPASSE = "Gateway_AdjournedAtImpasse";
  public static final String END_EVENT = "EndEvent_MeetingHeld";
  public static final String END_EVENT_NOT_HELD = "EndEvent_MeetingNotHeld";
  /** R30 [004 5.6]: adjourned at an impasse: {@code ProfessionalDifferencesProcess} starts by message. */
  public static final String END_EVENT_ADJOURNED_AT_IMPASSE = "EndEvent_AdjournedAtImpasse";
  public static final String END_EVENT_MOVED = "EndEvent_MeetingMoved";
  public static final String END_EVENT_MOVE_REFUSED = "EndEvent_MoveRefused";

  public static final String MESSAGE_MOVE_MEETING = "Message_MoveMeeting";
  /**
   * brent [004 3.9], sent by the plan: the review conference's chair set this meeting's date, with
   * {@link #NEW_MEETING_DATE} and, if given, {@link #NEW_MEETING_TIME}, {@link #NEW_MEETING_END_TIME},
   * {@link #NEW_MEETING_VENUE}; it moves without the notice a move needs (the chair set it).
   */
  public static final String MESSAGE_CONFERENCE_SETS_MEETING_DATE = "Message_ConferenceSetsMeetingDate";
  /** R28: the meeting found the plan not progressing while a contingency review of the case is open: it is told. */
  public static final String MESSAGE_MEETING_FINDS_PLAN_NOT_PROGRESSING =
      org.coregroup.escalation.ContingencyReviewProcess.MESSAGE_MEETING_FINDS_PLAN_NOT_PROGRESSING;
  public static final String GATEWAY_CONTINGENCY_REVIEW_OPEN = "Gateway_ContingencyReviewOpen";
  public static final String THROW_OPEN_REVIEW_TOLD = "ThrowEvent_OpenReviewTold";
  /** Set by {@code Task_CheckMeetingOutcome} when the plan is not progressing: a contingency review of the case is open. */
  public static final String CONTINGENCY_REVIEW_OPEN = "contingencyReviewOpen";

  /** In: from the plan. */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHILD_NAME = CaseVariables.CHILD_NAME;
  public static final String KEY_WORKER = CaseVariables.KEY_WORKER;
  public static final String TEAM_MANAGER = CaseVariables.TEAM_MANAGER;
  public static final String CONFERENCE_CHAIR = CaseVariables.CONFERENCE_CHAIR;
  public static final String CORE_GROUP_MEMBERS = CaseVariables.CORE_GROUP_MEMBERS;
  public static final String LOCAL_POLICY = CaseVariables.LOCAL_POLICY;
  public static final String JURISDICTION = CaseVariables.JURISDICTION;
  public static final String MEETING_NUMBER = "meetingNumber";
  public static final String MEETING_DUE = "meetingDue";
  public static final String MEETING_CHAIR = "meetingChair";
  public static final String MINUTE_TAKER = "minuteTaker";
  /** Dates in words for the forms (input parameters of their tasks, from the {@code words} bean). */
  public static final String MEETING_DATE_IN_WORDS = "meetingDateInWords";
  public static final String NEW_MEETING_DATE_IN_WORDS = "newMeetingDateInWords";
  /** The date, times and venue agreed at the previous meeting (R9), or set by the ICPC (R3). */
  public static final String AGREED_DATE = "agreedDate";
  public static final String AGREED_TIME = "agreedTime";
  public static final String AGREED_END_TIME = "agreedEndTime";
  public static final String AGREED_VENUE = "agreedVenue";
  public static final String AGREED_SECURE_VENUE = "agreedSecureVenue";
  public static final String FIRST_CORE_GROUP_AT = "firstCoreGroupAt";
  public static final String FIRST_CORE_GROUP_VENUE = "firstCoreGroupVenue";
  /** In and out: the case's attendance per member and agency (R18). */
  public static final String ATTENDANCE_HISTORY = "attendanceHistory";

  /** The schedule (R11, R12). */
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_START_TIME = "meetingStartTime";
  public static final String MEETING_END_TIME = "meetingEndTime";
  public static final String MEETING_VENUE = "meetingVenue";
  public static final String SECURE_VENUE = "secureVenue";
  public static final String MEETING_STARTS_AT = "meetingStartsAt";
  public static final String MEETING_UID = "meetingUid";
  public static final String MEETING_SEQUENCE = "meetingSequence";
  public static final String POLICY = "policy";

  /** Before the meeting (R13, R14). */
  public static final String ATTENDEES = "attendees";
  public static final String ATTENDEE = "attendee";
  /** Set on a "Confirm attendance" added for someone who joined after the invitations went out: they get theirs then. */
  public static final String JOINED_AFTER_INVITATIONS = "joinedAfterInvitations";
  public static final String ATTENDING = "attending";
  public static final String APOLOGIES = "apologies";
  public static final String REPRESENTATIVE = "representative";
  public static final String REPORT = "report";
  public static final String ATTENDANCE_REPLIES = "attendanceReplies";
  public static final String MEETING_BRIEFING = "meetingBriefing";
  public static final String CHILD_ATTENDING = "childAttending";
  public static final String FAMILY_ATTENDING = "familyAttending";
  public static final String FAMILY_VIEWS = "familyViews";
  public static final String ABSENCE_REASONS = "absenceReasons";
  public static final String ABSENCE_PLAN_NOT_WORKING = "absenceSuggestsPlanNotWorking";
  public static final String ABSENCE_AVOIDANCE = "absenceSuggestsAvoidance";
  public static final String ABSENCE_ADDED_RISK = "absenceSuggestsAddedRisk";

  /** Moving the meeting (R17). */
  public static final String NEW_MEETING_DATE = "newMeetingDate";
  public static final String NEW_MEETING_TIME = "newMeetingTime";
  public static final String NEW_MEETING_END_TIME = "newMeetingEndTime";
  public static final String NEW_MEETING_VENUE = "newMeetingVenue";
  public static final String MOVE_REASON = "moveReason";
  /** Who moved the meeting through "Move a core group meeting" (the logged-in user). */
  public static final String MOVE_REQUESTED_BY = "moveRequestedBy";
  public static final String ENOUGH_NOTICE = "enoughNotice";
  public static final String MOVE_APPROVED = "moveApproved";
  public static final String MOVE_DECISION_REASON = "moveDecisionReason";
  public static final String APPROVAL_DUE = "moveApprovalDue";

  /** The record (R19, R20): form fields of {@code RecordCoreGroupMeetingForm}. */
  public static final String MEETING_HELD_ON = "meetingHeldOn";
  public static final String HELD_START_TIME = "heldStartTime";
  public static final String HELD_END_TIME = "heldEndTime";
  public static final String ATTENDANCE = "attendance";
  public static final String ATTENDANCE_NAME = "name";
  public static final String ATTENDANCE_AGENCY = "agency";
  public static final String ATTENDANCE_STATUS = "status";
  public static final String ATTENDANCE_NOTE = "note";
  public static final String CHILD_VIEWS = "childViews";
  public static final String PARENT_VIEWS = "parentViews";
  public static final String DISCUSSION_SUMMARY = "discussionSummary";
  public static final String WORRIES = "worries";
  public static final String PAST_HARM = "pastHarm";
  public static final String DANGER_STATEMENT = "dangerStatement";
  public static final String WORKING_WELL = "workingWell";
  public static final String NEEDS_TO_HAPPEN = "needsToHappen";
  public static final String SAFETY_SCALE = "safetyScale";
  public static final String PLAN_REVIEW = "planReview";
  public static final String ACTIONS = "actions";
  public static final String ACTION_WHAT = "what";
  public static final String ACTION_OWNER = "owner";
  public static final String ACTION_DEADLINE = "deadline";
  public static final String ACTION_WHY = "why";
  /** Set by the record's check: the login the action's task goes to (the owner's, or the key worker's). */
  public static final String ACTION_TASK_ASSIGNEE = "assignee";
  public static final String DISAGREEMENTS = "disagreements";
  public static final String TOO_FEW_TO_GO_AHEAD = "tooFewToGoAhead";
  /** R28: is the plan progressing? One of {@link #PLAN_PROGRESS_VALUES}; asked of every meeting that went ahead. */
  public static final String PLAN_PROGRESS = "planProgress";
  public static final String PROGRESSING = "progressing";
  /** Starts a contingency review for the case at once (R28, R29). */
  public static final String NOT_PROGRESSING = "not-progressing";
  /** R30 [004 5.6]: the professionals could not agree: the meeting is adjourned (not held) and the difference escalated. */
  public static final String ADJOURNED_AT_IMPASSE = "impasse";
  /** The values of {@link #PLAN_PROGRESS}, in the order the record's form offers them. */
  public static final java.util.List<String> PLAN_PROGRESS_VALUES = java.util.List.of(PROGRESSING, NOT_PROGRESSING,
      ADJOURNED_AT_IMPASSE);
  /** Adjourned at an impasse: who could not agree (the professional difference is "with" them). */
  public static final String IMPASSE_WITH = "impasseWith";
  /** Out of {@code Task_CheckMeetingOutcome}: the meeting went ahead and was adjourned at an impasse. */
  public static final String MEETING_ADJOURNED = "meetingAdjourned";
  public static final String NOT_HELD_REASON = "notHeldReason";
  /** Who recorded the meeting: the logged-in user who completed the record. */
  public static final String RECORDED_BY = "recordedBy";
  /** From the plan: the ICPC (no meeting before it) and the 18th birthday (no deadline after it). */
  public static final String ICPC_DATE = org.coregroup.membership.CaseVariables.ICPC_DATE;
  public static final String EIGHTEENTH_BIRTHDAY = "eighteenthBirthday";
  /** The latest action deadline, in months after the meeting: no plan runs longer without a review. */
  public static final int ACTION_DEADLINE_MONTHS = 12;
  /** The latest next meeting, in months after this one: the review interval (R32). */
  public static final int NEXT_MEETING_MONTHS = 6;
  public static final String NEXT_CHAIR = "nextChair";
  public static final String NEXT_MINUTE_TAKER = "nextMinuteTaker";
  /** The people the record form offers as the next chair and minute-taker (input parameter, the {@code words} bean). */
  public static final String PEOPLE_TO_NAME = "peopleToName";
  public static final String MEETING_NOTES = "meetingNotes";

  /**
   * What a partnership asks of the record beyond the national rules (docs/rules.md, the profile
   * sections), each asked where the case's row of {@code LocalPolicyDecision} says so.
   */
  /** sandwell [001]: whether the safety scale was explained to the parents, and why not. */
  public static final String SCALING_EXPLAINED = "scalingExplained";
  public static final String SCALING_NOT_EXPLAINED_WHY = "scalingNotExplainedWhy";
  /** brent [004 3.7]: at the core group before a review, what will be shared and recommended. */
  public static final String REVIEW_SHARED = "reviewShared";
  public static final String REVIEW_RECOMMENDATION = "reviewRecommendation";
  /** sandwell [001], the first meeting: a chair and minute-taker rota for the meetings after it (row 1: meeting 2). */
  public static final String ROTA = "rota";
  public static final String ROTA_CHAIR = "chair";
  public static final String ROTA_MINUTE_TAKER = "minuteTaker";
  /** In: the rota as the plan holds it; out as {@link #ROTA}, changed only by a meeting that records one. */
  public static final String AGREED_ROTA = "agreedRota";
  /** sandwell [001], the first meeting: every member's contact details and role. */
  public static final String MEMBER_CONTACTS = "memberContacts";
  public static final String CONTACT_NAME = "name";
  public static final String CONTACT_ROLE = "role";
  public static final String CONTACT_PHONE = "phone";
  public static final String CONTACT_EMAIL = "email";
  /** sandwell [001]: who sets up the professionals' email group (first meeting), who feeds back to the child. */
  public static final String EMAIL_GROUP_BY = "emailGroupBy";
  public static final String CHILD_FEEDBACK_BY = "childFeedbackBy";
  /** south-east-wales [003], the first meeting: how often the child and family are seen and by whom; the contingency plan. */
  public static final String CONTACT_WITH_FAMILY = "contactWithFamily";
  public static final String CONTINGENCY_PLAN = "contingencyPlan";
  /** bedfordshire [000]: the next chair is not the key worker or their manager: delegated by agreement. */
  public static final String CHAIR_DELEGATED = "chairDelegated";
  /** bedfordshire [000], south-east-wales [003], brent [004 4.6]: the representative is briefed; bedfordshire: senior. */
  public static final String REPRESENTATIVE_BRIEFED = "representativeBriefed";
  public static final String REPRESENTATIVE_SENIOR = "representativeSenior";
  /** In: the plan's next review conference (brent [004 3.7]: the core group before it). */
  public static final String NEXT_REVIEW_DUE = "nextReviewDue";

  /**
   * Set when the meeting is scheduled, for the forms to show what the case's partnership asks
   * ({@code PartnershipRules.formFlags}); the checks read the policy, never these.
   */
  public static final String ASK_WHAT_IS_SHARED = "askWhatIsShared";
  public static final String ASK_SIGNS_OF_SAFETY = "askSignsOfSafety";
  public static final String ASK_ROTA = "askRota";
  public static final String ASK_CONTACTS = "askContacts";
  public static final String ASK_EMAIL_GROUP = "askEmailGroup";
  public static final String ASK_CHILD_FEEDBACK = "askChildFeedback";
  public static final String ASK_CONTACT_WITH_FAMILY = "askContactWithFamily";
  public static final String ASK_CONTINGENCY_PLAN = "askContingencyPlan";
  public static final String ASK_CHAIR_DELEGATION = "askChairDelegation";
  public static final String ASK_CHAIR_APPOINTED = "askChairAppointed";
  public static final String ASK_REPRESENTATIVE_BRIEFED = "askRepresentativeBriefed";
  public static final String ASK_REPRESENTATIVE_SENIOR = "askRepresentativeSenior";
  /** What an absent professional sends, in words, for "Confirm attendance". */
  public static final String ABSENCE_ASKS = "absenceAsks";

  /** Out: back to the plan. */
  public static final String NEXT_MEETING_DATE = "nextMeetingDate";
  public static final String NEXT_MEETING_TIME = "nextMeetingTime";
  public static final String NEXT_MEETING_END_TIME = "nextMeetingEndTime";
  public static final String NEXT_MEETING_VENUE = "nextMeetingVenue";
  public static final String NEXT_MEETING_SECURE_VENUE = "nextMeetingSecureVenue";
  public static final String MEETING_WENT_AHEAD = "meetingWentAhead";

  /** Quorum (R15, R16): decision {@code CoreGroupQuorumDecision}. */
  public static final String QUORUM_DECISION = "CoreGroupQuorumDecision";
  public static final String OTHER_AGENCIES_INVOLVED = "otherAgenciesInvolved";
  /** Professionals from those agencies present, representatives included: two from one agency are two [004 3.10]. */
  public static final String OTHER_PROFESSIONALS_PRESENT = "otherProfessionalsPresent";
  /** Out of {@code Task_DecideQuorum}: the table's answer for the professionals present. */
  public static final String QUORATE = "quorate";
  /** Out of {@code Task_ForecastQuorum}: the table's answer for those coming, for the chair's briefing. */
  public static final String QUORATE_WITH_THOSE_COMING = "quorateWithThoseComing";
  public static final String AGENCIES_TO_ESCALATE = "agenciesToEscalate";

  /** Attendance values of the record. */
  public static final String PRESENT = "present";
  public static final String SENT_REPRESENTATIVE = "representative";
  public static final String SENT_APOLOGIES = "apologies";
  public static final String ABSENT = "absent";
  /** Every attendance value, in the order the record's form offers them. */
  public static final java.util.List<String> ATTENDANCE_STATUSES = java.util.List.of(PRESENT, SENT_REPRESENTATIVE,
      SENT_APOLOGIES, ABSENT);

  private CoreGroupMeetingProcess() {
  }
}
