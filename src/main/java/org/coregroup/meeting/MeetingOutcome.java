package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Service;

/**
 * What a recorded meeting comes to, once the quorum table has answered (R15, R16, R20, R28, R30),
 * without the engine: it went ahead (then the Signs of Safety columns and whether the plan is
 * progressing are required), it did not go ahead because it was not quorate or the chair decided
 * too few were there (then it is re-arranged within the policy's working days), or it was
 * adjourned at an impasse between professionals [004 5.6] (then what they disagree about and who
 * could not agree are required, for the professional difference it starts). Refuses with every
 * field in trouble named; the record is refused whole.
 */
@Service
class MeetingOutcome {

  /** What the record and the quorum table say. */
  record Facts(boolean quorate, int present, LocalDate heldOn, LocalDate next, Supplier<LocalPolicy> policy,
      Jurisdiction jurisdiction, Supplier<PartnershipRules.Meeting> partnership) {
  }

  /** Went ahead, or not (with the reason every member is told); adjourned at an impasse. */
  record Outcome(boolean wentAhead, boolean adjourned, String notHeldReason) {
  }

  private final MeetingRules rules;

  MeetingOutcome(MeetingRules rules) {
    this.rules = rules;
  }

  Outcome check(FormInput in, Facts facts) {
    boolean tooFew = in.isPresent(TOO_FEW_TO_GO_AHEAD)
        && Boolean.TRUE.equals(in.yesNo(TOO_FEW_TO_GO_AHEAD, "Too few to go ahead"));
    String progress = in.isPresent(PLAN_PROGRESS)
        ? in.oneOf(PLAN_PROGRESS, "Answer", PLAN_PROGRESS_VALUES) : null;
    boolean impasse = ADJOURNED_AT_IMPASSE.equals(progress);
    if (facts.quorate() && tooFew && impasse) {
      in.reject(PLAN_PROGRESS, "a meeting with too few present to go ahead was not adjourned at an impasse: "
          + "untick \"Too few present to go ahead\" or give another answer");
    }
    boolean adjourned = facts.quorate() && !tooFew && impasse;
    boolean wentAhead = facts.quorate() && !tooFew && !impasse;

    if (wentAhead) {
      // R20: the three columns and the scale of a meeting that was held
      in.wholeNumber(SAFETY_SCALE, "The safety scale", 0, 10);
      in.text(WORRIES, "What we are worried about");
      in.text(WORKING_WELL, "What is working well");
      in.text(NEEDS_TO_HAPPEN, "What needs to happen");
      if (progress == null) {
        // R28: every meeting judges progress or deterioration
        in.reject(PLAN_PROGRESS, "Say whether the plan is progressing: every meeting that goes ahead decides it");
      }
      // the partnership's own clauses of a meeting that was held
      PartnershipRules.checkWentAhead(in, facts.partnership().get(), facts.heldOn(), facts.next());
    } else if (adjourned) {
      if (!in.isPresent(DISAGREEMENTS)) {
        in.reject(DISAGREEMENTS, "say what the professionals could not agree about: it is escalated as a "
            + "professional difference");
      }
      if (!in.isPresent(IMPASSE_WITH)) {
        in.reject(IMPASSE_WITH, "name the professionals or agencies who could not agree");
      }
    } else if (facts.next() != null && facts.heldOn() != null) {
      // R16 [004 3.12]: a meeting that could not go ahead is re-arranged at once
      LocalPolicy policy = facts.policy().get();
      LocalDate by = rules.rearrangeBy(facts.heldOn(), policy, facts.jurisdiction());
      if (facts.next().isAfter(by)) {
        in.reject(NEXT_MEETING_DATE, "a meeting that did not go ahead is re-arranged within "
            + policy.notQuorateRescheduleWorkingDays() + " working days: by " + UkDates.day(by) + ", not "
            + UkDates.day(facts.next()));
      }
    }
    in.verify();

    String reason = wentAhead ? null : in.optionalText(NOT_HELD_REASON);
    if (!wentAhead && reason == null) {
      reason = adjourned ? "adjourned because the professionals could not agree about the plan; the disagreement "
          + "goes to the key worker and the line managers"
          : facts.quorate() ? "the chair decided too few were present to go ahead"
              : "not quorate: " + facts.present() + (facts.present() == 1 ? " professional" : " professionals")
                  + " from agencies other than children's social care present";
    }
    return new Outcome(wentAhead, adjourned, reason);
  }
}
