package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.coregroup.calendar.UkDates;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TellMembersMeetingNotHeld} (R15, R16): every member is told in writing at once
 * (well within 24 hours) why the meeting did not go ahead and when it is re-arranged; their
 * calendars get METHOD:CANCEL for the meeting. A meeting that did not go ahead does not judge the
 * plan (R28): where those present answered that it is not progressing, nothing starts, the answer
 * stays with the meeting's record and the key worker is told, to start a contingency review if
 * they agree.
 */
@Component("tellMembersMeetingNotHeld")
class TellMembersMeetingNotHeld implements JavaDelegate {

  private final MeetingNotices notices;
  private final LocalPolicies policies;

  TellMembersMeetingNotHeld(MeetingNotices notices, LocalPolicies policies) {
    this.notices = notices;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingVariables vars = new MeetingVariables(execution);
    notices.cancel(vars, execution, vars.text(NOT_HELD_REASON), vars.policy(policies).notHeldRearrangedByManager());
    if (!vars.yes(MEETING_ADJOURNED) && NOT_PROGRESSING.equals(vars.text(PLAN_PROGRESS))) {
      notices.tell(vars, List.of(notices.user(vars.text(KEY_WORKER))), "plan not progressing: no contingency review started",
          "Those present at the core group meeting of " + UkDates.day(vars.schedule().date())
              + " said the plan is not progressing. The meeting did not go ahead, so it did not decide it and no"
              + " contingency review was started. If you agree, start one from Tasklist (\"Contingency review\");"
              + " otherwise the re-arranged meeting decides.");
    }
  }
}
