package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * The completion checks of the follow-up's tasks whose form has one text: each names its field
 * in plain English and refuses the completion when it is empty (R21, R18, R31).
 */
final class FollowUpChecks {

  private FollowUpChecks() {
  }

  private static void requireText(DelegateTask task, String name, String label) {
    FormInput in = new FormInput(task.getVariables());
    in.text(name, label);
    in.verify();
  }

  /** Completion of {@code Task_CirculateMinutes}: the minutes, and whether the plan changed. */
  @Component("checkMinutes")
  static class CheckMinutes implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      requireText(task, MINUTES, "The minutes");
    }
  }

  /** Completion of {@code Task_ChaseLateMinutes}: what the team manager did about late minutes. */
  @Component("checkLateMinutesChase")
  static class CheckLateMinutesChase implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      requireText(task, CHASE_NOTE, "What you did about the late minutes");
    }
  }

  /** Completion of {@code Task_EscalateAgencyAbsence}: the steps taken (R18, R30, R31). */
  @Component("checkAbsenceEscalation")
  static class CheckAbsenceEscalation implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      requireText(task, ESCALATION_STEPS, "The steps you took");
    }
  }
}
