package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.coregroup.membership.CaseVariables;

/**
 * {@code Task_StartStage} (R30): who works this stage and by when. Tasks go to named people only
 * (R23): stage 1 the member who raised it (they talk to the colleague), stage 2 the key worker
 * (with the line managers), stage 3 the team manager (who takes it to the other agency's manager
 * or designated safeguarding lead), stage 4 the conference chair (the partnership's protocol).
 */
@Component("startStage")
class StartStage implements JavaDelegate {

  private final EscalationDeadlines deadlines;

  StartStage(EscalationDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stage = ((Number) execution.getVariable(DIFFERENCE_STAGE)).intValue();
    int workingDays = deadlines.policy(execution).differenceStageWorkingDays(stage);
    execution.setVariable(STAGE_NAME, "Stage " + stage + ": " + STAGE_NAMES.get(stage - 1));
    execution.setVariable(STAGE_OWNER, execution.getVariable(owner(stage)));
    execution.setVariable(STAGE_OUTCOME, null);
    execution.setVariable(BRING_REVIEW_FORWARD, false);
    deadlines.setFromToday(execution, STAGE_DUE, workingDays);
  }

  static String owner(int stage) {
    return switch (stage) {
      case 1 -> RAISED_BY;
      case 2 -> CaseVariables.KEY_WORKER;
      case 3 -> CaseVariables.TEAM_MANAGER;
      default -> CaseVariables.CONFERENCE_CHAIR;
    };
  }
}
