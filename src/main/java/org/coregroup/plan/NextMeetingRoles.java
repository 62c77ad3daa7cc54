package org.coregroup.plan;

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
   * meeting named, else by the key worker (R6, R21).
   */
  public String chair(Number meetingNumber, String teamManager, String keyWorker, Object nextChair) {
    if (meetingNumber != null && meetingNumber.intValue() == 1) {
      return teamManager;
    }
    return named(nextChair) ? nextChair.toString() : keyWorker;
  }

  /** R6, R21: the minute-taker the last meeting named, else the key worker. */
  public String minuteTaker(String keyWorker, Object nextMinuteTaker) {
    return named(nextMinuteTaker) ? nextMinuteTaker.toString() : keyWorker;
  }

  private static boolean named(Object person) {
    return person != null && !person.toString().isEmpty();
  }
}
