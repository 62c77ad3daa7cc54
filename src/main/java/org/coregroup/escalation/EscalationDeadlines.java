package org.coregroup.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CaseVariables;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.coregroup.json.Json;

/** Deadlines in working days from today, kept with their rule, and the small lists escalations keep. */
class EscalationDeadlines {


  private final WorkingDayCalendar calendar;
  private final DeadlineVariables deadlines;
  private final LocalPolicies policies;

  EscalationDeadlines(WorkingDayCalendar calendar, DeadlineVariables deadlines, LocalPolicies policies) {
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.policies = policies;
  }

  /** The case's local policy, as it was when its plan started. */
  LocalPolicy policy(VariableScope scope) {
    return policies.inForce(scope);
  }

  /** Sets {@code name} to the end of the Nth working day from today, with its rule beside it. */
  void setFromToday(VariableScope scope, String name, int workingDays) {
    Object code = scope.getVariable(CaseVariables.JURISDICTION);
    WorkingDayDeadline rule = new WorkingDayDeadline(EngineClock.today(), workingDays,
        Jurisdiction.fromCode(code == null ? null : code.toString()));
    deadlines.set(scope, name, rule);
  }

  LocalDate addDays(LocalDate from, int days) {
    return calendar.addDays(from, days);
  }

  /**
   * The values ticked in a checklist: Tasklist sends a Json list, a REST client may send a list,
   * a JSON string or a comma-separated string. Values outside {@code allowed} are reported.
   */
  static List<String> choices(FormInput in, String field, String label, Collection<String> allowed) {
    List<String> values = new ArrayList<>();
    if (!in.isPresent(field)) {
      return values;
    }
    Object raw = in.raw(field);
    try {
      JsonNode node = raw instanceof Collection<?> given ? Json.MAPPER.valueToTree(given)
          : raw.toString().trim().startsWith("[") ? Json.MAPPER.readTree(raw.toString()) : null;
      if (node != null) {
        node.forEach(v -> values.add(v.asText()));
      } else {
        for (String part : raw.toString().split(",")) {
          if (!part.isBlank()) {
            values.add(part.trim());
          }
        }
      }
    } catch (JsonProcessingException e) {
      in.reject(field, label + " is not a list");
      return values;
    }
    for (String value : values) {
      if (!allowed.contains(value)) {
        in.reject(field, "'" + value + "' is not one of the " + label.toLowerCase() + " (expected "
            + String.join(", ", allowed) + ")");
      }
    }
    return values;
  }

  /** A Json list variable with one entry more. */
  static Object append(Object listJson, Map<String, Object> entry) {
    List<Map<String, Object>> list = new ArrayList<>();
    try {
      if (listJson != null) {
        list.addAll(Json.MAPPER.readValue(listJson.toString(), new TypeReference<List<Map<String, Object>>>() { }));
      }
      list.add(new LinkedHashMap<>(entry));
      return SpinValues.jsonValue(Json.MAPPER.writeValueAsString(list)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The list kept in the case is not JSON: " + listJson, e);
    }
  }

  static Object json(Collection<String> values) {
    try {
      return SpinValues.jsonValue(Json.MAPPER.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
