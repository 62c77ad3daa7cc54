package org.coregroup.meeting;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Service;

/** R15: asks the decision {@code CoreGroupQuorumDecision} whether enough professionals from other agencies were present. */
@Service
class MeetingQuorum {

  private final DecisionService decisions;
  private final IdentityService identity;

  MeetingQuorum(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  boolean quorate(String localPolicy, int otherAgenciesInvolved, int otherProfessionalsPresent) {
    Object quorate = AsSystem.call(identity, () -> decisions
        .evaluateDecisionByKey(CoreGroupMeetingProcess.QUORUM_DECISION)
        .variables(Map.of(CoreGroupMeetingProcess.LOCAL_POLICY, localPolicy,
            CoreGroupMeetingProcess.OTHER_AGENCIES_INVOLVED, otherAgenciesInvolved,
            CoreGroupMeetingProcess.OTHER_PROFESSIONALS_PRESENT, otherProfessionalsPresent))
        .evaluate()
        .getSingleResult()
        .getEntry(CoreGroupMeetingProcess.QUORATE));
    return Boolean.TRUE.equals(quorate);
  }
}
