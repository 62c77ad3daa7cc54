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
  record Reply(boolean attending, String apologies, String representative, String report) {
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
            : "; representative: " + reply.representative());
        text.append(reply.report() == null ? "; WRITTEN REPORT MISSING - ask at the meeting"
            : "; written report received by the key worker");
      }
    }
    if (family != null) {
      text.append("\n").append(family);
    }
    return text.toString();
  }

  static Map<String, Reply> replies(Object json) {
    Map<String, Reply> replies = new java.util.LinkedHashMap<>();
    JsonLists.readObject(json).forEach((userId, value) -> replies.put(userId,
        Json.MAPPER.convertValue(value, Reply.class)));
    return replies;
  }
}
