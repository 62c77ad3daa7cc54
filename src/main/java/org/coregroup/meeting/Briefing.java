package org.coregroup.meeting;

import java.util.Map;

import org.coregroup.json.Json;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.input.JsonLists;

/**
 * What the chair sees when the meeting is recorded (R13, R14): who sent apologies, their
 * representative, and whose written report is missing; whether the child and family come.
 */
final class Briefing {

  /** One professional's answer to "Confirm attendance". */
  record Reply(boolean attending, String apologies, String representative, String report, Boolean briefed,
      Boolean senior, String reportTo) {
  }

  private Briefing() {
  }

  static String text(CoreGroup group, Map<String, Reply> replies, String family) {
    StringBuilder text = new StringBuilder("Before the meeting:");
    for (CoreGroupMember m : group.withLogin()) {
      if (CoreGroupMember.FAMILY.equals(m.agency())) {
        continue;
      }
      Reply reply = replies.get(m.userId());
      text.append("\n- ").append(m.name()).append(" (").append(Agencies.name(m.agency())).append("): ");
      if (reply == null) {
        text.append("has not confirmed attendance");
      } else if (reply.attending()) {
        text.append("attending");
      } else {
        text.append("apologies (").append(reply.apologies()).append(")");
        text.append(reply.representative() == null ? "; NO representative"
            : "; representative: " + reply.representative() + (Boolean.TRUE.equals(reply.briefed()) ? " (briefed)" : ""));
        text.append(reply.report() == null ? "; WRITTEN REPORT MISSING - ask at the meeting"
            : "; written report received by " + (reply.reportTo() == null ? "the key worker" : reply.reportTo()));
      }
    }
    if (family != null) {
      text.append("\n").append(family);
    }
    return text.toString();
  }

  /**
   * R15: the professionals from agencies other than children's social care who said they are
   * coming, in person or by a representative (who counts towards quorum [004 3.10]).
   */
  static int othersComing(CoreGroup group, Map<String, Reply> replies) {
    int coming = 0;
    for (CoreGroupMember m : group.withLogin()) {
      Reply reply = replies.get(m.userId());
      if (m.isOtherAgency() && reply != null && (reply.attending() || reply.representative() != null)) {
        coming++;
      }
    }
    return coming;
  }

  /**
   * R15: the chair's warning when the meeting starts, from the quorum table's answer for those
   * coming: not quorate as things stand (a profile that sets a number [004 3.10]), or, where the
   * profile sets none [000], nobody from outside children's social care coming; otherwise none.
   */
  static String quorumWarning(int involved, int coming, boolean quorateWithThoseComing) {
    if (involved == 0) {
      return null;
    }
    String people = coming + (coming == 1 ? " professional" : " professionals");
    if (!quorateWithThoseComing) {
      return "- NOT QUORATE as things stand: " + people + " from agencies other than children's social care said"
          + " they are coming, too few for this meeting to go ahead. If no more come, record that it did not go"
          + " ahead and re-arrange it.";
    }
    if (coming == 0) {
      return "- NO PROFESSIONAL from outside children's social care has said they are coming. The meeting can still"
          + " go ahead: the professionals there decide whether there are too few to go ahead.";
    }
    return null;
  }

  static Map<String, Reply> replies(Object json) {
    Map<String, Reply> replies = new java.util.LinkedHashMap<>();
    JsonLists.readObject(json).forEach((userId, value) -> replies.put(userId,
        Json.MAPPER.convertValue(value, Reply.class)));
    return replies;
  }
}
