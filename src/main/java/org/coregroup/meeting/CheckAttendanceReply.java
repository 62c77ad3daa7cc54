package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ConfirmAttendance} (R13): attending, or apologies with what the case's
 * partnership asks besides ({@link PartnershipRules#checkAbsence}: a representative, briefed or
 * senior, a written report). A missing report goes on the chair's briefing; a report is passed at
 * once to the key worker, or to the chair where the partnership says so.
 */
@Component("checkAttendanceReply")
class CheckAttendanceReply implements TaskListener {

  private final MeetingNotices notices;
  private final LocalPolicies policies;

  CheckAttendanceReply(MeetingNotices notices, LocalPolicies policies) {
    this.notices = notices;
    this.policies = policies;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    MeetingVariables vars = new MeetingVariables(task.getExecution());
    LocalPolicy policy = vars.policy(policies);
    Boolean attending = in.yesNo(ATTENDING, "Whether you will attend");
    String apologies = in.optionalText(APOLOGIES);
    String representative = in.optionalShortText(REPRESENTATIVE, "The representative");
    String report = in.optionalText(REPORT);
    if (Boolean.FALSE.equals(attending)) {
      if (apologies == null) {
        in.reject(APOLOGIES, "written apologies are needed when you cannot attend");
      }
      PartnershipRules.checkAbsence(in, policy, representative, report);
    }
    in.verify();
    String reportTo = PartnershipRules.reportRecipient(policy);
    Briefing.Reply reply = attending
        ? new Briefing.Reply(true, null, null, null, null, null, null)
        : new Briefing.Reply(false, apologies, representative, report, representative == null ? null
            : yes(in, REPRESENTATIVE_BRIEFED), representative == null ? null : yes(in, REPRESENTATIVE_SENIOR), reportTo);
    Map<String, Briefing.Reply> replies = Briefing.replies(task.getExecution().getVariable(ATTENDANCE_REPLIES));
    replies.put(task.getAssignee(), reply);
    vars.setJson(ATTENDANCE_REPLIES, replies);
    CheckFamilyAttendance.refreshBriefing(task.getExecution());
    if (!attending) {
      String keyWorker = vars.text(KEY_WORKER);
      String reportReader = LocalPolicy.REPORT_TO_CHAIR.equals(policy.absentReportTo()) ? vars.text(MEETING_CHAIR) : keyWorker;
      String representativeText = reply.representative() == null ? "none" : reply.representative()
          + (Boolean.TRUE.equals(reply.briefed()) ? " (briefed)" : "");
      if (reportReader == null || reportReader.equals(keyWorker)) {
        notices.tell(vars, List.of(notices.user(keyWorker)), "apologies from " + task.getAssignee(),
            "Apologies: " + apologies + "\nRepresentative: " + representativeText
                + "\nWritten report: " + (reply.report() == null ? "not yet sent" : reply.report()));
      } else {
        // sandwell [001]: "make sure a written report is sent to the Chair before the meeting"
        notices.tell(vars, List.of(notices.user(keyWorker)), "apologies from " + task.getAssignee(),
            "Apologies: " + apologies + "\nRepresentative: " + representativeText
                + "\nWritten report: " + (reply.report() == null ? "not yet sent" : "sent to the chair"));
        String name = vars.group().withLogin().stream().filter(m -> task.getAssignee().equals(m.userId()))
            .map(m -> m.name()).findFirst().orElse(task.getAssignee());
        notices.tell(vars, List.of(notices.user(reportReader)), "written report from " + name,
            "Apologies: " + apologies + "\nRepresentative: " + representativeText
                + "\nWritten report: " + (reply.report() == null ? "not yet sent" : reply.report()));
      }
    }
  }

  private static Boolean yes(FormInput in, String field) {
    return in.isPresent(field) && Boolean.TRUE.equals(in.yesNo(field, org.coregroup.input.FieldLabels.of(field)));
  }
}
