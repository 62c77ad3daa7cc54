package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_ApproveMeetingMove}: the team manager's decision, always with a reason. */
@Component("checkMoveDecision")
class CheckMoveDecision implements TaskListener {
  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    Boolean approved = in.yesNo(MOVE_APPROVED, "Whether the move is approved");
    in.text(MOVE_DECISION_REASON, "The reason for your decision");
    in.verify();
    task.setVariable(MOVE_APPROVED, approved);
  }
}
