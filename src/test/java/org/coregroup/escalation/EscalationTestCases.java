package org.coregroup.escalation;

import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.coregroup.testing.OpenCases;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;

/** A running plan to escalate about. */
final class EscalationTestCases {

  private EscalationTestCases() {
  }

  static final OpenCases OPEN = new OpenCases();

  static String startPlan(RuntimeService runtime, String policy, String icpc) {
    String ref = OPEN.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan(policy, icpc)));
    return ref;
  }
}
