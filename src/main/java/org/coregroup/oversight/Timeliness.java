package org.coregroup.oversight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often the cases met their deadlines, rule by rule and month by month (engine-free): each
 * deadline counts in the month it fell due, once it has passed or been met; it is on time when
 * it was met on or before its day. What counts as a deadline is what the processes recorded:
 * the plan's meeting history and review dates, each meeting's minutes deadline, the child-seen
 * clocks.
 */
final class Timeliness {

  /** The rules, in the order the chart and the table show them. */
  enum Rule {
    /** R4: by the day the local policy sets (10 working days after the ICPC nationally). */
    FIRST_CORE_GROUP("First core group in time"),
    /** R7, R8: each later core group by the day agreed within the profile's interval (or approved later). */
    MEETINGS("Core groups at the interval"),
    /** R21: minutes to every member within the policy's working days (5 nationally). */
    MINUTES("Minutes sent in time"),
    /** R24, R25: the child seen (and seen alone) as often as the profile asks. */
    CHILD_SEEN("Child seen in time"),
    /** R32: each review conference by its date. */
    REVIEW("Review conference on time");

    final String label;

    Rule(String label) {
      this.label = label;
    }
  }

  /** One deadline: its day and the day it was met (null while not met). */
  record Deadline(Rule rule, LocalDate due, LocalDate metOn) {
    boolean counts(LocalDate today) {
      return due != null && (metOn != null || due.isBefore(today));
    }

    boolean onTime() {
      return metOn != null && !metOn.isAfter(due);
    }
  }

  /** The deadlines of one rule in one month: how many fell due, how many were met on time. */
  record Count(int onTime, int due) {
    /** The share on time, rounded, or null when nothing fell due. */
    Integer percent() {
      return due == 0 ? null : (int) Math.round(100.0 * onTime / due);
    }

    Count plus(boolean inTime) {
      return new Count(onTime + (inTime ? 1 : 0), due + 1);
    }
  }

  record Month(YearMonth month, Map<Rule, Count> counts) {
  }

  static final int MONTHS = 12;

  private Timeliness() {
  }

  /** The 12 months up to and including this one, oldest first, over every deadline of these cases. */
  static List<Month> lastTwelveMonths(List<CaseHistory> cases, LocalDate today) {
    YearMonth last = YearMonth.from(today);
    YearMonth first = last.minusMonths(MONTHS - 1L);
    Map<YearMonth, Map<Rule, Count>> byMonth = new TreeMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Map<Rule, Count> counts = new EnumMap<>(Rule.class);
      for (Rule rule : Rule.values()) {
        counts.put(rule, new Count(0, 0));
      }
      byMonth.put(m, counts);
    }
    for (CaseHistory c : cases) {
      for (Deadline d : deadlines(c, today)) {
        Map<Rule, Count> counts = d.counts(today) ? byMonth.get(YearMonth.from(d.due())) : null;
        if (counts != null) {
          counts.put(d.rule(), counts.get(d.rule()).plus(d.onTime()));
        }
      }
    }
    List<Month> months = new ArrayList<>();
    byMonth.forEach((month, counts) -> months.add(new Month(month, counts)));
    return months;
  }

  /** Every deadline of the case: met, missed, or still to come. */
  static List<Deadline> deadlines(CaseHistory c, LocalDate today) {
    List<Deadline> out = new ArrayList<>();
    CaseHistory.Plan plan = c.plan();
    boolean firstHeld = false;
    for (CaseHistory.HeldMeeting m : plan.held()) {
      if (m.number() == 1) {
        firstHeld = true;
        out.add(new Deadline(Rule.FIRST_CORE_GROUP, plan.firstCoreGroupDue() != null ? plan.firstCoreGroupDue() : m.dueBy(), m.heldOn()));
      } else {
        out.add(new Deadline(Rule.MEETINGS, m.dueBy(), m.heldOn()));
      }
    }
    // the meeting now awaited; a plan that has ended awaits none (its next dates are not kept), but a
    // first core group that fell due while it ran and was never held was missed
    LocalDate firstDue = plan.firstCoreGroupDue() != null ? plan.firstCoreGroupDue() : plan.nextCoreGroupDue();
    if (!firstHeld && firstDue != null && (plan.endedOn() == null || firstDue.isBefore(plan.endedOn()))) {
      out.add(new Deadline(Rule.FIRST_CORE_GROUP, firstDue, null));
    } else if (firstHeld && plan.nextCoreGroupDue() != null) {
      out.add(new Deadline(Rule.MEETINGS, plan.nextCoreGroupDue(), null));
    }
    for (CaseHistory.Conference conference : plan.conferences()) {
      if (conference.dueBy() != null) {
        out.add(new Deadline(Rule.REVIEW, conference.dueBy(), conference.heldOn()));
      }
    }
    if (plan.nextReviewDue() != null) {
      out.add(new Deadline(Rule.REVIEW, plan.nextReviewDue(), null));
    }
    for (CaseHistory.Minutes minutes : c.minutes()) {
      out.add(new Deadline(Rule.MINUTES, minutes.due(), minutes.sentOn()));
    }
    for (CaseHistory.ChildSeen clock : c.childSeen()) {
      // a clock met counts in the month the child was seen; one that ran out in the month it ran out
      out.add(clock.ranOut() ? new Deadline(Rule.CHILD_SEEN, clock.due(), clock.seenOn())
          : new Deadline(Rule.CHILD_SEEN, clock.seenOn(), clock.seenOn()));
    }
    return out;
  }
}
