package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

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

  /** The end of the day that many days after the expected date: when the key worker is asked for the birth. */
  static LocalDate birthRecordDue(LocalDate expected, int days) {
    return expected.plusDays(days);
  }
}
