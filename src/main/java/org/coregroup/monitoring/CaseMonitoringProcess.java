package org.coregroup.monitoring;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/CaseMonitoringProcess.bpmn}: called by the plan with the case
 * reference as business key, it watches how often the child is seen (R24, R25), keeps the visits
 * (R26) and asks the team manager to review a long-running plan (R31). It runs until the plan
 * ends and cancels it.
 */
public final class CaseMonitoringProcess {

  public static final String KEY = "CaseMonitoringProcess";

  /** Elements. */
  public static final String START_EVENT = "StartEvent_MonitoringStarted";
  public static final String SUBPROCESS_CHILD_SEEN_CLOCK = "SubProcess_ChildSeenClock";
  public static final String SUBPROCESS_SEEN_ALONE_CLOCK = "SubProcess_SeenAloneClock";
  public static final String TIMER_CHILD_NOT_SEEN = "TimerEvent_ChildNotSeen";
  public static final String TIMER_CHILD_NOT_SEEN_ALONE = "TimerEvent_ChildNotSeenAlone";
  public static final String TIMER_PLAN_OPEN_LONG = "TimerEvent_PlanOpenLong";
  public static final String TASK_SEE_CHILD = "Task_SeeChild";
  public static final String TASK_SEE_CHILD_ALONE = "Task_SeeChildAlone";
  public static final String TASK_REVIEW_PLAN_DRIFT = "Task_ReviewPlanDrift";
  public static final String TASK_ARRANGE_LEGAL_PLANNING_MEETING = "Task_ArrangeLegalPlanningMeeting";
  public static final String MESSAGE_EVENT_VISIT_RECORDED = "MessageEvent_VisitRecorded";
  public static final String END_EVENT_NO_CHILD_SEEN_RULE = "EndEvent_NoChildSeenRule";
  public static final String END_EVENT_NO_SEEN_ALONE_RULE = "EndEvent_NoSeenAloneRule";
  public static final String GATEWAY_WATCHES_PLAN_DRIFT = "Gateway_WatchesPlanDrift";
  public static final String BOUNDARY_CHILD_SEEN_CLOCK_PLAN_ENDED = "BoundaryEvent_ChildSeenClockPlanEnded";
  public static final String BOUNDARY_SEEN_ALONE_CLOCK_PLAN_ENDED = "BoundaryEvent_SeenAloneClockPlanEnded";

  /** A visit, correlated by business key (the case reference) with the visit's variables. */
  public static final String MESSAGE_VISIT_RECORDED = "Message_VisitRecorded";
  /** From the plan once an unborn child's birth is recorded: {@link #CHILD_BIRTH_DATE}, {@link #CHILD_NAME}. */
  public static final String MESSAGE_BIRTH_RECORDED = "Message_BirthRecorded";
  public static final String MESSAGE_EVENT_BIRTH_RECORDED = "MessageEvent_BirthRecorded";

  /** In: from the plan. */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHILD_NAME = CaseVariables.CHILD_NAME;
  public static final String KEY_WORKER = CaseVariables.KEY_WORKER;
  public static final String TEAM_MANAGER = CaseVariables.TEAM_MANAGER;
  public static final String CONFERENCE_CHAIR = CaseVariables.CONFERENCE_CHAIR;
  public static final String CORE_GROUP_MEMBERS = CaseVariables.CORE_GROUP_MEMBERS;
  public static final String LOCAL_POLICY = CaseVariables.LOCAL_POLICY;
  public static final String JURISDICTION = CaseVariables.JURISDICTION;
  public static final String ICPC_DATE = CaseVariables.ICPC_DATE;
  public static final String POLICY = "policy";
  /** From the plan: false for an unborn child, whose child-seen clocks wait for the birth. */
  public static final String CHILD_BORN = "childBorn";
  public static final String CHILD_BIRTH_DATE = "childBirthDate";
  /**
   * ADR 0033: one monitoring per child of the plan. The child's number in the plan's list; the
   * instance of child 1 also watches the plan's drift ({@link #WATCHES_PLAN_DRIFT}, default true).
   */
  public static final String CHILD_NUMBER = "childNumber";
  public static final String WATCHES_PLAN_DRIFT = "watchesPlanDrift";
  /** Set by the plan when this child's plan ended while the others' go on: the clocks stop. */
  public static final String CHILD_PLAN_ENDED = "childPlanEnded";
  /** The conference's own intervals for this case (optional start variables of the plan); after the start, the rule in force. */
  public static final String CHILD_SEEN_WORKING_DAYS = CaseVariables.CHILD_SEEN_WORKING_DAYS;
  public static final String KEY_WORKER_SEES_CHILD_ALONE_WEEKS = CaseVariables.KEY_WORKER_SEES_CHILD_ALONE_WEEKS;

  /** The clocks. */
  public static final String CHILD_SEEN_FROM = "childSeenFrom";
  public static final String CHILD_SEEN_DUE = "childSeenDue";
  public static final String CHILD_SEEN_RESTART = "childSeenRestart";
  public static final String SEEN_ALONE_FROM = "seenAloneFrom";
  public static final String SEEN_ALONE_DUE = "seenAloneDue";
  public static final String SEEN_ALONE_RESTART = "seenAloneRestart";

  /** The visits (R26), each also sent by {@code RecordVisitProcess}. */
  public static final String VISITS = "visits";
  public static final String VISIT_DATE = "visitDate";
  public static final String VISITED_BY = "visitedBy";
  public static final String VISITOR_AGENCY = "visitorAgency";
  public static final String CHILD_SEEN = "childSeen";
  public static final String SEEN_ALONE = "seenAlone";
  public static final String BEDROOM_SEEN = "bedroomSeen";
  public static final String VISIT_NOTES = "visitNotes";
  public static final String RECORDED_BY = "recordedBy";

  /** Drift (R31). */
  public static final String DRIFT_REVIEW_MONTHS = "driftReviewMonths";
  public static final String DRIFT_REVIEW_AT = "driftReviewAt";
  public static final String DRIFT_MONTHS_OPEN = "driftMonthsOpen";
  public static final String DRIFT_REVIEW_DUE = "driftReviewDue";
  public static final String MONTHS_OPEN = "monthsOpen";
  public static final String DRIFT_REVIEW_NOTES = "driftReviewNotes";
  public static final String LEGAL_PLANNING_MEETING_NEEDED = "legalPlanningMeetingNeeded";
  public static final String LEGAL_PLANNING_MEETING_DUE = "legalPlanningMeetingDue";
  public static final String LEGAL_PLANNING_MEETING_ON = "legalPlanningMeetingOn";
  public static final String LEGAL_PLANNING_MEETING_NOTES = "legalPlanningMeetingNotes";

  private CaseMonitoringProcess() {
  }
}
