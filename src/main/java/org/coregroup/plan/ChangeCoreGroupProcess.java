package org.coregroup.plan;

import java.util.List;

import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroupMember;

/**
 * The contract of {@code bpmn/ChangeCoreGroupProcess.bpmn}: the case's key worker or team
 * manager changes who is in the Core Group (R2, [004 4.9]): a member joins or leaves, or the key
 * worker, team manager or conference chair is replaced. Business key = case reference.
 */
public final class ChangeCoreGroupProcess {

  public static final String KEY = "ChangeCoreGroupProcess";

  /** Elements. */
  public static final String START_EVENT = "StartEvent_ChangeRequested";
  public static final String GATEWAY_WHICH_CHANGE = "Gateway_WhichChange";
  public static final String GATEWAY_FAMILY_AGREES = "Gateway_FamilyAgrees";
  public static final String TASK_CONSULT_CONFERENCE_CHAIR = "Task_ConsultConferenceChair";
  public static final String GATEWAY_CHAIR_AGREES = "Gateway_ChairAgrees";
  public static final String TASK_ADD_MEMBER = "Task_AddMember";
  public static final String TASK_BRIEF_NEW_MEMBER = "Task_BriefNewMember";
  public static final String TASK_REMOVE_MEMBER = "Task_RemoveMember";
  public static final String TASK_HAND_OVER_ROLE = "Task_HandOverRole";
  public static final String END_EVENT_MEMBER_JOINED = "EndEvent_MemberJoined";
  public static final String END_EVENT_MEMBER_NOT_ADDED = "EndEvent_MemberNotAdded";
  public static final String END_EVENT_MEMBER_LEFT = "EndEvent_MemberLeft";
  public static final String END_EVENT_ROLE_HANDED_OVER = "EndEvent_RoleHandedOver";

  /** Start variables. */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHANGE = "change";
  /** One member, in the shape of a {@code coreGroupMembers} entry (join and leave). */
  public static final String MEMBER = "member";
  /** The keys of {@link #MEMBER}, the form's group for one member: those of a member of the case's list. */
  public static final String MEMBER_KEY_NAME = CoreGroupMember.NAME;
  public static final String MEMBER_KEY_ROLE = CoreGroupMember.ROLE;
  public static final String MEMBER_KEY_AGENCY = CoreGroupMember.AGENCY;
  public static final String MEMBER_KEY_USER_ID = CoreGroupMember.USER_ID;
  public static final String MEMBER_KEY_EMAIL = CoreGroupMember.EMAIL;
  /** The login of the new key worker, team manager or conference chair. */
  public static final String NEW_USER_ID = "newUserId";
  public static final String REASON = "reason";
  /** Join: what the parents, carers and young person said about the new member ([004 4.9]). */
  public static final String FAMILY_VIEWS = "familyViews";
  public static final String FAMILY_AGREES = "familyAgrees";
  /** The logged-in key worker or team manager who asked for the change (the process initiator). */
  public static final String REQUESTED_BY = "requestedBy";

  public static final String JOIN = "join";
  public static final String LEAVE = "leave";
  public static final String KEY_WORKER = CaseVariables.KEY_WORKER;
  public static final String TEAM_MANAGER = CaseVariables.TEAM_MANAGER;
  public static final String CONFERENCE_CHAIR = CaseVariables.CONFERENCE_CHAIR;
  public static final List<String> CHANGES = List.of(JOIN, LEAVE, KEY_WORKER, TEAM_MANAGER, CONFERENCE_CHAIR);
  /** The change of a named role: whose login is replaced. */
  public static final List<String> ROLE_CHANGES = List.of(KEY_WORKER, TEAM_MANAGER, CONFERENCE_CHAIR);

  /** Set by the start check. */
  public static final String MEMBER_NAME = "memberName";
  /** The person replaced in a change of role. */
  public static final String OLD_USER_ID = "oldUserId";

  /** The conference chair's answer when the family disagrees ("Consult on new member"). */
  public static final String CHAIR_AGREES = "chairAgrees";
  public static final String CHAIR_NOTES = "chairNotes";
  /** The chair decides before the next meeting, as the briefing would be due. */
  public static final String CHAIR_DECISION_DUE = "chairDecisionDue";

  /** "Brief the new member": who briefs, by when, and what they have in front of them. */
  public static final String BRIEFED_BY = "briefedBy";
  public static final String BRIEFING_DUE = "briefingDue";
  public static final String CASE_HISTORY = "caseHistory";
  public static final String BRIEFING_NOTES = "briefingNotes";

  /** Kept on the plan: who joined, left or was replaced, when and why; shown at each review. */
  public static final String MEMBERSHIP_HISTORY = ChildProtectionPlanProcess.MEMBERSHIP_HISTORY;
  public static final String MEMBERSHIP_HISTORY_SUMMARY = ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY;

  private ChangeCoreGroupProcess() {
  }
}
