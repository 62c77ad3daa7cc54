package org.coregroup.meeting;

/**
 * The contract of {@code bpmn/MoveMeetingProcess.bpmn} ("Move a core group meeting"): the key
 * worker or team manager moves the case's next meeting, sent as
 * {@link CoreGroupMeetingProcess#MESSAGE_MOVE_MEETING} (R17).
 */
public final class MoveMeetingProcess {

  public static final String KEY = "MoveMeetingProcess";
  public static final String START_EVENT = "StartEvent_MoveAsked";
  public static final String END_EVENT = "EndEvent_MoveSent";

  public static final String CASE_REFERENCE = CoreGroupMeetingProcess.CASE_REFERENCE;
  public static final String NEW_MEETING_DATE = CoreGroupMeetingProcess.NEW_MEETING_DATE;
  public static final String NEW_MEETING_TIME = CoreGroupMeetingProcess.NEW_MEETING_TIME;
  public static final String NEW_MEETING_END_TIME = CoreGroupMeetingProcess.NEW_MEETING_END_TIME;
  public static final String NEW_MEETING_VENUE = CoreGroupMeetingProcess.NEW_MEETING_VENUE;
  public static final String MOVE_REASON = CoreGroupMeetingProcess.MOVE_REASON;
  /** The logged-in user (the process initiator). */
  public static final String MOVE_REQUESTED_BY = CoreGroupMeetingProcess.MOVE_REQUESTED_BY;

  private MoveMeetingProcess() {
  }
}
