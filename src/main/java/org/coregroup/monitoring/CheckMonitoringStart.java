package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_MonitoringStarted}: the conference's own visiting
 * intervals for the case (R24, R25), when given, are whole numbers in a sensible range. The plan
 * starts in the same transaction, so a bad value refuses the whole plan start.
 */
@Component("checkMonitoringStart")
class CheckMonitoringStart implements ExecutionListener {

  static final int MAX_CHILD_SEEN_WORKING_DAYS = 60;
  static final int MAX_SEEN_ALONE_WEEKS = 26;

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    Integer childSeen = in.optionalWholeNumber(CHILD_SEEN_WORKING_DAYS,
        "The child is seen at least every (working days)", 1, MAX_CHILD_SEEN_WORKING_DAYS);
    Integer seenAlone = in.optionalWholeNumber(KEY_WORKER_SEES_CHILD_ALONE_WEEKS,
        "The key worker sees the child alone at least every (weeks)", 1, MAX_SEEN_ALONE_WEEKS);
    in.date(ICPC_DATE, "The ICPC date");
    in.text(KEY_WORKER, "The key worker");
    in.text(TEAM_MANAGER, "The team manager");
    in.verify();
    // Forms and REST send numbers as Integer, Long, Double or text: keep them as whole numbers.
    execution.setVariable(CHILD_SEEN_WORKING_DAYS, childSeen);
    execution.setVariable(KEY_WORKER_SEES_CHILD_ALONE_WEEKS, seenAlone);
  }
}
