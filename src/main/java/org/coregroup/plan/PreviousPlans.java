package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.springframework.stereotype.Service;

/**
 * A child's earlier plans here (R36, and the census's count of previous plans): plans of the same
 * child that have ended (the plan's end date, even while its step-down is still to come), matched
 * by name (ignoring case) and date of birth - the two things every plan records [CIN]; an unborn
 * child has no date of birth yet and no earlier plan. A plan that was deleted rather than ended
 * does not count. Read from the history on the product's behalf.
 *
 * <p>A plan for brothers and sisters (ADR 0033) names its children only in its {@code children}
 * list; each child's own monitoring holds the child's name and date of birth, so the child is found
 * there, by the same match, and the plan is the one that called it. The child's plan ended on their
 * own end date; a child whose plan ended before the others' closed it with their own exit plan (and
 * step-down meeting), on the day those were recorded (an earlier plan, from before children had
 * their own, closed on the end date); a child whose plan ended with the whole plan's closed with
 * the case.
 */
@Service
class PreviousPlans {

  /** One ended plan of the child; {@code closedOn} empty while its case is still open (step-down). */
  record PreviousPlan(String caseReference, LocalDate endedOn, LocalDate closedOn, String keyWorker) {
  }

  private final HistoryService history;
  private final IdentityService identity;
  /** The history's variable table by value alone (see {@link #bornOn}). */
  private final String byValue;

  PreviousPlans(HistoryService history, IdentityService identity, ManagementService management) {
    this.history = history;
    this.identity = identity;
    this.byValue = "SELECT RES.* FROM " + management.getTableName(HistoricVariableInstance.class)
        + " RES WHERE RES.TEXT_ = #{value}";
  }

  /** The child's ended plans, the latest ended first. */
  List<PreviousPlan> of(String childName, LocalDate birthDate) {
    if (childName == null || childName.isBlank() || birthDate == null) {
      return List.of();
    }
    return AsSystem.call(identity, () -> {
      String name = childName.trim();
      List<HistoricProcessInstance> sameChild = named(bornOn(birthDate), name);
      List<PreviousPlan> found = new ArrayList<>();
      for (HistoricProcessInstance plan : sameChild) {
        if (!KEY.equals(plan.getProcessDefinitionKey())
            || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(plan.getState())) {
          continue;
        }
        Map<String, Object> vars = variables(plan.getId(), PLAN_END_DATE, CASE_CLOSED_ON, KEY_WORKER);
        LocalDate closedOn = FormInput.toDate(vars.get(CASE_CLOSED_ON));
        LocalDate endedOn = FormInput.toDate(vars.get(PLAN_END_DATE));
        if (endedOn != null || closedOn != null) {
          found.add(new PreviousPlan(plan.getBusinessKey(), endedOn != null ? endedOn : closedOn, closedOn,
              (String) vars.get(KEY_WORKER)));
        }
      }
      found.addAll(siblingPlans(name, birthDate, sameChild));
      found.sort(Comparator.comparing(PreviousPlan::endedOn).reversed());
      return found;
    });
  }

  /**
   * Of these instances (the plans and monitorings with the date of birth), the ones naming the
   * child (ignoring case), each read by its id. Not one query joining the instances to the
   * variables by name and value: PostgreSQL's plan for that prepared statement read every
   * {@code childName} row, 170-300 ms a plan start by 10,000 plans (ADR 0034).
   */
  private List<HistoricProcessInstance> named(Set<String> instances, String name) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Set<String> naming = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .variableName(CHILD_NAME).disableBinaryFetching().disableCustomObjectDeserialization().list().stream()
        .filter(v -> v.getValue() instanceof String value && value.equalsIgnoreCase(name))
        .map(HistoricVariableInstance::getProcessInstanceId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return naming.isEmpty() ? List.of() : history.createHistoricProcessInstanceQuery().processInstanceIds(naming).list();
  }

  /** ADR 0033: the brothers' and sisters' plans the child was on and whose plan for the child ended. */
  private List<PreviousPlan> siblingPlans(String childName, LocalDate birthDate, List<HistoricProcessInstance> sameChild) {
    Set<String> planIds = new LinkedHashSet<>();
    for (HistoricProcessInstance monitoring : sameChild) {
      if (CaseMonitoringProcess.KEY.equals(monitoring.getProcessDefinitionKey()) && monitoring.getSuperProcessInstanceId() != null) {
        planIds.add(monitoring.getSuperProcessInstanceId());
      }
    }
    if (planIds.isEmpty()) {
      return List.of();
    }
    List<PreviousPlan> found = new ArrayList<>();
    String wanted = SiblingGroup.identity(childName, birthDate);
    for (HistoricProcessInstance plan : history.createHistoricProcessInstanceQuery().processInstanceIds(planIds).list()) {
      if (!KEY.equals(plan.getProcessDefinitionKey())
          || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(plan.getState())) {
        continue;
      }
      Map<String, Object> vars = variables(plan.getId(), PLAN_END_DATE, CASE_CLOSED_ON, KEY_WORKER, CHILDREN);
      List<SiblingGroup.Child> children = vars.get(CHILDREN) == null ? List.of() : SiblingGroup.of(vars.get(CHILDREN));
      if (children.size() < 2) {
        continue; // a plan of one child: found by the plan's own name and date of birth
      }
      LocalDate planEnded = FormInput.toDate(vars.get(PLAN_END_DATE));
      LocalDate caseClosed = FormInput.toDate(vars.get(CASE_CLOSED_ON));
      children.stream().filter(c -> wanted.equals(SiblingGroup.identity(c.name(), c.birthDate()))).findFirst()
          .ifPresent(child -> {
            LocalDate endedOn = child.planEndDate() != null ? child.planEndDate() : planEnded != null ? planEnded : caseClosed;
            if (endedOn == null) {
              return; // still on the plan
            }
            boolean endedBeforeOthers = planEnded == null ? caseClosed == null : endedOn.isBefore(planEnded);
            // their own exit plan and step-down close it (a plan ended before they were kept closed that day)
            LocalDate closedOn = !endedBeforeOthers ? caseClosed : child.leftOnTheirOwn() ? child.closedOn() : endedOn;
            found.add(new PreviousPlan(plan.getBusinessKey(), endedOn, closedOn, (String) vars.get(KEY_WORKER)));
          });
    }
    return found;
  }

  /**
   * The plans and children's monitorings that hold this date of birth: the history's variables
   * with that exact value, which its value index answers alone (ADR 0034), then those named
   * {@code childBirthDate}. By value alone, as a native query: with the name in the query too,
   * PostgreSQL's plan for the prepared statement also read the name's index, every plan's date of
   * birth (10 ms at 27,000 plans and growing, against 0.05 ms).
   */
  private Set<String> bornOn(LocalDate birthDate) {
    return history.createNativeHistoricVariableInstanceQuery().sql(byValue).parameter("value", birthDate.toString()).list()
        .stream().filter(v -> CHILD_BIRTH_DATE.equals(v.getName()))
        .map(HistoricVariableInstance::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private Map<String, Object> variables(String planId, String... names) {
    // the plan's own variables: a child's own exit plan or transfer keeps its end and dates in its own scope
    return history.createHistoricVariableInstanceQuery().processInstanceId(planId).variableNameIn(names).list().stream()
        .filter(v -> v.getValue() != null && java.util.Objects.equals(v.getExecutionId(), v.getProcessInstanceId()))
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
  }

  /** R36: the latest closed case when it closed less than {@code months} before the new plan's ICPC. */
  static Optional<PreviousPlan> reReferral(List<PreviousPlan> previous, LocalDate icpc, int months) {
    return previous.stream().filter(p -> p.closedOn() != null).max(Comparator.comparing(PreviousPlan::closedOn))
        .filter(last -> icpc != null && !icpc.isBefore(last.closedOn()) && icpc.isBefore(last.closedOn().plusMonths(months)));
  }
}
