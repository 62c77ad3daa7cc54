package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckMeetingOutcome} (R15, R16, R20, R28, R30): after {@code Task_DecideQuorum},
 * lets {@link MeetingOutcome} check what depends on the quorum and keeps whether the meeting went
 * ahead, was adjourned at an impasse, and why not; for a meeting that found the plan not
 * progressing, whether a contingency review of the case is already open (R28: it is told, not
 * started again, {@code Gateway_ContingencyReviewOpen}). It runs in the transaction that completes the
 * record, so a refusal refuses the record whole.
 */
@Component("checkMeetingOutcome")
class CheckMeetingOutcome implements JavaDelegate {

  private final MeetingOutcome outcome;
  private final LocalPolicies policies;
  private final RuntimeService runtime;
  private final IdentityService identity;

  CheckMeetingOutcome(MeetingOutcome outcome, LocalPolicies policies, RuntimeService runtime, IdentityService identity) {
    this.outcome = outcome;
    this.policies = policies;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    MeetingOutcome.Facts facts = new MeetingOutcome.Facts(vars.yes(QUORATE),
        ((Number) execution.getVariable(OTHER_PROFESSIONALS_PRESENT)).intValue(), vars.date(MEETING_HELD_ON),
        vars.date(NEXT_MEETING_DATE), () -> vars.policy(policies), vars.jurisdiction(),
        () -> vars.partnership(policies));
    MeetingOutcome.Outcome result = outcome.check(new FormInput(execution.getVariables()), facts);
    execution.setVariable(MEETING_WENT_AHEAD, result.wentAhead());
    execution.setVariable(MEETING_ADJOURNED, result.adjourned());
    boolean notProgressing = result.wentAhead() && NOT_PROGRESSING.equals(vars.text(PLAN_PROGRESS));
    execution.setVariable(CONTINGENCY_REVIEW_OPEN, notProgressing && AsSystem.call(identity, () -> runtime
        .createProcessInstanceQuery().processDefinitionKey(ContingencyReviewProcess.KEY)
        .processInstanceBusinessKey(execution.getProcessBusinessKey()).count() > 0));
    if (result.notHeldReason() != null) {
      execution.setVariable(NOT_HELD_REASON, result.notHeldReason());
    }
  }
}
