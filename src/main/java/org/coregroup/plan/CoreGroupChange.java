package org.coregroup.plan;

import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CaseChanges;
import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.springframework.stereotype.Service;

/**
 * Makes a checked change of the Core Group in the whole case, in one transaction: the members or
 * the named role in every running process of the case, access to the case, open tasks handed on,
 * and the membership history. Called by the service tasks of {@code ChangeCoreGroupProcess};
 * the group is read again as it is now (a chair's agreement can take days), so a change that no
 * longer fits is refused and nothing is kept.
 */
@Service
class CoreGroupChange {

  /** The meeting's people who may be the person replaced (who chairs or minutes the next meeting). */
  static final List<String> MEETING_ROLES = List.of(CoreGroupMeetingProcess.MEETING_CHAIR, CoreGroupMeetingProcess.MINUTE_TAKER,
      CoreGroupMeetingProcess.NEXT_CHAIR, CoreGroupMeetingProcess.NEXT_MINUTE_TAKER,
      org.coregroup.followup.CoreGroupFollowUpProcess.MINUTES_CIRCULATOR);

  private final CaseChanges changes;
  private final CoreGroupChangeRecords records;

  CoreGroupChange(CaseChanges changes, CoreGroupChangeRecords records) {
    this.changes = changes;
    this.records = records;
  }

  /** {@code Task_AddMember}: the member is in the case from now on; the briefing is prepared. */
  void join(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    CoreGroup group = CoreGroup.fromVariable(records.planVariable(ref, CaseVariables.CORE_GROUP_MEMBERS));
    CoreGroupMember member = member(execution);
    group.find(member).ifPresent(existing -> {
      throw new InputRejected(MEMBER, existing.name() + " has joined this Core Group in the meantime");
    });
    setHereAndEverywhere(execution, CaseVariables.CORE_GROUP_MEMBERS, SpinValues.jsonValue(group.with(member).toJson()).create());
    if (member.hasLogin()) {
      changes.grantWholeCase(ref, member.userId(), execution.getProcessInstanceId());
      if (!CoreGroupMember.FAMILY.equals(member.agency())) {
        records.inviteToMeetingsUnderWay(ref, member.userId());
      }
    }
    records.record(ref, new MembershipHistory.Change(EngineClock.today(), JOIN, who(member), Agencies.name(member.agency()),
        null, text(execution, REASON), text(execution, REQUESTED_BY)));
    String keyWorker = (String) records.planVariable(ref, CaseVariables.KEY_WORKER);
    execution.setVariable(BRIEFED_BY, records.briefer(ref, keyWorker));
    execution.setVariable(BRIEFING_DUE, records.briefingDue(ref, execution));
    execution.setVariable(CASE_HISTORY, records.caseHistory(ref));
  }

  /** {@code Task_RemoveMember}: access ends now; their open tasks go to the key worker. */
  void leave(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    CoreGroup group = CoreGroup.fromVariable(records.planVariable(ref, CaseVariables.CORE_GROUP_MEMBERS));
    CoreGroupMember member = group.find(member(execution)).orElseThrow(() -> new InputRejected(MEMBER,
        text(execution, MEMBER_NAME) + " is no longer a member of this Core Group"));
    CoreGroup after = group.without(member);
    if (!CoreGroupMember.FAMILY.equals(member.agency()) && after.professionals().isEmpty()) {
      throw new InputRejected(MEMBER, member.name() + " is now the last professional in the Core Group besides the key worker");
    }
    setHereAndEverywhere(execution, CaseVariables.CORE_GROUP_MEMBERS, SpinValues.jsonValue(after.toJson()).create());
    String keyWorker = (String) records.planVariable(ref, CaseVariables.KEY_WORKER);
    if (member.hasLogin() && !namedRoles(ref).contains(member.userId())) {
      changes.handOnTasks(ref, member.userId(), keyWorker, member.name() + " has left the Core Group ("
          + text(execution, REASON) + "): this task was theirs and is now yours, the key worker's.");
      changes.withdrawWholeCase(ref, member.userId(), execution.getProcessInstanceId());
    }
    records.record(ref, new MembershipHistory.Change(EngineClock.today(), LEAVE, who(member), Agencies.name(member.agency()),
        null, text(execution, REASON), text(execution, REQUESTED_BY)));
  }

  /** {@code Task_HandOverRole}: the new key worker, team manager or chair takes over everything of the old one. */
  void handOver(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    String role = text(execution, CHANGE);
    String newUserId = text(execution, NEW_USER_ID);
    String oldUserId = (String) records.planVariable(ref, role);
    if (newUserId.equals(oldUserId)) {
      throw new InputRejected(NEW_USER_ID, newUserId + " is already the " + CoreGroupChangeRules.roleName(role) + " of this case");
    }
    setHereAndEverywhere(execution, role, newUserId);
    for (String meetingRole : MEETING_ROLES) {
      changes.replaceInEveryProcess(ref, meetingRole, oldUserId, newUserId);
    }
    changes.grantWholeCase(ref, newUserId, execution.getProcessInstanceId());
    changes.handOnTasks(ref, oldUserId, newUserId, newUserId + " has taken over from " + oldUserId + " as "
        + CoreGroupChangeRules.roleName(role) + " (" + text(execution, REASON) + "): this task is now theirs.");
    if (TEAM_MANAGER.equals(role)) {
      changes.supervisorSeesOpenTasks(ref, newUserId);
    }
    CoreGroup group = CoreGroup.fromVariable(records.planVariable(ref, CaseVariables.CORE_GROUP_MEMBERS));
    if (!namedRoles(ref).contains(oldUserId) && !group.hasMemberWithLogin(oldUserId)) {
      changes.withdrawWholeCase(ref, oldUserId, execution.getProcessInstanceId());
    }
    execution.setVariable(OLD_USER_ID, oldUserId);
    records.record(ref, new MembershipHistory.Change(EngineClock.today(), role, newUserId, null, oldUserId,
        text(execution, REASON), text(execution, REQUESTED_BY)));
  }

  /**
   * In every running process of the case, and in this one (which, started in this transaction,
   * queries do not find yet): its end listener then grants this process to the case's people as they are now.
   */
  private void setHereAndEverywhere(DelegateExecution execution, String name, Object value) {
    changes.setInEveryProcess(execution.getProcessBusinessKey(), name, value);
    execution.setVariable(name, value);
  }

  private List<String> namedRoles(String ref) {
    return java.util.stream.Stream.of(CaseVariables.KEY_WORKER, CaseVariables.TEAM_MANAGER, CaseVariables.CONFERENCE_CHAIR)
        .map(name -> (String) records.planVariable(ref, name)).filter(java.util.Objects::nonNull).toList();
  }

  private static CoreGroupMember member(DelegateExecution execution) {
    FormInput in = new FormInput(Map.of(MEMBER, execution.getVariable(MEMBER)));
    return CoreGroup.readOne(in, MEMBER, "the member");
  }

  private static String who(CoreGroupMember member) {
    return member.hasLogin() ? member.name() + " (" + member.userId() + ")" : member.name();
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
