package org.coregroup.plan;

import java.util.List;
import java.util.Map;

import org.coregroup.input.JsonLists;
import org.coregroup.membership.CoreGroup;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.springframework.stereotype.Component;

/**
 * Who chairs and who takes the minutes of the next core group meeting, for the plan's call of the
 * meeting ({@code CallActivity_CoreGroupMeeting}): {@code ${nextMeetingRoles.chair(...)}} and
 * {@code ${nextMeetingRoles.minuteTaker(...)}}. Engine-free.
 */
@Component("nextMeetingRoles")
public class NextMeetingRoles {

  /**
   * R5: the team manager chairs the first meeting; later ones are chaired by whom the last
   * meeting named, else by the rota the first meeting agreed (sandwell [001]), else by the key
   * worker (R6, R21).
   */
  public String chair(Number meetingNumber, String teamManager, String keyWorker, Object nextChair, Object rota,
      Object members) {
    if (meetingNumber != null && meetingNumber.intValue() == 1) {
      return teamManager;
    }
    if (named(nextChair)) {
      return nextChair.toString();
    }
    String fromRota = fromRota(rota, meetingNumber, CoreGroupMeetingProcess.ROTA_CHAIR, members, keyWorker, teamManager);
    return fromRota != null ? fromRota : keyWorker;
  }

  /** R6, R21: the minute-taker the last meeting named, else the rota's (sandwell [001]), else the key worker. */
  public String minuteTaker(String keyWorker, Object nextMinuteTaker, Number meetingNumber, Object rota, Object members,
      String teamManager) {
    if (named(nextMinuteTaker)) {
      return nextMinuteTaker.toString();
    }
    String fromRota = fromRota(rota, meetingNumber, CoreGroupMeetingProcess.ROTA_MINUTE_TAKER, members, keyWorker,
        teamManager);
    return fromRota != null ? fromRota : keyWorker;
  }

  /**
   * The rota's person for this meeting (row 1 is meeting 2); nobody when the rota has no row for
   * it or names someone who has left the Core Group since (their meetings fall to the key worker).
   */
  private static String fromRota(Object rota, Number meetingNumber, String role, Object members, String keyWorker,
      String teamManager) {
    if (rota == null || meetingNumber == null || meetingNumber.intValue() < 2) {
      return null;
    }
    List<Map<String, Object>> rows = JsonLists.read(rota);
    int row = meetingNumber.intValue() - 2;
    if (rows == null || row >= rows.size()) {
      return null;
    }
    String person = JsonLists.text(rows.get(row), role);
    if (person == null) {
      return null;
    }
    boolean stillHere = person.equals(keyWorker) || person.equals(teamManager)
        || (members != null && CoreGroup.fromVariable(members).hasMemberWithLogin(person));
    return stillHere ? person : null;
  }

  private static boolean named(Object person) {
    return person != null && !person.toString().isBlank();
  }
}
