package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;

/**
 * The birth of a child whose plan began before birth (R1: an ICPC for an unborn child). The plan
 * starts on the day of the ICPC [CIN 2885] and an ICPC with an expected date of birth was held
 * before the birth, so the birth is dated between the ICPC (a birth later that same day counts)
 * and today. Engine-free: the delegates and listeners hand it the submitted values.
 */
final class BirthRules {

  /** A recorded birth. */
  record Birth(String name, LocalDate bornOn) {
  }

  private BirthRules() {
  }

  /** Reads and checks name and date of birth; problems are added to {@code in}, naming the field. */
  static Birth check(FormInput in, LocalDate planStart, LocalDate today) {
    String name = in.shortText(NAME_AT_BIRTH, "The child's name");
    LocalDate bornOn = in.date(CHILD_BIRTH_DATE, "The date of birth");
    if (bornOn != null && bornOn.isAfter(today)) {
      in.reject(CHILD_BIRTH_DATE, "the date of birth " + UkDates.day(bornOn) + " is in the future: record the birth once the child is born");
    }
    if (bornOn != null && planStart != null && bornOn.isBefore(planStart)) {
      in.reject(CHILD_BIRTH_DATE, "the date of birth " + UkDates.day(bornOn) + " is before the plan began ("
          + UkDates.day(planStart) + "): the plan was agreed for an unborn child at the conference on that day");
    }
    return new Birth(name, bornOn);
  }

  /**
   * Which child of the plan was born (ADR 0033): the one named in {@code unbornChild} (the name
   * the plan gives the baby, ignoring case and spaces), which is required when more than one child
   * of the plan is still to be born; else the one child still to be born. A child who is not on the
   * plan, is already born or whose plan has ended is refused naming the field; null then.
   */
  static SiblingGroup.Child whichChild(FormInput in, List<SiblingGroup.Child> children) {
    List<SiblingGroup.Child> toBeBorn = SiblingGroup.toBeBorn(children);
    String babies = SiblingGroup.names(toBeBorn.stream().map(SiblingGroup.Child::name).toList());
    if (!in.isPresent(UNBORN_CHILD)) {
      if (toBeBorn.size() > 1) {
        in.reject(UNBORN_CHILD, "say which baby was born: " + either(toBeBorn) + " ("
            + toBeBorn.size() + " children of this plan are still to be born)");
        return null;
      }
      if (toBeBorn.isEmpty()) {
        in.reject(UNBORN_CHILD, "no child of this plan is still to be born: every child's date of birth is recorded");
        return null;
      }
      return toBeBorn.get(0);
    }
    String name = in.shortText(UNBORN_CHILD, "Which baby");
    if (name == null) {
      return null;
    }
    SiblingGroup.Child named = SiblingGroup.named(children, name).orElse(null);
    if (named == null) {
      in.reject(UNBORN_CHILD, "'" + name.trim() + "' is not a child of this plan"
          + (toBeBorn.isEmpty() ? "" : ": the plan names the " + (toBeBorn.size() == 1 ? "baby" : "babies")
              + " still to be born " + babies));
      return null;
    }
    if (named.birthDate() != null) {
      in.reject(UNBORN_CHILD, named.name() + " is already born (" + UkDates.day(named.birthDate()) + ")"
          + (toBeBorn.isEmpty() ? "" : ": the plan is waiting for the birth of " + babies));
      return null;
    }
    if (!named.onPlan()) {
      in.reject(UNBORN_CHILD, named.name() + "'s plan ended on " + UkDates.day(named.planEndDate())
          + ": their birth is not recorded on this plan");
      return null;
    }
    return named;
  }

  /** "A, B or C". */
  private static String either(List<SiblingGroup.Child> children) {
    List<String> names = children.stream().map(SiblingGroup.Child::name).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** The end of the day that many days after the expected date: when the key worker is asked for the birth. */
  static LocalDate birthRecordDue(LocalDate expected, int days) {
    return expected.plusDays(days);
  }
}
