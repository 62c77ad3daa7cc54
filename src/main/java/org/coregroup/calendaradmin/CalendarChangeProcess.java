package org.coregroup.calendaradmin;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/CalendarChangeProcess.bpmn}: an administrator adds or removes a
 * closure day (a council closure, a newly announced bank holiday) without a rebuild, and the
 * deadlines of running cases that depend on it are worked out again.
 */
public final class CalendarChangeProcess {

  public static final String KEY = "CalendarChangeProcess";

  public static final String START_EVENT = "StartEvent_CalendarChangeRequested";
  public static final String TASK_APPLY_CALENDAR_CHANGE = "Task_ApplyCalendarChange";
  public static final String END_EVENT = "EndEvent_CalendarChanged";

  public static final String CHANGE = "calendarChange";
  public static final String JURISDICTION = CaseVariables.JURISDICTION;
  public static final String CLOSURE_DATE = "closureDate";
  public static final String CLOSURE_NAME = "closureName";
  public static final String DEADLINES_MOVED = "deadlinesMoved";

  public static final String ADD = "add";
  public static final String REMOVE = "remove";
  public static final List<String> CHANGES = List.of(ADD, REMOVE);

  private CalendarChangeProcess() {
  }
}
