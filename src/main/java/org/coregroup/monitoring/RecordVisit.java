package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordVisit}: keeps the visit with the case (R26) and, when it counts, restarts the
 * child-seen clock (any professional saw the child, R24) and the seen-alone clock (the key worker
 * saw the child alone, R25). The restart flags trigger the clocks' conditional events.
 */
@Component("recordVisit")
class RecordVisit implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    Visit visit = new Visit(vars.date(VISIT_DATE), vars.text(VISITED_BY), vars.text(VISITOR_AGENCY),
        Boolean.TRUE.equals(execution.getVariable(CHILD_SEEN)), Boolean.TRUE.equals(execution.getVariable(SEEN_ALONE)),
        (Boolean) execution.getVariable(BEDROOM_SEEN), vars.text(VISIT_NOTES), vars.text(RECORDED_BY));
    vars.setJson(VISITS, MonitoringClocks.addVisit(execution.getVariable(VISITS), visit));
    if (MonitoringClocks.restartsChildSeen(visit, vars.date(CHILD_SEEN_FROM))) {
      execution.setVariable(CHILD_SEEN_FROM, visit.visitDate().toString());
      if (vars.number(CHILD_SEEN_WORKING_DAYS) != null) {
        execution.setVariable(CHILD_SEEN_RESTART, true);
      }
    }
    if (MonitoringClocks.restartsSeenAlone(visit, vars.text(KEY_WORKER), vars.date(SEEN_ALONE_FROM))) {
      execution.setVariable(SEEN_ALONE_FROM, visit.visitDate().toString());
      if (vars.number(KEY_WORKER_SEES_CHILD_ALONE_WEEKS) != null) {
        execution.setVariable(SEEN_ALONE_RESTART, true);
      }
    }
  }
}
