package org.coregroup.input;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form or REST submission that breaks a rule. Thrown inside the engine's transaction, so the
 * submission is rolled back whole: nothing of it is kept. The REST API answers 400 with the
 * message; Tasklist shows the message on the form.
 */
public class InputRejected extends BadUserRequestException {

  private final transient List<Problem> problems;

  /**
   * One field (the variable's name, for programs) and what is wrong with it, in words a
   * practitioner understands.
   */
  public record Problem(String field, String message) {

    /** The field's form label, then the message; the message alone when it already names the field. */
    @Override
    public String toString() {
      String label = FieldLabels.of(field);
      String text = message == null ? "" : message.trim();
      // A message that begins with a capital names its field already ("The ICPC date is required").
      boolean named = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
      if (label.isEmpty() || named || text.toLowerCase().contains(label.toLowerCase())) {
        return capitalised(text);
      }
      return label + ": " + text;
    }

    private static String capitalised(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }

  public InputRejected(List<Problem> problems) {
    super("Please correct: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public InputRejected(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
