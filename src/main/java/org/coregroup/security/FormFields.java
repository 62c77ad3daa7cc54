package org.coregroup.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.coregroup.json.Json;

/**
 * The variables a Camunda Form submits, read from the form's JSON as deployed: every keyed
 * component, found recursively through groups; a group or dynamic list with a {@code path}
 * submits that one variable (its rows or object). Disabled fields are only shown (form-js does
 * not submit them); read-only ones are submitted back unchanged.
 */
record FormFields(Set<String> editable, Set<String> readOnly, Set<String> shownOnly) {


  /** A start or task without a Camunda Form submits nothing. */
  static final FormFields NONE = new FormFields(Set.of(), Set.of(), Set.of());

  static FormFields of(InputStream form) throws IOException {
    return of(Json.MAPPER.readTree(form));
  }

  static FormFields of(JsonNode form) {
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    Set<String> shownOnly = new LinkedHashSet<>();
    collect(form, editable, readOnly, shownOnly);
    readOnly.removeAll(editable);
    shownOnly.removeAll(editable);
    shownOnly.removeAll(readOnly);
    return new FormFields(Set.copyOf(editable), Set.copyOf(readOnly), Set.copyOf(shownOnly));
  }

  private static void collect(JsonNode component, Set<String> editable, Set<String> readOnly,
      Set<String> shownOnly) {
    String name = variableOf(component);
    if (name != null) {
      if (component.path("disabled").asBoolean(false)) {
        shownOnly.add(name);
      } else if (component.path("readonly").asBoolean(false)) {
        readOnly.add(name);
      } else {
        editable.add(name);
      }
      return;
    }
    for (JsonNode child : component.path("components")) {
      collect(child, editable, readOnly, shownOnly);
    }
  }

  /** The top-level variable a component writes, or null if it writes none (or its children do). */
  private static String variableOf(JsonNode component) {
    if ("button".equals(component.path("type").asText())) {
      return null;
    }
    String path = component.path("path").asText("");
    if (component.has("components")) {
      return path.isBlank() ? null : firstSegment(path);
    }
    String key = component.path("key").asText("");
    return key.isBlank() ? null : firstSegment(key);
  }

  private static String firstSegment(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }
}
