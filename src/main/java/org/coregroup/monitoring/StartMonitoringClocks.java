package org.coregroup.monitoring;

import static org.coregroup.monitoring.CaseMonitoringProcess.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartMonitoringClocks}: the rules in force for this case (the conference's value,
 * else the profile's), the first deadlines counted from the ICPC (R24, R25), and the first drift
 * review at 9 months (R31).
 */
@Component("startMonitoringClocks")
class StartMonitoringClocks implements JavaDelegate {

  private final MonitoringClocks clocks;
  private final DeadlineVariables deadlines;
  private final LocalPolicies policies;

  StartMonitoringClocks(MonitoringClocks clocks, LocalPolicies policies, DeadlineVariables deadlines) {
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    LocalPolicy policy = policy(execution, vars);
    // The conference's own intervals (checked by checkMonitoringStart) win over the profile's.
    Integer childSeen = MonitoringClocks.inForce(vars.number(CHILD_SEEN_WORKING_DAYS),
        policy == null ? null : policy.childSeenWorkingDays());
    Integer seenAlone = MonitoringClocks.inForce(vars.number(KEY_WORKER_SEES_CHILD_ALONE_WEEKS),
        policy == null ? null : policy.keyWorkerSeesChildAloneWeeks());
    LocalDate icpc = vars.date(ICPC_DATE);
    execution.setVariable(CHILD_SEEN_WORKING_DAYS, childSeen);
    execution.setVariable(KEY_WORKER_SEES_CHILD_ALONE_WEEKS, seenAlone);
    // An unborn child's clocks wait for the birth (Task_StartClocksFromBirth); a caller that does
    // not say counts the child as born, as every plan did before.
    boolean born = !Boolean.FALSE.equals(execution.getVariable(CHILD_BORN));
    execution.setVariable(CHILD_BORN, born);
    if (born) {
      startClocks(execution, clocks, deadlines, icpc);
    }
    // ADR 0033: one monitoring per child; the first child's (or the only one's) watches the drift
    execution.setVariable(WATCHES_PLAN_DRIFT, !Boolean.FALSE.equals(execution.getVariable(WATCHES_PLAN_DRIFT)));
    execution.setVariable(CHILD_PLAN_ENDED, false);
    int firstDrift = MonitoringClocks.driftMonths(policies.inForce(execution)).get(0);
    execution.setVariable(DRIFT_REVIEW_MONTHS, firstDrift);
    execution.setVariable(DRIFT_REVIEW_AT, EngineClock.startOfDay(clocks.driftReviewOn(icpc, firstDrift)));
    vars.setJson(VISITS, "[]");
  }

  /** The child-seen and seen-alone clocks in force (R24, R25), counted from {@code from}. */
  static void startClocks(DelegateExecution execution, MonitoringClocks clocks, DeadlineVariables deadlines, LocalDate from) {
    MonitoringVariables vars = new MonitoringVariables(execution);
    Integer childSeen = vars.number(CHILD_SEEN_WORKING_DAYS);
    Integer seenAlone = vars.number(KEY_WORKER_SEES_CHILD_ALONE_WEEKS);
    execution.setVariable(CHILD_SEEN_RESTART, false);
    execution.setVariable(SEEN_ALONE_RESTART, false);
    execution.setVariable(CHILD_SEEN_FROM, from.toString());
    execution.setVariable(SEEN_ALONE_FROM, from.toString());
    if (childSeen != null) {
      deadlines.set(execution, CHILD_SEEN_DUE, clocks.childSeen(from, childSeen, vars.jurisdiction()));
    }
    if (seenAlone != null) {
      execution.setVariable(SEEN_ALONE_DUE, EngineClock.endOfDay(clocks.seenAloneDue(from, seenAlone)));
    }
  }

  @SuppressWarnings("unchecked")
  private LocalPolicy policy(DelegateExecution execution, MonitoringVariables vars) {
    Object row = execution.getVariable(POLICY);
    if (row instanceof Map<?, ?> map) {
      return LocalPolicy.fromResult((Map<String, ?>) map);
    }
    String profile = vars.text(LOCAL_POLICY);
    return profile == null ? null : policies.forProfile(profile).orElse(null);
  }
}
