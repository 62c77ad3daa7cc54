package org.coregroup.input;

import java.time.LocalDate;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.Jurisdiction;

/**
 * Typed reads and writes of a process's variables, the one reader every capability's delegates
 * use (directly or through a subclass adding its own process's values). One rule for blank
 * values: a variable missing, null or blank reads as {@code null} (no date, no text, no number).
 */
public class ProcessVariables {

  private final VariableScope scope;

  public ProcessVariables(VariableScope scope) {
    this.scope = scope;
  }

  /** The scope read and written (for what a subclass reads itself). */
  protected VariableScope scope() {
    return scope;
  }

  /** The raw value. */
  public Object value(String name) {
    return scope.getVariable(name);
  }

  /** The text, or null when missing or blank. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** A date as forms and the product store it ({@link FormInput#toDate}), or null when missing or blank. */
  public LocalDate date(String name) {
    return FormInput.toDate(scope.getVariable(name));
  }

  public LocalTime time(String name) {
    String value = text(name);
    return value == null ? null : LocalTime.parse(value.trim());
  }

  /** True only for {@code true} or the text "true". */
  public boolean yes(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A whole number, or null when missing or blank. */
  public Integer number(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.intValue();
    }
    String text = text(name);
    return text == null ? null : Integer.valueOf(text.trim());
  }

  /** The jurisdiction in the variable {@code name} (its code). */
  public Jurisdiction jurisdiction(String name) {
    return Jurisdiction.fromCode(text(name));
  }

  /** Stores {@code value} (a list or map, or JSON text) as a Spin Json variable. */
  public void setJson(String name, Object value) {
    String json = value instanceof String text ? text : JsonLists.write(value);
    scope.setVariable(name, SpinValues.jsonValue(json).create());
  }
}
