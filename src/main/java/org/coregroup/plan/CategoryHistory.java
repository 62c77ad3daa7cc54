package org.coregroup.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.coregroup.json.Json;

/** The initial and latest categories of abuse, with the date each took effect (R1, CIN census). */
final class CategoryHistory {


  private CategoryHistory() {
  }

  static String start(String category, LocalDate from) {
    return write(List.of(Map.of("category", category, "from", from.toString())));
  }

  static String add(Object history, String category, LocalDate from) {
    try {
      List<Map<String, String>> entries = new ArrayList<>(Json.MAPPER.readValue(history.toString(),
          new TypeReference<List<Map<String, String>>>() { }));
      entries.add(Map.of("category", category, "from", from.toString()));
      return write(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's category history is not readable", e);
    }
  }

  private static String write(List<Map<String, String>> entries) {
    try {
      return Json.MAPPER.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The category history cannot be written", e);
    }
  }
}
