package org.coregroup.plan;

/**
 * The contract of {@code bpmn/BringReviewForwardProcess.bpmn} ("Bring the review forward"): the
 * conference chair tells the plan, as {@link ChildProtectionPlanProcess#MESSAGE_BRING_REVIEW_FORWARD} (R32).
 */
public final class BringReviewForwardProcess {

  public static final String KEY = "BringReviewForwardProcess";
  public static final String START_EVENT = "StartEvent_ReviewForwardAsked";
  public static final String END_EVENT = "EndEvent_ReviewForwardSent";

  public static final String CASE_REFERENCE = ChildProtectionPlanProcess.CASE_REFERENCE;
  public static final String NEW_REVIEW_DATE = ChildProtectionPlanProcess.NEW_REVIEW_DATE;
  public static final String REVIEW_FORWARD_REASON = ChildProtectionPlanProcess.REVIEW_FORWARD_REASON;
  /** The logged-in user (the process initiator). */
  public static final String REVIEW_FORWARD_BY = ChildProtectionPlanProcess.REVIEW_FORWARD_BY;

  private BringReviewForwardProcess() {
  }
}
