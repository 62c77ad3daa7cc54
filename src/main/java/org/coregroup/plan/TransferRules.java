package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.coregroup.calendar.UkDates;
import org.coregroup.input.EmailAddresses;
import org.coregroup.input.FormInput;

/**
 * A plan that moves with the child (R35 [WT]): out, when a review finds the child moved
 * permanently to another area (the receiving authority told, then its transfer-in conference
 * held); in, when a plan here starts from a transfer-in conference for a child who had a plan
 * elsewhere. Engine-free: the listeners hand it the submitted values; every problem is added to
 * {@code in}, naming the field.
 */
final class TransferRules {

  /**
   * What the key worker sent the receiving authority: {@code authority} its name (as the list has
   * it, or as typed for one outside the list), {@code authorityCode} its DfE code (null outside the
   * list, where {@code outsideListReason} says why), {@code recordEmail} the secure address the
   * transfer record is emailed to (null: downloaded only).
   */
  record TransferOut(String authority, String contact, LocalDate toldOn, String recordsSent, String authorityCode,
      String outsideListReason, String recordEmail) {

    TransferOut(String authority, String contact, LocalDate toldOn, String recordsSent) {
      this(authority, contact, toldOn, recordsSent, null, null, null);
    }
  }

  /** Where the child's plan was before it transferred in. */
  record TransferIn(String previousAuthority, LocalDate previousPlanStart) {
  }

  private TransferRules() {
  }

  /** "Transfer the plan", checked against the standard list of authorities with none of them this one's. */
  static TransferOut checkNotice(FormInput in, LocalDate review, LocalDate today) {
    return checkNotice(in, review, today, LocalAuthorities.standard(), null);
  }

  /**
   * "Transfer the plan": the authority (one of {@code authorities}, not {@code own}; or
   * {@link ChildProtectionPlanProcess#OUTSIDE_THE_LIST} with its name and why it is not on the
   * list), the day it was told (between the review and today), the records sent, and the secure
   * email address for the transfer record, if any.
   */
  static TransferOut checkNotice(FormInput in, LocalDate review, LocalDate today, LocalAuthorities authorities,
      LocalAuthorities.Authority own) {
    String authority = null;
    String code = null;
    String outsideReason = null;
    String chosen = in.shortText(RECEIVING_AUTHORITY, "The local authority the child has moved to");
    if (OUTSIDE_THE_LIST.equals(chosen)) {
      authority = authority(in, RECEIVING_AUTHORITY_ELSEWHERE, "The authority the child has moved to");
      outsideReason = in.shortText(RECEIVING_AUTHORITY_ELSEWHERE_REASON, "Why it is not on the list");
      LocalAuthorities.Authority listed = authority == null ? null : authorities.find(authority).orElse(null);
      if (listed != null) {
        in.reject(RECEIVING_AUTHORITY_ELSEWHERE, "'" + listed.name() + "' is on the list of authorities in England and Wales: "
            + "choose it in \"The local authority the child has moved to\" instead");
        authority = null;
      }
    } else if (chosen != null) {
      LocalAuthorities.Authority listed = authorities.find(chosen).orElse(null);
      if (listed == null) {
        in.reject(RECEIVING_AUTHORITY, "'" + FormInput.shown(chosen) + "' is not a local authority with children's services in "
            + "England or Wales: choose one from the list, or choose \"" + OUTSIDE_THE_LIST_LABEL + "\" and name it");
      } else if (own != null && listed.code().equals(own.code())) {
        in.reject(RECEIVING_AUTHORITY, "'" + listed.name() + "' is this authority: a move within it is not a transfer. "
            + "Choose the authority the child has moved to");
      } else {
        authority = listed.name();
        code = listed.code();
      }
      for (String field : new String[] {RECEIVING_AUTHORITY_ELSEWHERE, RECEIVING_AUTHORITY_ELSEWHERE_REASON}) {
        if (in.isPresent(field)) {
          in.reject(field, "is only for an authority that is not on the list: choose \"" + OUTSIDE_THE_LIST_LABEL
              + "\", or leave this empty");
        }
      }
    }
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
    String email = in.optionalShortText(TRANSFER_RECORD_EMAIL, "The secure email address to send the transfer record to");
    if (email != null && !EmailAddresses.valid(email)) {
      in.reject(TRANSFER_RECORD_EMAIL, "'" + FormInput.shown(email) + "' is not an email address: write one address, "
          + "for example duty.team@leeds.gov.uk, or leave this empty and download the record");
      email = null;
    }
    return new TransferOut(authority, contact, toldOn, records, code, outsideReason, email);
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
