package org.coregroup.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.coregroup.json.Json;

/** Lists of records as forms send them: Spin Json from a dynamic list, a JSON string, or a Java list. */
public final class JsonLists {


  private JsonLists() {
  }

  /** Null when the value is not a list of objects. */
  public static List<Map<String, Object>> read(Object raw) {
    if (raw == null) {
      return List.of();
    }
    try {
      if (raw instanceof Collection<?> given) {
        return Json.MAPPER.convertValue(given, new TypeReference<List<Map<String, Object>>>() { });
      }
      String text = raw.toString();
      return text.isBlank() ? List.of() : Json.MAPPER.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }

  public static Map<String, Object> readObject(Object raw) {
    if (raw == null) {
      return new LinkedHashMap<>();
    }
    try {
      return Json.MAPPER.readValue(raw.toString(), new TypeReference<LinkedHashMap<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored record is not readable", e);
    }
  }

  public static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A record cannot be written as JSON", e);
    }
  }

  public static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static List<Map<String, Object>> copy(List<Map<String, Object>> rows) {
    List<Map<String, Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(new LinkedHashMap<>(r)));
    return copy;
  }
}
