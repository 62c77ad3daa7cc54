package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.membership.CaseNews;
import org.springframework.stereotype.Component;

/**
 * {@code ThrowEvent_OpenReviewTold} (R28): the meeting found the plan not progressing while a
 * contingency review of the case is open, so that review is told (with the day of the meeting)
 * instead of a second one starting; its key worker, and whoever holds its task, hear of it.
 */
@Component("sendMeetingFindsPlanNotProgressing")
class SendMeetingFindsPlanNotProgressing implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendMeetingFindsPlanNotProgressing(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseNews.send(runtime, identity, MESSAGE_MEETING_FINDS_PLAN_NOT_PROGRESSING, execution.getProcessBusinessKey(),
        Map.of(ContingencyReviewProcess.MEETING_FOUND_ON, new MeetingVariables(execution).date(MEETING_HELD_ON).toString()));
  }
}
