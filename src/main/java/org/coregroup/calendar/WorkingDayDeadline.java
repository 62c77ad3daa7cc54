package org.coregroup.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.coregroup.json.Json;

/**
 * How a deadline in working days was worked out: N working days after a date in a
 * jurisdiction. A process keeps it beside the deadline, in a variable named after the deadline
 * with {@link #RULE_SUFFIX}, so the deadline can be worked out again when an administrator adds
 * or removes a closure day.
 */
public record WorkingDayDeadline(LocalDate from, int workingDays, Jurisdiction jurisdiction) {

  /** {@code firstCoreGroupDue} is kept with its rule in {@code firstCoreGroupDueRule}. */
  public static final String RULE_SUFFIX = "Rule";


  public LocalDate due(WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(from, workingDays, jurisdiction);
  }

  /** The rule as JSON, with whether the deadline leans on bank holidays not yet announced. */
  public String toJson(WorkingDayCalendar calendar) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("from", from.toString());
    rule.put("workingDays", workingDays);
    rule.put("jurisdiction", jurisdiction.code());
    rule.put("provisional", calendar.isProvisional(from, due(calendar), jurisdiction));
    try {
      return Json.MAPPER.writeValueAsString(rule);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A deadline rule cannot be written", e);
    }
  }

  public static WorkingDayDeadline fromJson(String json) {
    try {
      JsonNode rule = Json.MAPPER.readTree(json);
      return new WorkingDayDeadline(LocalDate.parse(rule.get("from").asText()), rule.get("workingDays").asInt(),
          Jurisdiction.fromCode(rule.get("jurisdiction").asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("'" + json + "' is not a deadline rule", e);
    }
  }
}
