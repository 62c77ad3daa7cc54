package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.CATEGORY_HISTORY;
import static org.coregroup.plan.ChildProtectionPlanProcess.CATEGORY_OF_ABUSE;
import static org.coregroup.plan.ChildProtectionPlanProcess.CHILDREN;
import static org.coregroup.plan.ChildProtectionPlanProcess.CHILD_BIRTH_DATE;
import static org.coregroup.plan.ChildProtectionPlanProcess.CHILD_NAME;
import static org.coregroup.plan.ChildProtectionPlanProcess.EXPECTED_BIRTH_DATE;
import static org.coregroup.plan.ChildProtectionPlanProcess.ICPC_DATE;
import static org.coregroup.plan.ChildProtectionPlanProcess.KEY;
import static org.coregroup.plan.ChildProtectionPlanProcess.LATEST_CATEGORY_OF_ABUSE;
import static org.coregroup.plan.ChildProtectionPlanProcess.PLAN_END_DATE;
import static org.coregroup.plan.ChildProtectionPlanProcess.PREVIOUS_PLANS;
import static org.coregroup.plan.ChildProtectionPlanProcess.REVIEW_HELD_ON;
import static org.coregroup.plan.ChildProtectionPlanProcess.TRANSFER_IN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Service;

/**
 * Every plan the product holds, open or ended, as the census needs it: read from the engine's
 * history (history level full keeps every update of the review date) on the product's behalf,
 * once the caller has been found to be someone who may read every case.
 */
@Service
class CinCensusRecords {

  private final HistoryService history;
  private final IdentityService identity;
  private final ObjectMapper json;

  CinCensusRecords(HistoryService history, IdentityService identity, ObjectMapper json) {
    this.history = history;
    this.identity = identity;
    this.json = json;
  }

  List<CinCensus.Plan> allPlans() {
    return AsSystem.call(identity, this::read);
  }

  private List<CinCensus.Plan> read() {
    Map<String, String> references = new HashMap<>();
    for (HistoricProcessInstance plan : history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list()) {
      // a plan deleted through the engine (started in error) was never a plan
      if (plan.getBusinessKey() != null && !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(plan.getState())) {
        references.put(plan.getId(), plan.getBusinessKey());
      }
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processDefinitionKey(KEY)
        .variableNameIn(CHILD_NAME, CHILD_BIRTH_DATE, EXPECTED_BIRTH_DATE, ICPC_DATE, CATEGORY_OF_ABUSE,
            LATEST_CATEGORY_OF_ABUSE, CATEGORY_HISTORY, PLAN_END_DATE, PREVIOUS_PLANS, TRANSFER_IN)
        .disableBinaryFetching().list()) {
      if (!java.util.Objects.equals(v.getExecutionId(), v.getProcessInstanceId())) {
        continue; // a child's own exit plan or transfer (ADR 0033) keeps its end and dates in its own scope
      }
      variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
    }
    // a plan's children (ADR 0033) are Json, kept as bytes: read with them
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processDefinitionKey(KEY)
        .variableName(CHILDREN).list()) {
      variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
    }
    Map<String, TreeSet<LocalDate>> reviews = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().variableNameLike(REVIEW_HELD_ON).list()) {
      if (detail instanceof HistoricVariableUpdate update && REVIEW_HELD_ON.equals(update.getVariableName())
          && references.containsKey(update.getProcessInstanceId())) {
        LocalDate held = FormInput.toDate(update.getValue());
        if (held != null) {
          reviews.computeIfAbsent(update.getProcessInstanceId(), id -> new TreeSet<>()).add(held);
        }
      }
    }
    List<CinCensus.Plan> plans = new ArrayList<>();
    references.forEach((id, reference) -> {
      Map<String, Object> vars = variables.getOrDefault(id, Map.of());
      LocalDate start = FormInput.toDate(vars.get(ICPC_DATE));
      List<LocalDate> held = List.copyOf(reviews.getOrDefault(id, new TreeSet<>()));
      List<SiblingGroup.Child> children = siblings(vars.get(CHILDREN));
      // ADR 0031: a plan started from a transfer-in conference had a plan in another authority before it
      boolean transferredIn = Boolean.TRUE.equals(vars.get(TRANSFER_IN));
      if (children.size() > 1) {
        // ADR 0033: brothers and sisters on one plan are one row each, with their own categories,
        // end and the reviews held while their plan was open
        for (SiblingGroup.Child child : children) {
          LocalDate end = child.planEndDate();
          plans.add(new CinCensus.Plan(reference + "-" + child.number(),
              SiblingGroup.identity(child.name(), child.birthDate() != null ? child.birthDate() : child.expectedBirthDate()),
              start, end, child.categoryHistory().stream().map(e -> new CinCensus.Category(
                  text(e.get(SiblingGroup.CATEGORY)), FormInput.toDate(e.get(SiblingGroup.FROM)))).toList(),
              held.stream().filter(r -> end == null || !r.isAfter(end)).toList(), child.previousPlans(), transferredIn));
        }
        return;
      }
      plans.add(new CinCensus.Plan(reference, child(vars), start, FormInput.toDate(vars.get(PLAN_END_DATE)),
          categories(vars, start), List.copyOf(reviews.getOrDefault(id, new TreeSet<>())),
          vars.get(PREVIOUS_PLANS) instanceof Number n ? n.intValue() : null, transferredIn));
    });
    return plans;
  }

  private static List<SiblingGroup.Child> siblings(Object children) {
    try {
      return children == null ? List.of() : SiblingGroup.of(children);
    } catch (IllegalStateException unreadable) {
      return List.of();
    }
  }

  /** The plan's category history; a plan without one (started before it was kept) has its first and latest category. */
  private List<CinCensus.Category> categories(Map<String, Object> vars, LocalDate start) {
    Object history = vars.get(CATEGORY_HISTORY);
    if (history != null) {
      try {
        return json.readValue(history.toString(), new TypeReference<List<Map<String, String>>>() { }).stream()
            .map(e -> new CinCensus.Category(e.get("category"), FormInput.toDate(e.get("from")))).toList();
      } catch (JsonProcessingException unreadable) {
        // fall through to the two variables every plan has
      }
    }
    List<CinCensus.Category> categories = new ArrayList<>();
    categories.add(new CinCensus.Category(text(vars.get(CATEGORY_OF_ABUSE)), start));
    if (vars.get(LATEST_CATEGORY_OF_ABUSE) != null) {
      categories.add(new CinCensus.Category(text(vars.get(LATEST_CATEGORY_OF_ABUSE)), null));
    }
    return categories;
  }

  /** Name (ignoring case and spaces around it) and date of birth, or expected date of birth for an unborn child. */
  private static String child(Map<String, Object> vars) {
    Object born = vars.get(CHILD_BIRTH_DATE) != null ? vars.get(CHILD_BIRTH_DATE) : vars.get(EXPECTED_BIRTH_DATE);
    String name = text(vars.get(CHILD_NAME));
    return (name == null ? "" : name.trim().toLowerCase(Locale.UK)) + "|" + FormInput.toDate(born);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
