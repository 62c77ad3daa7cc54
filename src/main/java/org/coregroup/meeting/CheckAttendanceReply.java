package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ConfirmAttendance} (R13): attending, or apologies with a briefed
 * representative and a written report for the key worker. A missing report goes on the chair's
 * briefing; a report is passed to the key worker at once.
 */
@Component("checkAttendanceReply")
class CheckAttendanceReply implements TaskListener {

  private final MeetingNotices notices;

  CheckAttendanceReply(MeetingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    Boolean attending = in.yesNo(ATTENDING, "Whether you will attend");
    String apologies = in.optionalText(APOLOGIES);
    if (Boolean.FALSE.equals(attending) && apologies == null) {
      in.reject(APOLOGIES, "written apologies are needed when you cannot attend");
    }
    in.verify();
    Briefing.Reply reply = attending
        ? new Briefing.Reply(true, null, null, null)
        : new Briefing.Reply(false, apologies, in.optionalText(REPRESENTATIVE), in.optionalText(REPORT));
    MeetingVariables vars = new MeetingVariables(task.getExecution());
    Map<String, Briefing.Reply> replies = Briefing.replies(task.getExecution().getVariable(ATTENDANCE_REPLIES));
    replies.put(task.getAssignee(), reply);
    vars.setJson(ATTENDANCE_REPLIES, replies);
    CheckFamilyAttendance.refreshBriefing(task.getExecution());
    if (!attending) {
      notices.tell(vars, List.of(notices.user(vars.text(KEY_WORKER))), "apologies from " + task.getAssignee(),
          "Apologies: " + apologies + "\nRepresentative: " + (reply.representative() == null ? "none" : reply.representative())
              + "\nWritten report: " + (reply.report() == null ? "not yet sent" : reply.report()));
    }
  }
}
