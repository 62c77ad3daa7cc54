package org.coregroup.plan;

import static org.coregroup.plan.ChangeCoreGroupProcess.*;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.coregroup.identity.Roles;
import org.coregroup.input.FormInput;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;

/**
 * What a change of the Core Group must satisfy (R2, [004 4.9]), engine-free: who may ask, that a
 * joiner is not already a member and a leaver is one, that a professional stays besides the key
 * worker, and that a new key worker, team manager or chair holds that role. Each refusal names
 * its field in plain English; nothing is changed until every check has passed.
 */
final class CoreGroupChangeRules {

  /** The group a person must be in to take over each named role. */
  static final Map<String, String> ROLE_GROUPS = Map.of(
      KEY_WORKER, Roles.CHILDRENS_SOCIAL_CARE,
      TEAM_MANAGER, Roles.TEAM_MANAGERS,
      CONFERENCE_CHAIR, Roles.CONFERENCE_CHAIRS);

  private static final Map<String, String> ROLE_NAMES = Map.of(
      KEY_WORKER, "key worker", TEAM_MANAGER, "team manager", CONFERENCE_CHAIR, "conference chair");

  private static final Map<String, String> GROUP_NAMES = Map.of(
      Roles.CHILDRENS_SOCIAL_CARE, "children's social care",
      Roles.TEAM_MANAGERS, "the team managers",
      Roles.CONFERENCE_CHAIRS, "the conference chairs");

  /** A checked change; {@code member} for a join or leave, {@code newUserId} for a change of role. */
  record Change(String change, CoreGroupMember member, String newUserId, String oldUserId, String reason,
      Boolean familyAgrees, String familyViews) {
  }

  private final Predicate<String> userExists;
  private final BiPredicate<String, String> inGroup;

  /** {@code inGroup.test(userId, groupId)}: whether the person is in that group. */
  CoreGroupChangeRules(Predicate<String> userExists, BiPredicate<String, String> inGroup) {
    this.userExists = userExists;
    this.inGroup = inGroup;
  }

  static String roleName(String change) {
    return ROLE_NAMES.get(change);
  }

  /** Who may change the Core Group: the case's key worker or team manager (or the product itself). */
  static void checkRequester(FormInput in, CaseFile file, String requestedBy) {
    if (requestedBy != null && !requestedBy.equals(file.keyWorker()) && !requestedBy.equals(file.teamManager())) {
      in.reject(CASE_REFERENCE, "only the key worker (" + file.keyWorker() + ") or the team manager ("
          + file.teamManager() + ") of case " + file.caseReference() + " can change who is in its Core Group");
    }
  }

  /** Reads and checks the change against the case as it is now; problems are reported to {@code in}. */
  Change check(FormInput in, CaseFile file) {
    String change = in.oneOf(CHANGE, "The change", CHANGES);
    String reason = in.text(REASON, "The reason for the change");
    if (change == null) {
      return null;
    }
    CoreGroup group = CoreGroup.fromVariable(file.coreGroupMembers());
    return switch (change) {
      case JOIN -> join(in, file, group, reason);
      case LEAVE -> leave(in, group, reason);
      default -> role(in, file, change, reason);
    };
  }

  private Change join(FormInput in, CaseFile file, CoreGroup group, String reason) {
    CoreGroupMember member = CoreGroup.readOne(in, MEMBER, "the new member");
    Boolean familyAgrees = in.yesNo(FAMILY_AGREES, "Whether the family agrees");
    String familyViews = in.text(FAMILY_VIEWS, "The family's views");
    if (member == null) {
      return null;
    }
    if (member.hasLogin()) {
      if (!userExists.test(member.userId())) {
        in.reject(MEMBER + ".userId", "there is no user '" + FormInput.shown(member.userId()) + "'");
      } else if (member.userId().equals(file.keyWorker()) || member.userId().equals(file.teamManager())
          || member.userId().equals(file.conferenceChair())) {
        in.reject(MEMBER + ".userId", "'" + member.userId() + "' is already in this case as its key worker,"
            + " team manager or conference chair");
      }
    }
    group.find(member).ifPresent(existing -> in.reject(MEMBER, FormInput.shown(existing.name()) + " ("
        + Agencies.name(existing.agency()) + ") is already a member of this Core Group"));
    return new Change(JOIN, member, null, null, reason, familyAgrees, familyViews);
  }

  private Change leave(FormInput in, CoreGroup group, String reason) {
    CoreGroupMember named = leaverOf(in);
    if (named == null) {
      return null;
    }
    var member = group.find(named);
    if (member.isEmpty()) {
      in.reject(MEMBER, "'" + FormInput.shown(named.hasLogin() ? named.userId() : named.name())
          + "' is not a member of this Core Group: name a member by their login or their name as on the plan");
      return null;
    }
    CoreGroup after = group.without(member.get());
    if (!CoreGroupMember.FAMILY.equals(member.get().agency()) && after.professionals().isEmpty()) {
      in.reject(MEMBER, member.get().name() + " is the last professional in the Core Group besides the key worker:"
          + " a Core Group needs another agency, so add the member who takes over before " + member.get().name() + " leaves");
    }
    return new Change(LEAVE, member.get(), null, null, reason, null, null);
  }

  /** A leaver is named by login or name only: agency and role are not needed, so their absence is no problem. */
  private static CoreGroupMember leaverOf(FormInput in) {
    Object raw = in.raw(MEMBER);
    if (raw == null) {
      in.reject(MEMBER, "name the member who leaves, by their login or their name");
      return null;
    }
    FormInput one = new FormInput(Map.of(MEMBER, raw));
    CoreGroupMember named = CoreGroup.readOne(one, MEMBER, "the member who leaves");
    if (named == null || (named.name() == null && !named.hasLogin())) {
      in.reject(MEMBER, "name the member who leaves, by their login or their name");
      return null;
    }
    return named;
  }

  private Change role(FormInput in, CaseFile file, String change, String reason) {
    String newUserId = in.shortText(NEW_USER_ID, "The login of the new " + roleName(change));
    String oldUserId = switch (change) {
      case KEY_WORKER -> file.keyWorker();
      case TEAM_MANAGER -> file.teamManager();
      default -> file.conferenceChair();
    };
    if (newUserId == null) {
      return null;
    }
    String group = ROLE_GROUPS.get(change);
    if (!userExists.test(newUserId)) {
      in.reject(NEW_USER_ID, "there is no user '" + FormInput.shown(newUserId) + "'");
    } else if (newUserId.equals(oldUserId)) {
      in.reject(NEW_USER_ID, newUserId + " is already the " + roleName(change) + " of this case");
    } else if (!inGroup.test(newUserId, group)) {
      in.reject(NEW_USER_ID, newUserId + " is not in " + GROUP_NAMES.get(group) + ", so cannot be the "
          + roleName(change) + " of this case");
    }
    return new Change(change, null, newUserId, oldUserId, reason, null, null);
  }
}
