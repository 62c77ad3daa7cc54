package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.input.JsonLists;

/**
 * The children of one plan (ADR 0033): one child, or brothers and sisters of one family with one
 * Core Group. Engine-free. At the start, {@link #read} checks {@code children} or the single-child
 * variables and gives one list either way; while the plan runs the plan's {@code children}
 * variable keeps, for each child, their own categories of abuse, and the day and reason their plan
 * ended ({@link Child}).
 */
final class SiblingGroup {

  /** More children than this on one plan is taken for a mistake in the list. */
  static final int MOST_CHILDREN = 12;

  /** The keys of one entry of {@code children} and of {@code childOutcomes}, spelt where the record is written. */
  static final String FROM = "from";
  static final String CATEGORY = "category";

  private SiblingGroup() {
  }

  /** A child as the ICPC named them. */
  record StartChild(int number, String name, LocalDate birthDate, LocalDate expectedBirthDate, String category) {

    LocalDate bornOrExpected() {
      return birthDate != null ? birthDate : expectedBirthDate;
    }
  }

  /**
   * The children of the plan, checked: from {@code children} when it is given (then the
   * single-child variables may not be), else the single-child variables as a list of one. Every
   * problem goes to {@code in}, naming the field ({@code children[2].childName}).
   */
  static List<StartChild> read(FormInput in, LocalDate today) {
    List<Map<String, Object>> given = in.isPresent(CHILDREN) ? JsonLists.read(in.raw(CHILDREN)) : List.of();
    if (given != null) {
      // rows a form left empty are no children
      given = given.stream().filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank())).toList();
    }
    boolean siblingGroup = in.isPresent(SIBLING_GROUP) && Boolean.parseBoolean(in.raw(SIBLING_GROUP).toString().trim());
    if (siblingGroup && given != null && given.isEmpty()) {
      in.reject(CHILDREN, "name the brothers and sisters in the list of children: each child's name, date of birth and category of abuse");
      return List.of();
    }
    if (given != null && given.isEmpty()) {
      StartChild only = child(in, 1, "The child's name", "The child's date of birth", "The expected date of birth",
          "Category of abuse", today);
      return only == null ? List.of() : List.of(only);
    }
    for (String single : List.of(CHILD_NAME, CHILD_BIRTH_DATE, EXPECTED_BIRTH_DATE, CATEGORY_OF_ABUSE)) {
      if (in.isPresent(single)) {
        in.reject(single, "this plan names its children in the list of children: give each child's name, date of birth"
            + " and category of abuse there, and leave this empty");
      }
    }
    List<Map<String, Object>> entries = given;
    if (entries == null) {
      in.reject(CHILDREN, "the list of children must be a list, each child with a name, a date of birth and a category of abuse");
      return List.of();
    }
    if (entries.isEmpty()) {
      in.reject(CHILDREN, "name at least one child");
      return List.of();
    }
    if (entries.size() > MOST_CHILDREN) {
      in.reject(CHILDREN, entries.size() + " children is more than one plan holds (at most " + MOST_CHILDREN + ")");
      return List.of();
    }
    List<StartChild> children = new ArrayList<>();
    Map<String, StartChild> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      int number = i + 1;
      String prefix = CHILDREN + "[" + number + "].";
      FormInput entry = new FormInput(new HashMap<>(entries.get(i)));
      StartChild child = child(entry, number, "The name of child " + number, "The date of birth of child " + number,
          "The expected date of birth of child " + number, "Category of abuse", today);
      try {
        entry.verify();
      } catch (InputRejected rejected) {
        rejected.problems().forEach(p -> in.reject(prefix + p.field(), p.message()));
        continue;
      }
      StartChild twice = seen.putIfAbsent(identity(child.name(), child.bornOrExpected()), child);
      if (twice != null && child.expectedBirthDate() != null) {
        // twins: the conference's names for the babies must tell them apart, as the birth names one of them
        in.reject(prefix + CHILD_NAME, child.name() + " (expected " + UkDates.day(child.expectedBirthDate())
            + ") is already child " + twice.number() + " of the list: give each baby a name that tells them apart,"
            + " for example \"First twin of Jane Example\" and \"Second twin of Jane Example\"");
        continue;
      }
      if (twice != null) {
        in.reject(prefix + CHILD_NAME, child.name() + " (born " + UkDates.day(child.bornOrExpected())
            + ") is already child " + twice.number() + " of the list: name each child once");
        continue;
      }
      children.add(child);
    }
    return children;
  }

  /** One child's name, date of birth (or expected date of birth) and category, the same rules for one child or many. */
  private static StartChild child(FormInput in, int number, String nameLabel, String birthLabel,
      String expectedLabel, String categoryLabel, LocalDate today) {
    String name = in.shortText(CHILD_NAME, nameLabel);
    LocalDate birthDate = in.optionalDate(CHILD_BIRTH_DATE, birthLabel);
    LocalDate expectedBirthDate = in.optionalDate(EXPECTED_BIRTH_DATE, expectedLabel);
    if (!in.isPresent(CHILD_BIRTH_DATE) && !in.isPresent(EXPECTED_BIRTH_DATE)) {
      in.reject(CHILD_BIRTH_DATE, "give the child's date of birth, or the expected date of birth for an unborn child");
    }
    if (birthDate != null && birthDate.isAfter(today)) {
      in.reject(CHILD_BIRTH_DATE, "the date of birth " + UkDates.day(birthDate)
          + " is in the future; for an unborn child give the expected date of birth");
    }
    if (birthDate != null && !birthDate.plusYears(18).isAfter(today)) {
      in.reject(CHILD_BIRTH_DATE, "a child born on " + UkDates.day(birthDate)
          + " is already 18: a child protection plan is for children");
    }
    if (expectedBirthDate != null && expectedBirthDate.isBefore(today)) {
      in.reject(EXPECTED_BIRTH_DATE, "the expected date of birth " + FormInput.ukDate(expectedBirthDate)
          + " has passed: give the child's date of birth once the child is born");
    } else if (expectedBirthDate != null && expectedBirthDate.isAfter(today.plusMonths(PlanStartRules.EXPECTED_BIRTH_MONTHS))) {
      in.reject(EXPECTED_BIRTH_DATE, "the expected date of birth " + FormInput.ukDate(expectedBirthDate)
          + " is more than " + PlanStartRules.EXPECTED_BIRTH_MONTHS + " months away: a pregnancy lasts about nine");
    }
    String category = in.oneOf(CATEGORY_OF_ABUSE, categoryLabel, CATEGORIES_OF_ABUSE);
    if (name == null || (birthDate == null && expectedBirthDate == null)) {
      return null;
    }
    return new StartChild(number, name.trim(), birthDate, expectedBirthDate, category);
  }

  /** A child is the same child by name (ignoring case and surrounding spaces) and date of birth, as across plans (R36). */
  static String identity(String name, LocalDate bornOrExpected) {
    return (name == null ? "" : name.trim().toLowerCase(Locale.UK)) + "|" + bornOrExpected;
  }

  /** "Amy Example", "Amy Example and Ben Example", "Amy, Ben and Cara Example" as written: every name in full. */
  static String names(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * One child of a running plan, as the plan's {@code children} variable keeps them: their own
   * categories of abuse ({@code categoryHistory}: each {@code category} {@code from} a day), the
   * count of their earlier plans, and, once their plan ended while (or when) the others' did, the
   * day and the reason.
   */
  static final class Child {
    final Map<String, Object> values;

    private Child(Map<String, Object> values) {
      this.values = values;
    }

    static Child start(StartChild child, LocalDate icpc, int previousPlans) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(CHILD_NUMBER, child.number());
      values.put(CHILD_NAME, child.name());
      values.put(CHILD_BIRTH_DATE, child.birthDate() == null ? null : child.birthDate().toString());
      values.put(EXPECTED_BIRTH_DATE, child.expectedBirthDate() == null ? null : child.expectedBirthDate().toString());
      values.put(CATEGORY_OF_ABUSE, child.category());
      values.put(LATEST_CATEGORY_OF_ABUSE, child.category());
      List<Map<String, Object>> history = new ArrayList<>();
      history.add(new LinkedHashMap<>(Map.of(CATEGORY, child.category(), FROM, icpc.toString())));
      values.put(CATEGORY_HISTORY, history);
      values.put(PREVIOUS_PLANS, previousPlans);
      values.put(PLAN_END_DATE, null);
      values.put(END_REASON, null);
      return new Child(values);
    }

    int number() {
      return ((Number) values.get(CHILD_NUMBER)).intValue();
    }

    String name() {
      return JsonLists.text(values, CHILD_NAME);
    }

    LocalDate birthDate() {
      return FormInput.toDate(values.get(CHILD_BIRTH_DATE));
    }

    LocalDate expectedBirthDate() {
      return FormInput.toDate(values.get(EXPECTED_BIRTH_DATE));
    }

    String latestCategory() {
      return JsonLists.text(values, LATEST_CATEGORY_OF_ABUSE);
    }

    LocalDate planEndDate() {
      return FormInput.toDate(values.get(PLAN_END_DATE));
    }

    String endReason() {
      return JsonLists.text(values, END_REASON);
    }

    boolean onPlan() {
      return planEndDate() == null;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> categoryHistory() {
      Object history = values.get(CATEGORY_HISTORY);
      return history instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    Integer previousPlans() {
      return values.get(PREVIOUS_PLANS) instanceof Number n ? n.intValue() : null;
    }

    void newCategory(String category, LocalDate from) {
      if (category == null || category.equals(latestCategory())) {
        return;
      }
      List<Map<String, Object>> history = new ArrayList<>(categoryHistory());
      history.add(new LinkedHashMap<>(Map.of(CATEGORY, category, FROM, from.toString())));
      values.put(CATEGORY_HISTORY, history);
      values.put(LATEST_CATEGORY_OF_ABUSE, category);
    }

    void born(String name, LocalDate bornOn) {
      values.put(CHILD_NAME, name);
      values.put(CHILD_BIRTH_DATE, bornOn.toString());
    }

    void end(EndReason reason, LocalDate on) {
      values.put(PLAN_END_DATE, on.toString());
      values.put(END_REASON, reason.code());
    }

    /** The review of {@code on} found the child moved permanently to another area alone: their plan stays open until the transfer-in conference. */
    void movedArea(LocalDate on) {
      values.put(MOVED_AREA_ON, on.toString());
    }

    /** On the plan, waiting for the receiving authority's transfer-in conference: the reviews no longer decide for them. */
    boolean moving() {
      return onPlan() && values.get(MOVED_AREA_ON) != null;
    }

    /** What the child's own transfer recorded (kept with the child, the plan's own transfer variables stay the plan's). */
    void transferred(Map<String, Object> transfer) {
      values.putAll(transfer);
    }

    /**
     * The child's plan ended while the others' continue: their own exit plan (and step-down) follow;
     * until they are recorded the child's plan is not closed ({@link #closedOn}).
     */
    void leaves(boolean stepDownNeeded) {
      values.put(STEP_DOWN_NEEDED, stepDownNeeded);
      values.put(CASE_CLOSED_ON, null);
    }

    /** The child's exit plan (and step-down) recorded: their plan closed {@code on}. */
    void closed(Map<String, Object> record, LocalDate on) {
      values.putAll(record);
      values.put(CASE_CLOSED_ON, on.toString());
    }

    /** True once the child left the plan on their own, with an exit plan of their own ({@link #leaves}). */
    boolean leftOnTheirOwn() {
      return values.containsKey(STEP_DOWN_NEEDED);
    }

    /** The day the child's own exit plan (and step-down) closed their plan; empty while they are to come. */
    LocalDate closedOn() {
      return FormInput.toDate(values.get(CASE_CLOSED_ON));
    }

    /** The 18th birthday; null for an unborn child. */
    LocalDate eighteenthBirthday() {
      return birthDate() == null ? null : birthDate().plusYears(18);
    }
  }

  /** The plan's children, from its {@code children} variable (Spin Json, a JSON string or a list). */
  static List<Child> of(Object children) {
    List<Map<String, Object>> rows = JsonLists.read(children);
    if (rows == null) {
      throw new IllegalStateException("The plan's list of children is not readable");
    }
    return rows.stream().map(row -> new Child(new LinkedHashMap<>(row))).toList();
  }

  static String write(List<Child> children) {
    return JsonLists.write(children.stream().map(c -> c.values).toList());
  }

  static List<Child> onPlan(List<Child> children) {
    return children.stream().filter(Child::onPlan).toList();
  }

  /** The children a review decides for: on the plan and not moving to another area. */
  static List<Child> reviewed(List<Child> children) {
    return children.stream().filter(Child::onPlan).filter(c -> !c.moving()).toList();
  }

  /** The children whose plan is being transferred to another area while the others stay. */
  static List<Child> moving(List<Child> children) {
    return children.stream().filter(Child::moving).toList();
  }

  /** "2,3" (a list of child numbers as the plan keeps it) as numbers; empty for none. */
  static List<Integer> numbers(Object numbers) {
    return numbers == null || numbers.toString().isBlank() ? List.of()
        : java.util.Arrays.stream(numbers.toString().split(",")).map(String::trim).map(Integer::valueOf).toList();
  }

  static String numbers(List<Integer> numbers) {
    return String.join(",", numbers.stream().map(String::valueOf).toList());
  }

  /** The children still on the plan who are still to be born (ADR 0033: a plan may have several, twins too). */
  static List<Child> toBeBorn(List<Child> children) {
    return onPlan(children).stream().filter(c -> c.birthDate() == null).toList();
  }

  /** A child still on the plan is born: the plan watches their 18th birthday. */
  static boolean anyBorn(List<Child> children) {
    return onPlan(children).stream().anyMatch(c -> c.birthDate() != null);
  }

  /** The expected date of birth that comes first among the children still to be born; null when none is. */
  static LocalDate firstExpected(List<Child> children) {
    return toBeBorn(children).stream().map(Child::expectedBirthDate).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
  }

  static Optional<Child> number(List<Child> children, int number) {
    return children.stream().filter(c -> c.number() == number).findFirst();
  }

  /** The child whose 18th birthday comes first among those still on the plan (the next to leave it at 18). */
  static Optional<Child> nextToTurn18(List<Child> children) {
    return onPlan(children).stream().filter(c -> c.eighteenthBirthday() != null)
        .min(Comparator.comparing(Child::eighteenthBirthday).thenComparing(Child::number));
  }

  /** The child of the list a name given in a form means (ignoring case and spaces). */
  static Optional<Child> named(List<Child> children, String name) {
    String wanted = name == null ? null : name.trim().toLowerCase(Locale.UK);
    return children.stream().filter(c -> c.name() != null && Objects.equals(c.name().toLowerCase(Locale.UK), wanted))
        .findFirst();
  }
}
