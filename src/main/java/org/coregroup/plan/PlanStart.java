package org.coregroup.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.membership.CoreGroup;
import org.coregroup.policy.LocalPolicy;

/** What the ICPC decided, checked (R1-R3). */
record PlanStart(
    String caseReference,
    /** ADR 0033: one child, or brothers and sisters; never empty. */
    List<SiblingGroup.StartChild> children,
    LocalDate icpcDate,
    String localPolicy,
    LocalPolicy policy,
    Jurisdiction jurisdiction,
    String keyWorker,
    String teamManager,
    String conferenceChair,
    CoreGroup members,
    int meetingIntervalWeeks,
    LocalDateTime firstCoreGroupAt,
    String firstCoreGroupVenue,
    /** The plan elsewhere, for a plan that starts from a transfer-in conference; null otherwise. */
    TransferRules.TransferIn transferIn) {

  boolean siblingGroup() {
    return children.size() > 1;
  }
}
