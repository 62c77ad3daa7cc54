package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/** Start listener of {@code StartEvent_PlanAgreed}: refuses a start that breaks R1-R4 or R7. */
@Component("checkPlanStart")
class CheckPlanStart implements ExecutionListener {

  private final PlanStartRules rules;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;

  CheckPlanStart(PlanStartRules rules, RuntimeService runtime, RepositoryService repository, IdentityService identity) {
    this.rules = rules;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    String businessKey = execution.getProcessBusinessKey();
    Object reference = values.get(CASE_REFERENCE);
    if (businessKey != null && reference != null && !businessKey.equals(reference.toString().trim())) {
      throw new InputRejected(CASE_REFERENCE, "the case reference '" + reference
          + "' differs from the business key '" + businessKey + "'");
    }
    if (reference == null || reference.toString().isBlank()) {
      values.put(CASE_REFERENCE, businessKey);
    }
    PlanStart start = rules.check(new FormInput(values), EngineClock.today());
    if (planAlreadyOpen(start.caseReference())) {
      throw new InputRejected(CASE_REFERENCE, "a plan with case reference '" + start.caseReference()
          + "' is already open");
    }
    execution.setProcessBusinessKey(start.caseReference());
    execution.setVariable(CASE_REFERENCE, start.caseReference());
    execution.setVariable(JURISDICTION, start.jurisdiction().code());
    execution.setVariable(MEETING_INTERVAL_WEEKS, start.meetingIntervalWeeks());
    execution.setVariable(ICPC_DATE, start.icpcDate().toString());
  }

  /**
   * By the business key alone, which has its own index, then the definition from the engine's
   * deployment cache: with the definition key in the query, H2 joined the definitions table and
   * chose its index, reading every plan (starting a plan slowed from 80 to 330 ms by 10,000 plans).
   */
  private boolean planAlreadyOpen(String caseReference) {
    return AsSystem.call(identity, () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .rootProcessInstances().list().stream()
        .anyMatch(instance -> KEY.equals(repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey())));
  }
}
