package org.coregroup.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.coregroup.json.Json;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The label a practitioner sees for a field, read from the deployed Camunda Forms, so a refusal
 * names "Date of the ICPC" rather than {@code icpcDate} (issue "Trust", finding 9). A field of a
 * dynamic list ({@code coreGroupMembers[2].userId}) reads "Core group members, row 2, Login
 * name". A name no form shows is spelled out from its camelCase.
 */
public final class FieldLabels {

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
  private static final Map<String, String> LABELS = load();
  /** The label of each choice of a select, radio or checklist: {@code field + "=" + value}. */
  private static final String CHOICE = "=";

  private FieldLabels() {
  }

  public static String of(String field) {
    if (field == null) {
      return "";
    }
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches()) {
      return of(row.group(1)) + ", row " + row.group(2) + ", " + of(row.group(1) + "." + row.group(3));
    }
    String label = LABELS.get(field);
    if (label == null && field.contains(".")) {
      label = LABELS.get(field.substring(field.lastIndexOf('.') + 1));
    }
    return label != null ? label : spelledOut(field.substring(field.lastIndexOf('.') + 1));
  }

  /**
   * The words a form shows for one of a field's choices ({@code concernType}, {@code no-access}:
   * "No access to the child"); a value no form offers is shown as given.
   */
  public static String choice(String field, String value) {
    if (value == null) {
      return "";
    }
    String label = LABELS.get(field + CHOICE + value);
    return label != null ? label : value;
  }

  static String spelledOut(String camelCase) {
    String words = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, String> load() {
    Map<String, String> labels = new HashMap<>();

    try {
      Resource[] forms = new PathMatchingResourcePatternResolver(FieldLabels.class.getClassLoader())
          .getResources("classpath*:forms/*.form");
      Arrays.sort(forms, Comparator.comparing(Resource::getFilename));
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          collect(Json.MAPPER.readTree(in), null, labels);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the forms' labels cannot be read", e);
    }
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode container, String listPath, Map<String, String> labels) {
    for (JsonNode component : container.path("components")) {
      String label = text(component, "label") != null ? text(component, "label") : text(component, "dateLabel");
      String key = text(component, "key");
      String path = text(component, "path");
      if (label != null && key != null) {
        labels.putIfAbsent(listPath == null ? key : listPath + "." + key, label);
      }
      if (label != null && path != null) {
        labels.putIfAbsent(path, label);
      }
      if (key != null) {
        for (JsonNode choice : component.path("values")) {
          String value = text(choice, "value");
          String choiceLabel = text(choice, "label");
          if (value != null && choiceLabel != null) {
            labels.putIfAbsent((listPath == null ? key : listPath + "." + key) + CHOICE + value, choiceLabel);
          }
        }
      }
      collect(component, "dynamiclist".equals(text(component, "type")) ? path : listPath, labels);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().trim();
  }
}
