package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;

/**
 * A plan that moves with the child (R35 [WT]): out, when a review finds the child moved
 * permanently to another area (the receiving authority told, then its transfer-in conference
 * held); in, when a plan here starts from a transfer-in conference for a child who had a plan
 * elsewhere. Engine-free: the listeners hand it the submitted values; every problem is added to
 * {@code in}, naming the field.
 */
final class TransferRules {

  /** What the key worker sent the receiving authority. */
  record TransferOut(String authority, String contact, LocalDate toldOn, String recordsSent) {
  }

  /** Where the child's plan was before it transferred in. */
  record TransferIn(String previousAuthority, LocalDate previousPlanStart) {
  }

  private TransferRules() {
  }

  /** "Transfer the plan": the authority (a name), the day it was told (between the review and today), the records sent. */
  static TransferOut checkNotice(FormInput in, LocalDate review, LocalDate today) {
    String authority = authority(in, RECEIVING_AUTHORITY, "The local authority the child has moved to");
    String contact = in.optionalShortText(RECEIVING_AUTHORITY_CONTACT, "Who you spoke to there");
    LocalDate toldOn = in.date(RECEIVING_AUTHORITY_TOLD_ON, "The date you told them");
    if (toldOn != null && toldOn.isAfter(today)) {
      in.reject(RECEIVING_AUTHORITY_TOLD_ON, "the date " + UkDates.day(toldOn)
          + " is in the future: record the transfer once you have told them");
    }
    if (toldOn != null && review != null && toldOn.isBefore(review)) {
      in.reject(RECEIVING_AUTHORITY_TOLD_ON, "the date " + UkDates.day(toldOn) + " is before the review conference ("
          + UkDates.day(review) + ") that found the child had moved");
    }
    String records = in.text(TRANSFER_RECORDS_SENT, "What you sent them");
    return new TransferOut(authority, contact, toldOn, records);
  }

  /** "Record the transfer-in conference": held between the day the receiving authority was told and today. */
  static LocalDate checkTransferInConference(FormInput in, LocalDate toldOn, LocalDate today) {
    LocalDate heldOn = in.date(TRANSFER_IN_CONFERENCE_ON, "The date of the transfer-in conference");
    if (heldOn != null && heldOn.isAfter(today)) {
      in.reject(TRANSFER_IN_CONFERENCE_ON, "the date " + UkDates.day(heldOn)
          + " is in the future: record the conference once it has been held");
    }
    if (heldOn != null && toldOn != null && heldOn.isBefore(toldOn)) {
      in.reject(TRANSFER_IN_CONFERENCE_ON, "the date " + UkDates.day(heldOn) + " is before the new area was told of the move ("
          + UkDates.day(toldOn) + ")");
    }
    in.oneOf(TRANSFER_IN_CONFERENCE_DECISION, "What the new area's conference decided", TRANSFER_IN_DECISIONS);
    return heldOn;
  }

  /**
   * A plan that starts from a transfer-in conference ({@code conference}, the plan's ICPC date): the
   * previous authority and the day the plan started there, on or before the conference and no
   * earlier than a pre-birth conference could have been. Null when the plan is not a transfer in;
   * a previous authority or start date given for a plan that is not one is refused.
   */
  static TransferIn checkTransferIn(FormInput in, LocalDate conference, LocalDate birthDate, LocalDate today) {
    Boolean transferIn = in.isPresent(TRANSFER_IN) ? in.yesNo(TRANSFER_IN, "Whether the plan transfers in from another area") : Boolean.FALSE;
    if (!Boolean.TRUE.equals(transferIn)) {
      for (String field : new String[] {PREVIOUS_AUTHORITY, PREVIOUS_PLAN_START_DATE}) {
        if (in.isPresent(field)) {
          in.reject(field, "is only for a plan that transfers in from another area: tick that it does, or leave this empty");
        }
      }
      return null;
    }
    String authority = authority(in, PREVIOUS_AUTHORITY, "The local authority where the child had the plan");
    LocalDate started = in.date(PREVIOUS_PLAN_START_DATE, "The date the plan started there");
    if (started != null && started.isAfter(today)) {
      in.reject(PREVIOUS_PLAN_START_DATE, "the date " + UkDates.day(started) + " is in the future");
    } else if (started != null && conference != null && started.isAfter(conference)) {
      in.reject(PREVIOUS_PLAN_START_DATE, "the plan there started on " + UkDates.day(started)
          + ", after the transfer-in conference here (" + UkDates.day(conference) + "): it must have started before the move");
    }
    if (started != null && birthDate != null && started.isBefore(birthDate.minusMonths(PlanStartRules.EXPECTED_BIRTH_MONTHS))) {
      in.reject(PREVIOUS_PLAN_START_DATE, "the date " + UkDates.day(started) + " is before the child could have had a plan (born "
          + UkDates.day(birthDate) + ")");
    }
    return new TransferIn(authority, started);
  }

  /** A local authority's name: required, at most 200 characters, with at least two letters. */
  private static String authority(FormInput in, String field, String label) {
    String name = in.shortText(field, label);
    if (name != null && name.codePoints().filter(Character::isLetter).count() < 2) {
      in.reject(field, label + " '" + FormInput.shown(name) + "' is not a name: give the council's name, for example \"Leeds City Council\"");
      return null;
    }
    return name;
  }
}
