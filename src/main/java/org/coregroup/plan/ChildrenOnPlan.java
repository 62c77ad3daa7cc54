package org.coregroup.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.JsonLists;

import org.springframework.stereotype.Component;

/**
 * The plan's children for its call of the monitoring ({@code CallActivity_CaseMonitoring}, one
 * instance per child, ADR 0033): {@code ${childrenOnPlan.numbers(children)}} and each child's name,
 * date of birth and whether they are born. Engine-free.
 */
@Component("childrenOnPlan")
public class ChildrenOnPlan {

  /** The numbers of the children (1, 2, ...), one monitoring each. */
  public List<Integer> numbers(Object children) {
    return SiblingGroup.of(children).stream().map(SiblingGroup.Child::number).toList();
  }

  /**
   * The children named in a list of numbers the plan keeps ({@code endedChildNumbers},
   * {@code movingChildNumbers}: "2,3"), one instance each of a child's own exit plan or transfer.
   */
  public List<Integer> numbersIn(Object numbers) {
    return SiblingGroup.numbers(numbers);
  }

  public String name(Object children, Number childNumber) {
    return child(children, childNumber).name();
  }

  /** yyyy-MM-dd; null for an unborn child. */
  public String birthDate(Object children, Number childNumber) {
    SiblingGroup.Child child = child(children, childNumber);
    return child.birthDate() == null ? null : child.birthDate().toString();
  }

  public boolean born(Object children, Number childNumber) {
    return child(children, childNumber).birthDate() != null;
  }

  /**
   * The children still to be born, as the choices of "Which baby" on {@code Task_RecordBirth}
   * ({@code unbornChildren}: each {@code label} the name and expected date, {@code value} the name).
   */
  public SpinJsonNode unbornChoices(Object children) {
    List<Map<String, String>> choices = new ArrayList<>();
    for (SiblingGroup.Child child : SiblingGroup.toBeBorn(SiblingGroup.of(children))) {
      Map<String, String> choice = new LinkedHashMap<>();
      choice.put("label", child.name() + (child.expectedBirthDate() == null ? ""
          : ", expected " + UkDates.day(child.expectedBirthDate())));
      choice.put("value", child.name());
      choices.add(choice);
    }
    return Spin.JSON(JsonLists.write(choices));
  }

  private static SiblingGroup.Child child(Object children, Number childNumber) {
    return SiblingGroup.number(SiblingGroup.of(children), childNumber.intValue())
        .orElseThrow(() -> new IllegalStateException("The plan has no child " + childNumber));
  }
}
