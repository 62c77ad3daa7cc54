package org.coregroup.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.membership.CoreGroup;
import org.coregroup.policy.LocalPolicy;

/** What the ICPC decided, checked (R1-R3). */
record PlanStart(
    String caseReference,
    String childName,
    LocalDate childBirthDate,
    LocalDate expectedBirthDate,
    LocalDate icpcDate,
    String localPolicy,
    LocalPolicy policy,
    Jurisdiction jurisdiction,
    String categoryOfAbuse,
    String keyWorker,
    String teamManager,
    String conferenceChair,
    CoreGroup members,
    int meetingIntervalWeeks,
    LocalDateTime firstCoreGroupAt,
    String firstCoreGroupVenue,
    /** The plan elsewhere, for a plan that starts from a transfer-in conference; null otherwise. */
    TransferRules.TransferIn transferIn) {
}
