package org.coregroup.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child protection module of the Department for Education's Children in Need census for one
 * reporting year (1 April to 31 March), from the plans this product holds, with the DfE
 * validation rules that concern that module checked on each row. Engine-free: the plans are read
 * elsewhere ({@link CinCensusRecords}). The return shows each plan as it stood on 31 March: a plan
 * ended after that day is open in it, with the category of abuse it had then.
 *
 * <p>A child is recognised across plans by name and date of birth (or expected date of birth):
 * the product holds no other identifier for a child. {@code LAchildID} is the case reference of
 * the child's first plan here, so it is the same in every year's return.
 */
final class CinCensus {

  /** The census field names, in the order of the DfE specification's child protection plans module. */
  static final List<String> HEADER = List.of("LAchildID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
      "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "CPPreviewDate", "ValidationErrors");

  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

  private CinCensus() {
  }

  /** A census year, 1 April {@code firstYear} to 31 March of the year after ("2025-26"). */
  record Year(int firstYear) {

    LocalDate from() {
      return LocalDate.of(firstYear, 4, 1);
    }

    LocalDate to() {
      return LocalDate.of(firstYear + 1, 3, 31);
    }

    String label() {
      return firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
    }

    /** The census year this day falls in. */
    static Year containing(LocalDate day) {
      return new Year(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** "2025-26"; empty when the text is not a census year the product can hold. */
    static java.util.Optional<Year> parse(String text) {
      Matcher m = text == null ? null : YEAR.matcher(text.trim());
      if (m == null || !m.matches()) {
        return java.util.Optional.empty();
      }
      int first = Integer.parseInt(m.group(1));
      if (first < 2000 || first > 2100 || Integer.parseInt(m.group(2)) != (first + 1) % 100) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Year(first));
    }
  }

  /**
   * One plan as this product holds it. {@code child} is whatever identifies the child across plans
   * (name and date of birth); {@code end} is empty while the plan is open; {@code categories} the
   * categories of abuse in the order they took effect, the first at the start; {@code previousPlans}
   * the count the plan recorded when it started (R36, {@link PreviousPlans}), empty for a plan
   * started before the product kept it: both count plans here only. {@code transferredIn}: the
   * plan started at a transfer-in conference, so the child had a plan in another authority before
   * it (ADR 0031), which the DfE counts too ("in this or any other local authority").
   */
  record Plan(String caseReference, String child, LocalDate start, LocalDate end, List<Category> categories,
      List<LocalDate> reviews, Integer previousPlans, boolean transferredIn) {

    /** A plan that started here, not from a transfer in. */
    Plan(String caseReference, String child, LocalDate start, LocalDate end, List<Category> categories,
        List<LocalDate> reviews, Integer previousPlans) {
      this(caseReference, child, start, end, categories, reviews, previousPlans, false);
    }

    String initialCategory() {
      return categories.isEmpty() ? null : categories.get(0).code();
    }

    /** The category in force on {@code day}. */
    String categoryOn(LocalDate day) {
      String latest = initialCategory();
      for (Category c : categories) {
        if (c.from() == null || !c.from().isAfter(day)) {
          latest = c.code();
        }
      }
      return latest;
    }
  }

  /** A category of abuse, from the day a conference set it. */
  record Category(String code, LocalDate from) {
  }

  /** One line of the return, and the DfE rules it breaks (code and the DfE's own words). */
  record Row(String laChildId, LocalDate start, LocalDate end, String initialCategory, String latestCategory,
      int previousPlans, List<LocalDate> reviews, List<String> errors) {

    List<String> cells() {
      return List.of(laChildId, iso(start), iso(end), text(initialCategory), text(latestCategory),
          Integer.toString(previousPlans), String.join(";", reviews.stream().map(CinCensus::iso).toList()),
          String.join("; ", errors));
    }
  }

  /**
   * The rows for {@code year}: every plan open on any day of the year, with its reviews held in the
   * year. {@code plans} are all the plans the product holds (earlier ones count as previous plans).
   */
  static List<Row> rows(Year year, List<Plan> plans) {
    Map<String, List<Plan>> byChild = new LinkedHashMap<>();
    plans.stream().sorted(Comparator.comparing(Plan::start, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Plan::caseReference))
        .forEach(p -> byChild.computeIfAbsent(p.child(), c -> new ArrayList<>()).add(p));
    List<Row> rows = new ArrayList<>();
    for (List<Plan> ofChild : byChild.values()) {
      String laChildId = ofChild.get(0).caseReference();
      List<Plan> inYear = ofChild.stream().filter(p -> openDuring(p, year)).toList();
      for (Plan plan : inYear) {
        int previous = (plan.previousPlans() != null ? plan.previousPlans() : (int) ofChild.stream()
            .filter(other -> other != plan && startedBefore(other, plan)).count())
            // the plans in other authorities: one before each plan of the child's that a transfer in started
            + (int) ofChild.stream().filter(p -> p.transferredIn() && (p == plan || startedBefore(p, plan))).count();
        List<LocalDate> reviews = plan.reviews().stream().filter(Objects::nonNull)
            .filter(d -> !d.isBefore(year.from()) && !d.isAfter(year.to())).sorted().toList();
        // as the authority stood on 31 March: a plan that ended later was still open then
        LocalDate end = plan.end() != null && plan.end().isAfter(year.to()) ? null : plan.end();
        String latest = plan.categoryOn(end == null ? year.to() : end);
        rows.add(new Row(laChildId, plan.start(), end, plan.initialCategory(), latest, previous,
            reviews, errors(plan, end, latest, reviews, inYear, year)));
      }
    }
    return rows;
  }

  private static boolean startedBefore(Plan other, Plan plan) {
    return other.start() != null && plan.start() != null && other.start().isBefore(plan.start());
  }

  private static boolean openDuring(Plan plan, Year year) {
    return plan.start() != null && !plan.start().isAfter(year.to())
        && (plan.end() == null || !plan.end().isBefore(year.from()));
  }

  /** The DfE census validation rules of the child protection plans module that the product's data can break. */
  private static List<String> errors(Plan plan, LocalDate end, String latest, List<LocalDate> reviews,
      List<Plan> childsPlansInYear, Year year) {
    List<String> errors = new ArrayList<>();
    if (plan.initialCategory() == null || !ChildProtectionPlanProcess.CATEGORIES_OF_ABUSE.contains(plan.initialCategory())) {
      errors.add("8905 Initial Category of Abuse code missing or invalid");
    }
    if (latest == null || !ChildProtectionPlanProcess.CATEGORIES_OF_ABUSE.contains(latest)) {
      errors.add("8910 Latest Category of Abuse code missing or invalid");
    }
    if (plan.start() == null || plan.start().isAfter(year.to())) {
      errors.add("8720 Child Protection Plan Start Date missing or out of data collection period");
    }
    if (end != null && plan.start() != null && end.isBefore(plan.start())) {
      errors.add("8925 Child Protection Plan End Date earlier than Start Date");
    }
    if (end != null && end.equals(plan.start())) {
      errors.add("8840 Child Protection Plan cannot start and end on the same day");
    }
    if (plan.start() != null && reviews.stream().anyMatch(r -> !r.isAfter(plan.start()))) {
      errors.add("8841 The review date cannot be on the same day or before the Child protection Plan start date");
    }
    if (end == null && childsPlansInYear.stream().filter(p -> p.end() == null || p.end().isAfter(year.to())).count() > 1) {
      errors.add("8935 This child is showing more than one open Child Protection plan, i.e. with no End Date");
    }
    if (childsPlansInYear.stream().anyMatch(other -> other != plan && (startsWithin(other, plan, year) || startsWithin(plan, other, year)))) {
      errors.add("8940 Child Protection Plan data contains overlapping dates");
    }
    return errors;
  }

  /** Whether {@code a} starts on a day {@code b} is open (an open plan counts as open to the end of the year). */
  private static boolean startsWithin(Plan a, Plan b, Year year) {
    LocalDate until = b.end() == null ? year.to() : b.end();
    return a.start() != null && b.start() != null && !a.start().isBefore(b.start()) && !a.start().isAfter(until);
  }

  private static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
