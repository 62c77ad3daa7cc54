package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.input.JsonLists;
import org.coregroup.identity.AsSystem;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Start listener of {@code StartEvent_PlanAgreed}: refuses a start that breaks R1-R4, R7 or R36; links a re-referral to the previous plan (R36). */
@Component("checkPlanStart")
class CheckPlanStart implements ExecutionListener {

  private final PlanStartRules rules;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final PreviousPlans previousPlans;
  private final LocalPolicies policies;

  CheckPlanStart(PlanStartRules rules, RuntimeService runtime, RepositoryService repository, IdentityService identity,
      PreviousPlans previousPlans, LocalPolicies policies) {
    this.rules = rules;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.previousPlans = previousPlans;
    this.policies = policies;
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
    FormInput in = new FormInput(values);
    // ADR 0026, 0033: each child's earlier plans, searched once (for a sibling group, per child)
    Map<String, List<PreviousPlans.PreviousPlan>> byChild = new LinkedHashMap<>();
    List<PreviousPlans.PreviousPlan> previous = reReferral(in, values, byChild);
    PlanStart start = rules.check(in, EngineClock.today());
    if (planAlreadyOpen(start.caseReference())) {
      throw new InputRejected(CASE_REFERENCE, "a plan with case reference '" + start.caseReference()
          + "' is already open");
    }
    execution.setProcessBusinessKey(start.caseReference());
    execution.setVariable(CASE_REFERENCE, start.caseReference());
    execution.setVariable(CASE_REFERENCE_IN_LINKS, UriUtils.encode(start.caseReference(), StandardCharsets.UTF_8));
    execution.setVariable(JURISDICTION, start.jurisdiction().code());
    execution.setVariable(MEETING_INTERVAL_WEEKS, start.meetingIntervalWeeks());
    execution.setVariable(ICPC_DATE, start.icpcDate().toString());
    execution.setVariable(KEY_WORKER, start.keyWorker());
    execution.setVariable(PREVIOUS_PLANS, previous.size());
    // ADR 0033: every plan keeps its children as a list (one child: a list of one); each child
    // counts their own earlier plans for the census
    List<SiblingGroup.Child> children = start.children().stream().map(child -> SiblingGroup.Child.start(child,
        start.icpcDate(), start.siblingGroup() ? byChild.computeIfAbsent(SiblingGroup.identity(child.name(), child.birthDate()),
            k -> previousPlans.of(child.name(), child.birthDate())).size() : previous.size()))
        .toList();
    execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
    execution.setVariable(SIBLING_GROUP, start.siblingGroup());
    if (start.siblingGroup()) {
      // what the meetings, notices and lists show: every child's name
      execution.setVariable(CHILD_NAME, SiblingGroup.names(children.stream().map(SiblingGroup.Child::name).toList()));
    }
    execution.setVariable(TRANSFER_IN, start.transferIn() != null);
    if (start.transferIn() != null) {
      execution.setVariable(PREVIOUS_AUTHORITY, start.transferIn().previousAuthority());
      execution.setVariable(PREVIOUS_PLAN_START_DATE, start.transferIn().previousPlanStart().toString());
    }
    PreviousPlans.reReferral(previous, start.icpcDate(), reReferralMonths(start)).ifPresent(last -> {
      execution.setVariable(PREVIOUS_CASE_REFERENCE, last.caseReference());
      execution.setVariable(PREVIOUS_PLAN_CLOSED_ON, last.closedOn().toString());
      execution.setVariable(PREVIOUS_KEY_WORKER, last.keyWorker());
    });
  }

  /**
   * R36 [001]: a child whose last plan here closed less than the profile's months before this ICPC
   * goes back to the previous key worker: an empty key worker is theirs, another needs a reason.
   */
  private List<PreviousPlans.PreviousPlan> reReferral(FormInput in, Map<String, Object> values,
      Map<String, List<PreviousPlans.PreviousPlan>> byChild) {
    List<PreviousPlans.PreviousPlan> previous = in.isPresent(CHILDREN) ? siblingsPreviousPlans(values.get(CHILDREN), byChild)
        : previousPlans.of(text(values.get(CHILD_NAME)), FormInput.toDate(values.get(CHILD_BIRTH_DATE)));
    LocalDate icpc = FormInput.toDate(values.get(ICPC_DATE));
    String profile = text(values.get(LOCAL_POLICY));
    if (previous.isEmpty()) {
      return previous; // a first plan: no need to look the profile's months up
    }
    Integer months = profile == null ? null : policies.forProfile(profile).map(LocalPolicy::reReferralMonths).orElse(null);
    Optional<PreviousPlans.PreviousPlan> last = months == null ? Optional.empty() : PreviousPlans.reReferral(previous, icpc, months);
    if (last.isEmpty() || last.get().keyWorker() == null) {
      return previous;
    }
    String previousKeyWorker = last.get().keyWorker();
    if (!in.isPresent(KEY_WORKER)) {
      values.put(KEY_WORKER, previousKeyWorker);
    } else if (!previousKeyWorker.equals(text(values.get(KEY_WORKER)).trim()) && !in.isPresent(KEY_WORKER_CHANGE_REASON)) {
      in.reject(KEY_WORKER, "this child's last plan (" + last.get().caseReference() + ") closed on "
          + UkDates.day(last.get().closedOn()) + " with key worker " + previousKeyWorker + ": a child referred again within "
          + months + " months goes back to them. Leave the key worker empty, or say why another key worker takes the case");
    }
    in.optionalText(KEY_WORKER_CHANGE_REASON);
    return previous;
  }

  /**
   * ADR 0033: the earlier plans of any of the brothers and sisters, each plan once, the latest ended
   * first; each child's own are kept in {@code byChild} (by {@link SiblingGroup#identity}), for
   * their census count, so no child's plans are searched twice.
   */
  private List<PreviousPlans.PreviousPlan> siblingsPreviousPlans(Object children, Map<String, List<PreviousPlans.PreviousPlan>> byChild) {
    List<Map<String, Object>> rows = JsonLists.read(children);
    Map<String, PreviousPlans.PreviousPlan> plans = new LinkedHashMap<>();
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
      String name = text(row.get(CHILD_NAME));
      LocalDate birthDate = FormInput.toDate(row.get(CHILD_BIRTH_DATE));
      List<PreviousPlans.PreviousPlan> own = previousPlans.of(name, birthDate);
      if (name != null && birthDate != null) {
        byChild.putIfAbsent(SiblingGroup.identity(name, birthDate), own);
      }
      own.forEach(plan -> plans.putIfAbsent(plan.caseReference(), plan));
    }
    return plans.values().stream()
        .sorted(Comparator.comparing(PreviousPlans.PreviousPlan::endedOn).reversed()).toList();
  }

  private Integer reReferralMonths(PlanStart start) {
    return start.policy() == null ? null : start.policy().reReferralMonths();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
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
