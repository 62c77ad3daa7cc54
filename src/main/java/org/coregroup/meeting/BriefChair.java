package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BriefChair}, when the meeting starts (R13, R14, R15): the chair gets the briefing -
 * apologies, representatives, missing written reports, whether the child and family came - and,
 * from {@code Task_ForecastQuorum}, a warning when too few professionals from other agencies
 * said they are coming ({@link Briefing#quorumWarning}); and, where the partnership says good
 * practice keeps them apart (south-east-wales [003]), that the key worker also chairs.
 */
@Component("briefChair")
class BriefChair implements JavaDelegate {

  private final MeetingNotices notices;
  private final QuorumInputs quorum;
  private final LocalPolicies policies;

  BriefChair(MeetingNotices notices, QuorumInputs quorum, LocalPolicies policies) {
    this.notices = notices;
    this.quorum = quorum;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    String warning = Briefing.quorumWarning(quorum.otherAgenciesInvolved(execution),
        quorum.otherProfessionalsComing(execution), vars.yes(QUORATE_WITH_THOSE_COMING));
    String note = PartnershipRules.keyWorkerChairsNote(vars.policy(policies), vars.text(MEETING_CHAIR), vars.text(KEY_WORKER));
    String briefing = vars.text(MEETING_BRIEFING) + (warning == null ? "" : "\n" + warning) + (note == null ? "" : "\n" + note);
    // the record's form shows the briefing too: the minute-taker sees what the chair got
    execution.setVariable(MEETING_BRIEFING, briefing);
    notices.tell(vars, List.of(notices.user(vars.text(MEETING_CHAIR))), "briefing for the chair", briefing);
  }
}
