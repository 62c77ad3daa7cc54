package org.coregroup.meeting;

/**
 * The contract of {@code bpmn/CoreGroupMeetingProcess.bpmn}: one core group meeting, called by
 * the plan with the case reference as business key.
 */
public final class CoreGroupMeetingProcess {

  public static final String KEY = "CoreGroupMeetingProcess";

  public static final String START_EVENT = "StartEvent_MeetingCalled";
  public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
  public static final String END_EVENT = "EndEvent_MeetingRecorded";

  /** In: from the plan. */
  public static final String MEETING_NUMBER = "meetingNumber";
  public static final String MEETING_DUE = "meetingDue";
  public static final String MEETING_CHAIR = "meetingChair";

  /** Out: back to the plan. */
  public static final String MEETING_HELD_ON = "meetingHeldOn";
  public static final String NEXT_MEETING_DATE = "nextMeetingDate";
  public static final String NEXT_MEETING_TIME = "nextMeetingTime";
  public static final String NEXT_MEETING_VENUE = "nextMeetingVenue";
  public static final String MEETING_NOTES = "meetingNotes";

  private CoreGroupMeetingProcess() {
  }
}
