package org.coregroup.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * One case's history as its processes recorded it (engine-free): the plan's meeting history
 * against the rules, each meeting's attendance, apologies and reports, the minutes and actions of
 * each meeting, the visits and the child-seen clocks, concerns and escalations. Read by
 * {@link CaseRecords}; the timeliness figures ({@link Timeliness}), the attendance figures and the
 * chair's history page ({@link CaseHistoryPage}) are worked out from it.
 */
record CaseHistory(String reference, String child, LocalDate icpc, String localPolicy, Plan plan, List<Meeting> meetings,
    List<Minutes> minutes, List<Visit> visits, List<ChildSeen> childSeen, List<Concern> concerns,
    List<Escalation> escalations) {

  /**
   * What the plan keeps: its deadlines now, the meetings and conferences held against their
   * deadlines, the meetings that did not go ahead, and the texts the chair's review form shows
   * (the meeting history against the rules, the changes to the Core Group).
   */
  record Plan(LocalDate firstCoreGroupDue, LocalDate nextCoreGroupDue, int nextMeetingNumber, LocalDate nextReviewDue,
      List<HeldMeeting> held, List<Conference> conferences, List<NotHeld> notHeld, String againstTheRules,
      String coreGroupChanges, LocalDate endedOn, Transfer transfer) {

    /** A plan that is not being transferred to another area. */
    Plan(LocalDate firstCoreGroupDue, LocalDate nextCoreGroupDue, int nextMeetingNumber, LocalDate nextReviewDue,
        List<HeldMeeting> held, List<Conference> conferences, List<NotHeld> notHeld, String againstTheRules,
        String coreGroupChanges, LocalDate endedOn) {
      this(firstCoreGroupDue, nextCoreGroupDue, nextMeetingNumber, nextReviewDue, held, conferences, notHeld, againstTheRules,
          coreGroupChanges, endedOn, null);
    }
  }

  /**
   * A transfer to another area (R35, ADR 0031, 0036) once "Transfer the plan" is done: the receiving
   * authority, the day it was told, what was sent, each transfer record emailed, the transfer-in
   * conference once recorded.
   */
  record Transfer(String authority, LocalDate toldOn, String recordsSent, List<RecordSent> sent, LocalDate conferenceOn) {
  }

  /** One transfer record emailed: when, to which address, by whom, and how it went ({@code email}, or why not). */
  record RecordSent(java.time.Instant at, String email, String by, String how) {
  }

  /** A core group held; {@code dueBy} the latest day the rules (or the team manager's approval) allowed. */
  record HeldMeeting(int number, LocalDate heldOn, LocalDate dueBy, String laterReason) {
    boolean late() {
      return dueBy != null && heldOn.isAfter(dueBy);
    }
  }

  /** A review conference held; {@code dueBy} null for one held before the product kept it. */
  record Conference(int number, LocalDate heldOn, LocalDate dueBy) {
    boolean late() {
      return dueBy != null && heldOn.isAfter(dueBy);
    }
  }

  record NotHeld(LocalDate on, String reason) {
  }

  /** One meeting as recorded: who came (name, agency, attendance), the replies before it and the chair's briefing. */
  record Meeting(int number, LocalDate heldOn, boolean wentAhead, String notHeldReason, List<Attendance> attendance,
      List<Reply> replies, String briefing) {
  }

  /** One person's attendance at a meeting; {@code status} one of the record form's values (present, representative, apologies, absent). */
  record Attendance(String name, String agency, String status, String note) {
  }

  /** A professional's answer to "Confirm attendance" before the meeting (R13). */
  record Reply(String name, String agency, boolean attending, String apologies, String representative, boolean report) {
  }

  /** The minutes of one meeting (R21) and its actions (R22). {@code sentOn} null while not circulated. */
  record Minutes(LocalDate meetingOn, LocalDate due, LocalDate sentOn, List<Action> actions) {
    boolean late(LocalDate today) {
      return due != null && (sentOn == null ? today.isAfter(due) : sentOn.isAfter(due));
    }
  }

  /** One action agreed at a meeting: done on a day, or still open. */
  record Action(String what, String owner, LocalDate deadline, LocalDate doneOn, String done) {
    boolean overdue(LocalDate today) {
      return deadline != null && (doneOn == null ? today.isAfter(deadline) : doneOn.isAfter(deadline));
    }
  }

  /**
   * One visit (R26). For brothers and sisters on one plan ({@code siblings}, ADR 0033) the visit to
   * the family is one, with the names of the children it saw ({@code childrenSeen}) and saw alone.
   */
  record Visit(LocalDate on, String by, String agency, boolean childSeen, boolean seenAlone,
      List<String> childrenSeen, List<String> childrenSeenAlone, boolean siblings) {
  }

  /**
   * One period of a child-seen clock (R24, R25; {@code alone} for the key worker seeing the child
   * alone): met on {@code seenOn} before it ran out, or run out on {@code due} ("See the child"),
   * then seen on {@code seenOn} (null while still not seen). On a plan for brothers and sisters
   * (ADR 0033) each child has their own clocks: {@code child} names the child whose clock it is
   * (null on a plan of one child).
   */
  record ChildSeen(boolean alone, boolean ranOut, LocalDate due, LocalDate seenOn, String child) {

    /** A period of the one child's clock on a plan of one child (the record names no child). */
    ChildSeen(boolean alone, boolean ranOut, LocalDate due, LocalDate seenOn) {
      this(alone, ranOut, due, seenOn, null);
    }
  }

  /** A concern raised about the child (R27) and what was decided. */
  record Concern(LocalDate raisedOn, String raisedBy, String kind, String description, String outcome) {
  }

  /** An escalation: a contingency review, a professional difference, an agency's absence, a drift review. */
  record Escalation(LocalDate on, String what, String detail, String state) {
  }
}
