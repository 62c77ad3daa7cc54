package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.springframework.stereotype.Component;

/** {@code Task_RecordDeadlinePassed} (R30): the stage's deadline passed unresolved; it moves on. */
@Component("recordDeadlinePassed")
class RecordDeadlinePassed implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(STAGE_OUTCOME, DEADLINE_PASSED);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("stage", execution.getVariable(DIFFERENCE_STAGE));
    entry.put("owner", execution.getVariable(STAGE_OWNER));
    entry.put("outcome", DEADLINE_PASSED);
    entry.put("on", EngineClock.today().toString());
    execution.setVariable(STAGE_HISTORY, EscalationDeadlines.append(execution.getVariable(STAGE_HISTORY), entry));
  }
}
