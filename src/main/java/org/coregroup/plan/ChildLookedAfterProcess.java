package org.coregroup.plan;

/**
 * The contract of {@code bpmn/ChildLookedAfterProcess.bpmn} ("Record the child looked after"):
 * the key worker or team manager tells the plan, as {@link ChildProtectionPlanProcess#MESSAGE_CHILD_LOOKED_AFTER} (R34).
 */
public final class ChildLookedAfterProcess {

  public static final String KEY = "ChildLookedAfterProcess";
  public static final String START_EVENT = "StartEvent_ChildLookedAfter";
  public static final String END_EVENT = "EndEvent_LookedAfterSent";

  public static final String CASE_REFERENCE = ChildProtectionPlanProcess.CASE_REFERENCE;
  public static final String LOOKED_AFTER_FROM = ChildProtectionPlanProcess.LOOKED_AFTER_FROM;
  /** The logged-in user (the process initiator). */
  public static final String LOOKED_AFTER_RECORDED_BY = ChildProtectionPlanProcess.LOOKED_AFTER_RECORDED_BY;

  private ChildLookedAfterProcess() {
  }
}
