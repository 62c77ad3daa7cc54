package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.KEY_WORKER;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.input.ProcessVariables;
import org.springframework.stereotype.Component;

/** {@code Task_TellKeyWorkerActionOverdue}: the key worker hears of an action past its deadline (R22, R31). */
@Component("tellKeyWorkerActionOverdue")
class TellKeyWorkerActionOverdue implements JavaDelegate {

  private final FollowUpLetters letters;

  TellKeyWorkerActionOverdue(FollowUpLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariables vars = new ProcessVariables(execution);
    letters.tell(execution, List.of(letters.user(vars.text(KEY_WORKER))), "action overdue",
        "Action " + vars.value(ACTION_NUMBER) + " is overdue: " + vars.value(ACTION_DESCRIPTION)
            + ". It is with " + vars.value(ACTION_ASSIGNEE) + ".");
  }
}
