package org.coregroup.monitoring;

/**
 * The contract of {@code bpmn/RecordVisitProcess.bpmn}: a member of a case records a visit to
 * the child from Tasklist or REST (R26); the case's {@link CaseMonitoringProcess} hears of it.
 */
public final class RecordVisitProcess {

  public static final String KEY = "RecordVisitProcess";

  public static final String START_EVENT = "StartEvent_VisitMade";
  public static final String END_EVENT = "EndEvent_VisitSent";
  public static final String MESSAGE_VISIT_RECORDED = CaseMonitoringProcess.MESSAGE_VISIT_RECORDED;

  public static final String CASE_REFERENCE = CaseMonitoringProcess.CASE_REFERENCE;
  public static final String VISIT_DATE = CaseMonitoringProcess.VISIT_DATE;
  public static final String VISITED_BY = CaseMonitoringProcess.VISITED_BY;
  /** The member who made the visit, when someone else records it for them. */
  public static final String ON_BEHALF_OF = org.coregroup.membership.OnBehalfOf.ON_BEHALF_OF;
  public static final String VISITOR_AGENCY = CaseMonitoringProcess.VISITOR_AGENCY;
  public static final String CHILD_SEEN = CaseMonitoringProcess.CHILD_SEEN;
  public static final String SEEN_ALONE = CaseMonitoringProcess.SEEN_ALONE;
  /**
   * ADR 0033: for brothers and sisters on one plan, which of them were seen: their names,
   * separated by commas (or a Json list of names). Required when a child was seen and the plan
   * has more than one child still on it; each child's clocks count only the visits that saw them.
   */
  public static final String CHILDREN_SEEN = "childrenSeen";
  public static final String BEDROOM_SEEN = CaseMonitoringProcess.BEDROOM_SEEN;
  public static final String VISIT_NOTES = CaseMonitoringProcess.VISIT_NOTES;
  /** The logged-in user who recorded the visit (the process initiator). */
  public static final String RECORDED_BY = CaseMonitoringProcess.RECORDED_BY;

  private RecordVisitProcess() {
  }
}
