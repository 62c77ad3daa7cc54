package org.coregroup.membership;

import java.time.LocalDate;

/**
 * What every process of one case needs to know about it: its named roles, its members, the ICPC
 * date and the rules it runs under. Read from the case's running processes (see {@link CaseLookup}).
 */
public record CaseFile(String caseReference, String childName, String keyWorker, String teamManager,
    String conferenceChair, Object coreGroupMembers, LocalDate icpcDate, String localPolicy, String jurisdiction,
    Object policy) {
}
