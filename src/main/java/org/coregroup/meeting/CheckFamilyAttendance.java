package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RecordFamilyAttendance} (R14): whether the child and the family
 * come; if not, their views, the reasons, and what the absence may signal. The meeting still
 * goes ahead.
 */
@Component("checkFamilyAttendance")
class CheckFamilyAttendance implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    Boolean child = in.yesNo(CHILD_ATTENDING, "Whether the child will attend");
    Boolean family = in.yesNo(FAMILY_ATTENDING, "Whether the family will attend");
    if (Boolean.FALSE.equals(child) || Boolean.FALSE.equals(family)) {
      in.text(FAMILY_VIEWS, "The views of the child and family who will not attend");
      in.text(ABSENCE_REASONS, "The reasons they will not attend");
    }
    in.verify();
    refreshBriefing(task.getExecution());
  }

  static String familyText(MeetingVariables vars) {
    if (vars.text(CHILD_ATTENDING) == null && vars.text(FAMILY_ATTENDING) == null) {
      return "- Child and family: the key worker has not yet said whether they will attend";
    }
    boolean child = vars.yes(CHILD_ATTENDING);
    boolean family = vars.yes(FAMILY_ATTENDING);
    if (child && family) {
      return "- Child and family: attending";
    }
    StringBuilder text = new StringBuilder("- ").append(child ? "" : "The child ")
        .append(!child && !family ? "and " : "").append(family ? "" : "the family ").append("will not attend. Reasons: ")
        .append(vars.text(ABSENCE_REASONS)).append(". Their views: ").append(vars.text(FAMILY_VIEWS));
    if (vars.yes(ABSENCE_PLAN_NOT_WORKING)) {
      text.append(". CONSIDER: the plan may not be working");
    }
    if (vars.yes(ABSENCE_AVOIDANCE)) {
      text.append(". CONSIDER: avoidance");
    }
    if (vars.yes(ABSENCE_ADDED_RISK)) {
      text.append(". CONSIDER: added risk");
    }
    return text.toString();
  }

  static void refreshBriefing(VariableScope scope) {
    MeetingVariables vars = new MeetingVariables(scope);
    scope.setVariable(MEETING_BRIEFING, Briefing.text(vars.group(),
        Briefing.replies(scope.getVariable(ATTENDANCE_REPLIES)), familyText(vars)));
  }
}
