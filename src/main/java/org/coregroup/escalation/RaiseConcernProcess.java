package org.coregroup.escalation;

import org.coregroup.plan.ChildProtectionPlanProcess;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/RaiseConcernProcess.bpmn}: a member raises a concern about the
 * child (R27); business key = case reference.
 */
public final class RaiseConcernProcess {

  public static final String KEY = "RaiseConcernProcess";

  public static final String START_EVENT = "StartEvent_ConcernRaised";
  public static final String TASK_DECIDE_ON_CONCERN = "Task_DecideOnConcern";
  public static final String TASK_CONFIRM_CONCERN_IN_WRITING = "Task_ConfirmConcernInWriting";
  public static final String TASK_BRING_REVIEW_FORWARD = "Task_BringReviewForwardForConcern";
  public static final String CALL_CONTINGENCY_REVIEW = "CallActivity_ContingencyReview";
  public static final String END_EVENT_REVIEW_BROUGHT_FORWARD = "EndEvent_ReviewBroughtForward";
  public static final String END_EVENT_CONCERN_DECIDED = "EndEvent_ConcernDecided";
  public static final String END_EVENT_CONCERN_CONFIRMED = "EndEvent_ConcernConfirmed";

  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CONCERN_TYPE = "concernType";
  public static final String CONCERN_DESCRIPTION = "concernDescription";
  /** The logged-in member who raised it (the process initiator). */
  public static final String RAISED_BY = "raisedBy";
  /** The member whose concern is passed on, when the person raising it was told by them. */
  public static final String ON_BEHALF_OF = org.coregroup.membership.OnBehalfOf.ON_BEHALF_OF;
  public static final String CONCERN_DECISION_DUE = "concernDecisionDue";
  public static final String CONFIRMATION_DUE = "confirmationDue";
  public static final String CONCERN_OUTCOME = "concernOutcome";
  public static final String CONCERN_DECISION_NOTES = "concernDecisionNotes";
  public static final String WRITTEN_CONFIRMATION = "writtenConfirmation";
  /** Sent to the plan with {@code Message_BringReviewForward}. */
  /** The date the plan's review is brought forward to: the name the plan's message takes. */
  public static final String NEW_REVIEW_DATE = ChildProtectionPlanProcess.NEW_REVIEW_DATE;

  public static final List<String> CONCERN_TYPES = List.of("no-access", "new-incident", "new-information", "other");
  public static final String NO_FURTHER_ACTION = "no-further-action";
  public static final String NEXT_CORE_GROUP = "next-core-group";
  public static final String EARLY_CORE_GROUP = "early-core-group";
  public static final String CONTINGENCY_REVIEW = "contingency-review";
  public static final String STRATEGY_DISCUSSION = "strategy-discussion";
  public static final String BRING_REVIEW_FORWARD = "bring-review-forward";
  public static final List<String> CONCERN_OUTCOMES = List.of(NO_FURTHER_ACTION, NEXT_CORE_GROUP, EARLY_CORE_GROUP,
      CONTINGENCY_REVIEW, STRATEGY_DISCUSSION, BRING_REVIEW_FORWARD);

  /** Product choice: the member confirms the concern in writing within 2 days (48 hours, R27). */

  private RaiseConcernProcess() {
  }
}
