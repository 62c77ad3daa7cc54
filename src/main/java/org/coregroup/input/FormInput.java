package org.coregroup.input;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.coregroup.calendar.UkDates;

/**
 * Reads and checks the values a Camunda Form or a REST client sent. Forms send dates as
 * strings and numbers as Integer, Long or Double; REST clients may send typed values. Every
 * problem is collected, then {@link #verify()} rejects the submission with all of them at once.
 */
public final class FormInput {

  /**
   * The most a narrative field (a description, notes, a discussion, the minutes) may hold: far
   * more than any real record (issue "Trust": at least 20,000), small enough to keep a case readable.
   */
  public static final int NARRATIVE_LIMIT = 50_000;

  /** The most a name, a login, a reference, an agency or a venue may hold. */
  public static final int SHORT_TEXT_LIMIT = 200;

  /** No date a form sends is earlier or later: a year 1 ICPC or a year 9999 deadline is a typing slip. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /** How much of a refused value a message repeats. */
  private static final int SHOWN_CHARACTERS = 60;

  private final Map<String, Object> values;
  private final List<InputRejected.Problem> problems = new ArrayList<>();

  public FormInput(Map<String, Object> values) {
    this.values = values;
  }

  public Object raw(String field) {
    return values.get(field);
  }

  public boolean isPresent(String field) {
    Object value = values.get(field);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public void reject(String field, String message) {
    problems.add(new InputRejected.Problem(field, message));
  }

  /** Required text of at most {@link #NARRATIVE_LIMIT} characters. */
  public String text(String field, String label) {
    if (!isPresent(field)) {
      reject(field, label + " is required");
      return null;
    }
    return limited(field, label, NARRATIVE_LIMIT);
  }

  /** Optional text of at most {@link #NARRATIVE_LIMIT} characters; null when absent. */
  public String optionalText(String field) {
    return isPresent(field) ? limited(field, FieldLabels.of(field), NARRATIVE_LIMIT) : null;
  }

  /** A required name, login, reference, agency or venue: at most {@link #SHORT_TEXT_LIMIT} characters. */
  public String shortText(String field, String label) {
    if (!isPresent(field)) {
      reject(field, label + " is required");
      return null;
    }
    return limited(field, label, SHORT_TEXT_LIMIT);
  }

  /** As {@link #shortText}, but may be left out (null). */
  public String optionalShortText(String field, String label) {
    return isPresent(field) ? limited(field, label, SHORT_TEXT_LIMIT) : null;
  }

  /** Checks optional narrative fields a listener does not otherwise read against {@link #NARRATIVE_LIMIT}. */
  public void narratives(String... fields) {
    for (String field : fields) {
      optionalText(field);
    }
  }

  /** The value trimmed; rejected (and null) when longer than {@code limit}. */
  private String limited(String field, String label, int limit) {
    String text = values.get(field).toString().trim();
    if (text.length() > limit) {
      reject(field, label + " is " + String.format("%,d", text.length()) + " characters long: at most "
          + String.format("%,d", limit) + " fit");
      return null;
    }
    return text;
  }

  private static final java.time.format.DateTimeFormatter UK_DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** A date as people in the UK write it: 1 December 2026. */
  public static String ukDate(LocalDate date) {
    return date == null ? "" : date.format(UK_DATE);
  }

  /** A value as a message may repeat it: the start of a long one. */
  public static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
  }

  public String oneOf(String field, String label, Collection<String> allowed) {
    String value = text(field, label);
    if (value != null && !allowed.contains(value)) {
      reject(field, "'" + shown(value) + "' is not a known " + label.toLowerCase() + " (expected one of "
          + String.join(", ", allowed) + ")");
      return null;
    }
    return value;
  }

  public LocalDate date(String field, String label) {
    if (!isPresent(field)) {
      reject(field, label + " is required");
      return null;
    }
    return optionalDate(field, label);
  }

  public LocalDate optionalDate(String field, String label) {
    if (!isPresent(field)) {
      return null;
    }
    Object value = values.get(field);
    LocalDate date = toDate(value);
    if (date == null) {
      reject(field, label + " '" + shown(value) + "' is not a date (expected yyyy-MM-dd)");
    } else if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      reject(field, label + " " + ukDate(date) + " is not a plausible date for a child's record");
      return null;
    }
    return date;
  }

  public LocalTime optionalTime(String field, String label) {
    if (!isPresent(field)) {
      return null;
    }
    Object value = values.get(field);
    try {
      return LocalTime.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      reject(field, label + " '" + shown(value) + "' is not a time (expected HH:mm)");
      return null;
    }
  }

  public Integer optionalWholeNumber(String field, String label, int min, int max) {
    if (!isPresent(field)) {
      return null;
    }
    Object value = values.get(field);
    Integer number = toWholeNumber(value);
    if (number == null) {
      reject(field, label + " '" + shown(value) + "' is not a whole number");
    } else if (number < min || number > max) {
      reject(field, label + " must be between " + min + " and " + max + ", not " + number);
      return null;
    }
    return number;
  }

  public Integer wholeNumber(String field, String label, int min, int max) {
    if (!isPresent(field)) {
      reject(field, label + " is required");
      return null;
    }
    return optionalWholeNumber(field, label, min, max);
  }

  public Boolean yesNo(String field, String label) {
    if (!isPresent(field)) {
      reject(field, label + " needs an answer");
      return null;
    }
    Object value = values.get(field);
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    reject(field, label + " '" + shown(value) + "' is not yes or no");
    return null;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Rejects the submission, naming every field in trouble; nothing of it is kept. */
  public void verify() {
    if (!problems.isEmpty()) {
      throw new InputRejected(problems);
    }
  }

  /** A date in any form Camunda hands over; null when the value is not a date. */
  public static LocalDate toDate(Object value) {
    try {
      return value == null ? null : UkDates.dayOf(value);
    } catch (IllegalArgumentException notADate) {
      return null;
    }
  }

  private static Integer toWholeNumber(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (int) d : null;
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
