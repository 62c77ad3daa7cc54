package org.coregroup.followup;

/**
 * The contract of {@code bpmn/CoreGroupFollowUpProcess.bpmn}: what outlives a meeting that went
 * ahead - its minutes (R21), its actions (R22) and the escalation of an agency's repeated
 * absence (R18, R31). Started by {@link #MESSAGE_MEETING_RECORDED} with the case's business key
 * and what the meeting recorded: the case's values (reference, child, key worker, team manager,
 * chair, members, local policy and its snapshot, jurisdiction), the meeting's chair, minute-taker,
 * day held and next meeting, its {@link #MEETING_RECORD}, {@link #MINUTES}, actions and agencies
 * to escalate. {@link #TASK_SET_DEADLINES} then works out {@link #MINUTES_DUE} and the values
 * after it up to {@link #ACTION_NUMBERS}.
 */
public final class CoreGroupFollowUpProcess {

  public static final String KEY = "CoreGroupFollowUpProcess";

  public static final String MESSAGE_MEETING_RECORDED = "Message_MeetingRecorded";
  public static final String START_EVENT = "StartEvent_MeetingRecorded";
  /** Works out the deadlines below from the start variables ({@code FollowUpSchedule}). */
  public static final String TASK_SET_DEADLINES = "Task_SetFollowUpDeadlines";
  public static final String TASK_CIRCULATE_MINUTES = "Task_CirculateMinutes";
  public static final String BOUNDARY_MINUTES_OVERDUE = "BoundaryEvent_MinutesOverdue";
  public static final String BOUNDARY_MINUTES_STILL_OVERDUE = "BoundaryEvent_MinutesStillOverdue";
  public static final String TASK_REMIND_MINUTE_TAKER = "Task_RemindMinuteTaker";
  public static final String TASK_CHASE_LATE_MINUTES = "Task_ChaseLateMinutes";
  public static final String TASK_SEND_MINUTES = "Task_SendMinutes";
  public static final String SUB_PROCESS_ACTION = "SubProcess_Action";
  public static final String TASK_COMPLETE_ACTION = "Task_CompleteAction";
  public static final String BOUNDARY_ACTION_OVERDUE = "BoundaryEvent_ActionOverdue";
  public static final String TASK_TELL_ACTION_OVERDUE = "Task_TellKeyWorkerActionOverdue";
  public static final String TASK_ESCALATE_ABSENCE = "Task_EscalateAgencyAbsence";
  public static final String END_EVENT = "EndEvent_FollowUpDone";

  public static final String MINUTES_DUE = "minutesDue";
  /**
   * Who circulates the minutes (R21): the minute-taker, or the key worker where the profile says
   * so (brent [004 4.2]: "The social worker will take responsibility for distributing these minutes").
   */
  public static final String MINUTES_CIRCULATOR = "minutesCirculator";
  public static final String MINUTES_CHASE_DUE = "minutesChaseDue";
  /** The case's working days between the reminder and the team manager's task (R21). */
  public static final String MINUTES_CHASE_WORKING_DAYS = "minutesChaseWorkingDays";
  public static final String MINUTES_CHASE_TASK_DUE = "minutesChaseTaskDue";
  public static final String MINUTES = "minutes";
  public static final String PLAN_UPDATED = "planUpdated";
  public static final String MINUTES_RECEIVED_BY = "minutesReceivedBy";
  public static final String CHASE_NOTE = "chaseNote";
  public static final String MEETING_RECORD = "meetingRecord";
  /**
   * The family's copy of the minutes (PDF bytes, transient: never stored), made at the start of
   * {@link #TASK_SEND_MINUTES} by the family's listener and attached to each minutes email.
   */
  public static final String FAMILY_MINUTES_PDF = "familyMinutesPdf";

  public static final String ACTION_NUMBERS = "actionNumbers";
  public static final String ACTION_NUMBER = "actionNumber";
  public static final String ACTION_ASSIGNEE = "actionAssignee";
  public static final String ACTION_DUE = "actionDue";
  public static final String ACTION_DESCRIPTION = "actionDescription";
  public static final String ACTION_DONE = "actionDone";
  /** The actions done so far (JSON list): each with its {@link #ACTION_NUMBER}, {@link #ACTION_DONE}, who did it and on which day. */
  public static final String ACTIONS_DONE = "actionsDone";
  public static final String ACTION_DONE_BY = "by";
  public static final String ACTION_DONE_ON = "on";

  public static final String ABSENT_AGENCY = "absentAgency";
  /** Words the forms show (input parameters of their tasks, from the {@code words} bean). */
  public static final String MEETING_HELD_ON_IN_WORDS = "meetingHeldOnInWords";
  public static final String MINUTES_DUE_IN_WORDS = "minutesDueInWords";
  public static final String MINUTE_TAKER_NAME = "minuteTakerName";
  public static final String ABSENT_AGENCY_NAME = "absentAgencyName";
  public static final String ESCALATION_DUE = "escalationDue";
  public static final String ESCALATION_STEPS = "escalationSteps";

  private CoreGroupFollowUpProcess() {
  }
}
