package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.escalation.ProfessionalDifferencesProcess;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code EndEvent_AdjournedAtImpasse} (R30 [004 5.6]): the meeting was adjourned because the
 * professionals could not agree about the plan, so {@code Message_MeetingAtImpasse} starts a
 * professional difference of the same case, raised by the meeting's chair, about what the record
 * says they disagree on and who could not agree. It starts at the stage after talking it through,
 * which failed in the meeting ({@code ProfessionalDifferencesProcess.IMPASSE_STAGE}).
 */
@Component("sendMeetingAtImpasse")
class SendMeetingAtImpasse implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendMeetingAtImpasse(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    AsSystem.run(identity, () -> runtime.createMessageCorrelation(ProfessionalDifferencesProcess.MESSAGE_MEETING_AT_IMPASSE)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable(ProfessionalDifferencesProcess.RAISED_BY, vars.text(MEETING_CHAIR))
        .setVariable(ProfessionalDifferencesProcess.DIFFERENCE_DESCRIPTION, vars.text(DISAGREEMENTS))
        .setVariable(ProfessionalDifferencesProcess.ABOUT_PROFESSIONAL, vars.text(IMPASSE_WITH))
        .correlateStartMessage());
  }
}
