package org.coregroup.monitoring;

import static org.coregroup.monitoring.RecordVisitProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.input.InputRejected;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code EndEvent_VisitSent}: the visit goes to the case's monitoring by business key. The member
 * may read the case but not change it, so the product correlates on its own behalf, after
 * {@code checkVisit} has established that the member belongs to the case. For brothers and
 * sisters on one plan (ADR 0033) each child's monitoring gets the visit, and counts it as seeing
 * the child only when the visit names them in {@code childrenSeen}; a child whose plan ended gets
 * no more visits.
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
    AsSystem.run(identity, () -> send(reference, visit, execution.getVariable(CHILDREN_SEEN)));
  }

  private void send(String reference, Map<String, Object> visit, Object childrenSeen) {
    List<ProcessInstance> monitorings = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CaseMonitoringProcess.KEY).active().list();
    Map<String, String> onPlan = new LinkedHashMap<>();
    List<String> toBeBorn = new ArrayList<>();
    for (ProcessInstance monitoring : monitorings) {
      if (!Boolean.TRUE.equals(runtime.getVariable(monitoring.getId(), CaseMonitoringProcess.CHILD_PLAN_ENDED))) {
        Object name = runtime.getVariable(monitoring.getId(), CaseMonitoringProcess.CHILD_NAME);
        onPlan.put(monitoring.getId(), name == null ? "" : name.toString().trim());
        if (Boolean.FALSE.equals(runtime.getVariable(monitoring.getId(), CaseMonitoringProcess.CHILD_BORN))) {
          toBeBorn.add(name == null ? "" : name.toString().trim());
        }
      }
    }
    if (monitorings.size() <= 1) {
      // one child (as every plan before sibling groups): the visit is theirs
      int delivered = runtime.createMessageCorrelation(MESSAGE_VISIT_RECORDED).processInstanceBusinessKey(reference)
          .setVariables(visit).correlateAllWithResult().size();
      if (delivered == 0) {
        throw new InputRejected(CASE_REFERENCE, "case '" + reference + "' has no monitoring running to record the visit");
      }
      return;
    }
    List<String> seen = names(childrenSeen);
    String choices = String.join(", ", onPlan.values());
    if (onPlan.isEmpty()) {
      throw new InputRejected(CASE_REFERENCE, "the plans of the children of case '" + reference + "' have ended");
    }
    if (onPlan.size() == 1 && seen.isEmpty() && Boolean.TRUE.equals(visit.get(CHILD_SEEN))) {
      // the brothers' and sisters' plans ended: the visit is to the one child still on the plan
      seen = List.copyOf(onPlan.values());
    }
    if (Boolean.TRUE.equals(visit.get(CHILD_SEEN)) && seen.isEmpty()) {
      throw new InputRejected(CHILDREN_SEEN, "this plan is for brothers and sisters (" + choices
          + "): say which of them were seen, their names separated by commas");
    }
    if (!Boolean.TRUE.equals(visit.get(CHILD_SEEN)) && !seen.isEmpty()) {
      throw new InputRejected(CHILDREN_SEEN, "the visit did not see the child: leave the children seen empty");
    }
    List<String> unknown = new ArrayList<>();
    for (String name : seen) {
      if (onPlan.values().stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      // begins in lower case, so that the message starts with the field's label, not a child's name
      throw new InputRejected(CHILDREN_SEEN, "the plan has no child " + String.join(" or ", unknown)
          + " now: the children on it are " + choices);
    }
    List<String> unborn = seen.stream().filter(name -> toBeBorn.stream().anyMatch(n -> n.equalsIgnoreCase(name))).toList();
    if (!unborn.isEmpty()) {
      // ADR 0033: a baby still to be born is not seen; their visits count from the birth
      throw new InputRejected(CHILDREN_SEEN, "the visit cannot have seen " + String.join(" or ", unborn)
          + ", who is still to be born: name the children seen who are born");
    }
    List<String> seenNames = seen;
    onPlan.forEach((id, name) -> {
      boolean seenHere = seenNames.stream().anyMatch(n -> n.equalsIgnoreCase(name));
      Map<String, Object> forChild = new HashMap<>(visit);
      forChild.put(CHILD_SEEN, seenHere);
      forChild.put(SEEN_ALONE, seenHere && Boolean.TRUE.equals(visit.get(SEEN_ALONE)));
      runtime.createMessageCorrelation(MESSAGE_VISIT_RECORDED).processInstanceId(id).setVariables(forChild).correlate();
    });
  }

  /** The names given: a Json list of names, or text with the names separated by commas. */
  private static List<String> names(Object given) {
    if (given == null || given.toString().isBlank()) {
      return List.of();
    }
    String text = given.toString().trim();
    List<String> names = new ArrayList<>();
    if (text.startsWith("[")) {
      try {
        for (Object name : org.coregroup.json.Json.MAPPER.readValue(text, List.class)) {
          names.add(String.valueOf(name).trim());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InputRejected(CHILDREN_SEEN, "the children seen are not a list of names");
      }
    } else {
      for (String name : text.split(",")) {
        names.add(name.trim());
      }
    }
    return names.stream().filter(n -> !n.isEmpty()).map(n -> n.replaceAll("\\s+", " ")).distinct()
        .sorted((a, b) -> a.toLowerCase(Locale.UK).compareTo(b.toLowerCase(Locale.UK))).toList();
  }
}
