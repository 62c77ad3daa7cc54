package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BriefChair}, when the meeting starts (R13, R14): the chair gets the briefing -
 * apologies, representatives, missing written reports, whether the child and family came; and,
 * where the partnership says good practice keeps them apart (south-east-wales [003]), that the
 * key worker also chairs.
 */
@Component("briefChair")
class BriefChair implements JavaDelegate {

  private final MeetingNotices notices;
  private final LocalPolicies policies;

  BriefChair(MeetingNotices notices, LocalPolicies policies) {
    this.notices = notices;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    String note = PartnershipRules.keyWorkerChairsNote(vars.policy(policies), vars.text(MEETING_CHAIR), vars.text(KEY_WORKER));
    notices.tell(vars, List.of(notices.user(vars.text(MEETING_CHAIR))), "briefing for the chair",
        vars.text(MEETING_BRIEFING) + (note == null ? "" : "\n" + note));
  }
}
