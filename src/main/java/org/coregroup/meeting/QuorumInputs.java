package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The inputs of {@code Task_ForecastQuorum} (R15), read in its input mapping: the professional
 * agencies other than children's social care in the core group, and their professionals who said
 * they are coming ({@link Briefing#othersComing}). The record's own counts come from
 * {@link MeetingRecordCheck}.
 */
@Component("quorumInputs")
public class QuorumInputs {

  /** The other professional agencies in the core group now. */
  public int otherAgenciesInvolved(DelegateExecution execution) {
    return new MeetingVariables(execution).group().otherAgencies().size();
  }

  /** Their professionals who said they are coming, in person or by a representative. */
  public int otherProfessionalsComing(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    return Briefing.othersComing(vars.group(), Briefing.replies(execution.getVariable(ATTENDANCE_REPLIES)));
  }
}
