package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Service;

/**
 * A child's earlier plans here (R36, and the census's count of previous plans): plans of the same
 * child that have ended (the plan's end date, even while its step-down is still to come), matched
 * by name (ignoring case) and date of birth - the two things every plan records [CIN]; an unborn
 * child has no date of birth yet and no earlier plan. A plan that was deleted rather than ended
 * does not count. Read from the history on the product's behalf.
 */
@Service
class PreviousPlans {

  /** One ended plan of the child; {@code closedOn} empty while its case is still open (step-down). */
  record PreviousPlan(String caseReference, LocalDate endedOn, LocalDate closedOn, String keyWorker) {
  }

  private final HistoryService history;
  private final IdentityService identity;

  PreviousPlans(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The child's ended plans, the latest ended first. */
  List<PreviousPlan> of(String childName, LocalDate birthDate) {
    if (childName == null || childName.isBlank() || birthDate == null) {
      return List.of();
    }
    return AsSystem.call(identity, () -> {
      List<PreviousPlan> found = new ArrayList<>();
      for (HistoricProcessInstance plan : history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
          .variableValueEquals(CHILD_NAME, childName.trim()).variableValueEquals(CHILD_BIRTH_DATE, birthDate.toString())
          .matchVariableValuesIgnoreCase().list()) {
        if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(plan.getState())) {
          continue;
        }
        Map<String, Object> vars = history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
            .variableNameIn(PLAN_END_DATE, CASE_CLOSED_ON, KEY_WORKER).list().stream()
            .filter(v -> v.getValue() != null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
        LocalDate closedOn = FormInput.toDate(vars.get(CASE_CLOSED_ON));
        LocalDate endedOn = FormInput.toDate(vars.get(PLAN_END_DATE));
        if (endedOn != null || closedOn != null) {
          found.add(new PreviousPlan(plan.getBusinessKey(), endedOn != null ? endedOn : closedOn, closedOn,
              (String) vars.get(KEY_WORKER)));
        }
      }
      found.sort(Comparator.comparing(PreviousPlan::endedOn).reversed());
      return found;
    });
  }

  /** R36: the latest closed case when it closed less than {@code months} before the new plan's ICPC. */
  static Optional<PreviousPlan> reReferral(List<PreviousPlan> previous, LocalDate icpc, int months) {
    return previous.stream().filter(p -> p.closedOn() != null).max(Comparator.comparing(PreviousPlan::closedOn))
        .filter(last -> icpc != null && !icpc.isBefore(last.closedOn()) && icpc.isBefore(last.closedOn().plusMonths(months)));
  }
}
