package org.coregroup.monitoring;

import static org.coregroup.monitoring.RecordVisitProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.input.InputRejected;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code EndEvent_VisitSent}: the visit goes to the case's monitoring by business key. The member
 * may read the case but not change it, so the product correlates on its own behalf, after
 * {@code checkVisit} has established that the member belongs to the case.
 */
@Component("sendVisitRecorded")
class SendVisitRecorded implements JavaDelegate {

  static final List<String> SENT = List.of(VISIT_DATE, VISITED_BY, VISITOR_AGENCY, CHILD_SEEN, SEEN_ALONE,
      BEDROOM_SEEN, VISIT_NOTES, RECORDED_BY);

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendVisitRecorded(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> visit = new HashMap<>();
    SENT.forEach(name -> visit.put(name, execution.getVariable(name)));
    String reference = execution.getProcessBusinessKey();
    int delivered = AsSystem.call(identity, () -> runtime.createMessageCorrelation(MESSAGE_VISIT_RECORDED)
        .processInstanceBusinessKey(reference).setVariables(visit).correlateAllWithResult().size());
    if (delivered == 0) {
      throw new InputRejected(CASE_REFERENCE, "case '" + reference + "' has no monitoring running to record the visit");
    }
  }
}
