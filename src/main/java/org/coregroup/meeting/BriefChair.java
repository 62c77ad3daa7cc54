package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BriefChair}, when the meeting starts (R13, R14): the chair gets the briefing -
 * apologies, representatives, missing written reports, whether the child and family came.
 */
@Component("briefChair")
class BriefChair implements JavaDelegate {

  private final MeetingNotices notices;

  BriefChair(MeetingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    notices.tell(vars, List.of(notices.user(vars.text(MEETING_CHAIR))), "briefing for the chair",
        vars.text(MEETING_BRIEFING));
  }
}
