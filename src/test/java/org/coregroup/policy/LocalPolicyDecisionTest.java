package org.coregroup.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed local policy table against what the five guidance documents and Working Together
 * say, rule by rule (docs/rules.md). The expected values are the documents' own, not the table's.
 */
@CoreGroupTest
class LocalPolicyDecisionTest {

  static final List<String> PROFILES = List.of("national", "bedfordshire", "sandwell", "south-west", "south-east-wales", "brent");

  @Autowired LocalPolicies policies;

  LocalPolicy row(String profile) {
    return policies.forProfile(profile).orElseThrow();
  }

  void expect(Function<LocalPolicy, Object> column, Object national, Object bedfordshire, Object sandwell, Object southWest,
      Object southEastWales, Object brent) {
    List<Object> expected = java.util.Arrays.asList(national, bedfordshire, sandwell, southWest, southEastWales, brent);
    for (int i = 0; i < PROFILES.size(); i++) {
      assertThat(column.apply(row(PROFILES.get(i)))).as(PROFILES.get(i)).isEqualTo(expected.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"national", "bedfordshire", "sandwell", "south-west", "south-east-wales", "brent"})
  @DisplayName("Every profile has every timescale a case counts with, its own or inherited")
  void complete(String profile) {
    assertThat(row(profile).missingRequired()).isEmpty();
  }

  @Test
  @DisplayName("R4 [WT, 001, 003, 004 3.1]: the first core group within 10 working days of the ICPC")
  void firstCoreGroupWorkingDays() {
    expect(LocalPolicy::firstCoreGroupWorkingDays, 10, 10, 10, 10, 10, 10);
  }

  @Test
  @DisplayName("R4 south-west [002]: \"within 10 days\": calendar days, tighter than the national working days")
  void southWestFirstCoreGroupCalendarDays() {
    expect(LocalPolicy::firstCoreGroupDays, null, null, null, 10, null, null);
  }

  @Test
  @DisplayName("R7: south-west every 4 weeks [002], south-east-wales every 4-6 weeks [003], brent every 6 weeks [004 3.3]; elsewhere the product default of 6")
  void meetingInterval() {
    expect(LocalPolicy::meetingIntervalWeeks, 6, 6, 6, 4, 6, 6);
  }

  @Test
  @DisplayName("R7 brent [004 3.3]: the conference chair may set another interval, longer too; elsewhere only a shorter one")
  void longerInterval() {
    expect(LocalPolicy::conferenceMaySetLongerInterval, false, false, false, false, false, true);
  }

  @Test
  @DisplayName("R7 bedfordshire [000]: at least twice between consecutive conferences")
  void twiceBetweenConferences() {
    expect(LocalPolicy::minMeetingsBetweenConferences, null, 2, null, null, null, null);
  }

  @Test
  @DisplayName("R10 brent [004 3.7, 3.9]: a core group 2 weeks before each review and within 10 days after it")
  void aroundReviews() {
    expect(LocalPolicy::preReviewCoreGroupWeeks, null, null, null, null, null, 2);
    expect(LocalPolicy::postReviewCoreGroupDays, null, null, null, null, null, 10);
  }

  @Test
  @DisplayName("R15 bedfordshire [000]: every member told in writing within 24 hours that the meeting did not go ahead")
  void notHeldNotice() {
    assertThat(row("bedfordshire").notHeldNoticeHours()).isEqualTo(24);
  }

  @Test
  @DisplayName("R16 brent [004 3.12]: a meeting that could not go ahead is re-arranged within 5 working days")
  void rearranged() {
    assertThat(row("brent").notQuorateRescheduleWorkingDays()).isEqualTo(5);
  }

  @Test
  @DisplayName("R17 brent [004 4.7]: a meeting moved by the social worker needs 3 working days' notice; elsewhere no such rule")
  void moveNotice() {
    expect(LocalPolicy::rescheduleNoticeWorkingDays, null, null, null, null, null, 3);
  }

  @Test
  @DisplayName("R21 [000, 003, 004 4.2]: minutes within 5 working days")
  void minutes() {
    assertThat(row("bedfordshire").minutesWorkingDays()).isEqualTo(5);
    assertThat(row("south-east-wales").minutesWorkingDays()).isEqualTo(5);
    assertThat(row("brent").minutesWorkingDays()).isEqualTo(5);
  }

  @Test
  @DisplayName("R24 brent [004 4.8]: the child seen by a professional every 10 working days; R25 bedfordshire [000]: seen alone by the key worker every 4 weeks")
  void seeingTheChild() {
    expect(LocalPolicy::childSeenWorkingDays, null, null, null, null, null, 10);
    expect(LocalPolicy::keyWorkerSeesChildAloneWeeks, null, 4, null, null, null, null);
  }

  @Test
  @DisplayName("R27 bedfordshire [000]: a concern confirmed in writing within 24-48 hours: 48 hours")
  void concernConfirmation() {
    assertThat(row("bedfordshire").concernConfirmationHours()).isEqualTo(48);
  }

  @Test
  @DisplayName("R32 [WT]: the first review within 3 months of the ICPC, later ones at most 6 months apart")
  void reviews() {
    expect(LocalPolicy::firstReviewMonths, 3, 3, 3, 3, 3, 3);
    expect(LocalPolicy::reviewIntervalMonths, 6, 6, 6, 6, 6, 6);
  }

  @Test
  @DisplayName("R35 brent [004 3.14]: the Team Around the Child meets within 10 days of the end; R35 sandwell [001]: the end records who agreed it")
  void endOfPlan() {
    assertThat(row("brent").stepDownMeetingDays()).isEqualTo(10);
    expect(LocalPolicy::endAgreedByAgencies, false, false, true, false, false, false);
  }

  @Test
  @DisplayName("R35 [WT]: a child who moved permanently: the new area's transfer-in conference within 15 working days of being told (national, in every profile); the key worker tells it within 1 working day of the conference (product default); each changed in its one cell")
  void transfers() {
    expect(LocalPolicy::transferInConferenceWorkingDays, 15, 15, 15, 15, 15, 15);
    expect(LocalPolicy::transferNoticeWorkingDays, 1, 1, 1, 1, 1, 1);
    String changed = changeCell(changeCell(PolicyTable.xml(), "OutputEntry_NationalTimescales_TransferInConferenceWorkingDays", "15", "12"),
        "OutputEntry_ProductDefaultTimescales_TransferNoticeWorkingDays", "1", "2");
    assertThat(PROFILES.stream().map(p -> PolicyTable.evaluate(changed, p).transferInConferenceWorkingDays())).containsOnly(12);
    assertThat(PROFILES.stream().map(p -> PolicyTable.evaluate(changed, p).transferNoticeWorkingDays())).containsOnly(2);
  }

  @Test
  @DisplayName("Product defaults where no guidance sets a timescale (docs/rules.md): chase 2, approvals 2 and 1, exit plan 5, 3 absences then 5, contingency 5/5/10, drift 9/12/18 then 5, stages 5 working days")
  void productDefaults() {
    for (String profile : PROFILES) {
      LocalPolicy p = row(profile);
      assertThat(List.of(p.minutesChaseWorkingDays(), p.laterMeetingApprovalWorkingDays(), p.moveApprovalWorkingDays(),
          p.exitPlanWorkingDays(), p.absencesBeforeEscalation(), p.absenceEscalationWorkingDays(),
          p.contingencyReviewWorkingDays(), p.chairDecisionWorkingDays(), p.legalPlanningMeetingWorkingDays(),
          p.driftReviewFirstMonths(), p.driftReviewSecondMonths(), p.driftReviewThirdMonths(), p.driftReviewWorkingDays(),
          p.differenceStageWorkingDays(1), p.differenceStageWorkingDays(2), p.differenceStageWorkingDays(3),
          p.differenceStageWorkingDays(4)))
          .as(profile).containsExactly(2, 2, 1, 5, 3, 5, 5, 5, 10, 9, 12, 18, 5, 5, 5, 5, 5);
    }
    assertThat(row("sandwell").concernConfirmationHours()).isEqualTo(48);
    assertThat(row("sandwell").minutesWorkingDays()).isEqualTo(5);
    assertThat(row("national").stepDownMeetingDays()).isEqualTo(10);
  }

  @Test
  @DisplayName("One national cell changed: every profile that does not set its own value follows; one with its own rule keeps it")
  void nationalValueInOnePlace() {
    String xml = PolicyTable.xml();
    String changed = changeCell(changeCell(xml, "OutputEntry_NationalTimescales_FirstReviewMonths", "3", "2"),
        "OutputEntry_ProductDefaultTimescales_MinutesWorkingDays", "5", "7");
    for (String profile : PROFILES) {
      assertThat(PolicyTable.evaluate(changed, profile).firstReviewMonths()).as(profile).isEqualTo(2);
    }
    // sandwell [001] and south-west [002] set no minutes rule; bedfordshire, south-east-wales, brent say 5 themselves
    assertThat(PROFILES.stream().map(p -> PolicyTable.evaluate(changed, p).minutesWorkingDays()))
        .containsExactly(7, 5, 7, 7, 5, 5);
  }

  @Test
  @DisplayName("R5 brent [004 4.1]: \"Core Groups will be chaired by Brent Social Care\"; bedfordshire [000]: later ones by the key worker or their manager unless delegated by agreement; south-east-wales [003]: \"Appoint a Chairperson\"; elsewhere any member")
  void whoChairs() {
    expect(LocalPolicy::chairFromChildrensSocialCare, false, false, false, false, false, true);
    expect(LocalPolicy::laterChairKeyWorkerOrManager, false, true, false, false, false, false);
    expect(LocalPolicy::coreGroupAppointsChair, false, false, false, false, true, false);
  }

  @Test
  @DisplayName("R13: what a professional who cannot attend sends: bedfordshire [000] all three, a senior colleague fully briefed; south-east-wales [003] a representative appropriately briefed; brent [004 4.6] a written report or a well informed representative; sandwell [001] the report to the chair")
  void whenYouCannotAttend() {
    expect(LocalPolicy::absentSendsRepresentative, false, true, false, false, true, false);
    expect(LocalPolicy::absentSendsReport, false, true, false, false, false, false);
    expect(LocalPolicy::absentReportOrRepresentative, false, false, false, false, false, true);
    expect(LocalPolicy::representativeConfirmedBriefed, false, true, false, false, true, true);
    expect(LocalPolicy::representativeIsSenior, false, true, false, false, false, false);
    expect(LocalPolicy::absentReportTo, "key worker", "key worker", "chair", "key worker", "key worker", "key worker");
  }

  @Test
  @DisplayName("R21 brent [004 4.2]: \"The social worker will take responsibility for distributing these minutes\"; elsewhere the minute-taker (product default)")
  void whoCirculatesMinutes() {
    expect(LocalPolicy::minutesCirculatedBy, "minute-taker", "minute-taker", "minute-taker", "minute-taker", "minute-taker",
        "key worker");
  }

  @Test
  @DisplayName("R17 brent [004 4.7]: a move at shorter notice than 3 working days is refused; R15 bedfordshire [000]: a meeting that did not go ahead is re-arranged via the manager, within 1 working day (product default)")
  void movedAndRearranged() {
    expect(LocalPolicy::shortNoticeMoveRefused, false, false, false, false, false, true);
    expect(LocalPolicy::notHeldRearrangedByManager, false, true, false, false, false, false);
    expect(LocalPolicy::rearrangeByManagerWorkingDays, 1, 1, 1, 1, 1, 1);
  }

  @Test
  @DisplayName("R20 sandwell [001]: Signs of Safety at every meeting with past harm, the danger statement and the scaling explained; R6 sandwell: the first meeting's rota, contact details and email group, who tells the child; south-east-wales [003]: contact with the family, a contingency plan; R10 brent [004 3.7]: what will be shared and recommended")
  void whatTheRecordHolds() {
    expect(LocalPolicy::signsOfSafetyInFull, false, false, true, false, false, false);
    expect(LocalPolicy::firstMeetingAgreesRota, false, false, true, false, false, false);
    expect(LocalPolicy::firstMeetingRecordsContacts, false, false, true, false, false, false);
    expect(LocalPolicy::firstMeetingAgreesEmailGroup, false, false, true, false, false, false);
    expect(LocalPolicy::childFeedbackAgreed, false, false, true, false, false, false);
    expect(LocalPolicy::firstMeetingAgreesFamilyContact, false, false, false, false, true, false);
    expect(LocalPolicy::firstMeetingAgreesContingency, false, false, false, false, true, false);
    expect(LocalPolicy::preReviewRecordsWhatIsShared, false, false, false, false, false, true);
  }

  @Test
  @DisplayName("R10 brent [004 3.9]: the conference chair sets the date of the core group within 10 days of each review, at the review")
  void chairSetsPostReviewMeetingDate() {
    expect(LocalPolicy::chairSetsPostReviewMeetingDate, false, false, false, false, false, true);
    expect(LocalPolicy::postReviewCoreGroupDays, null, null, null, null, null, 10);
  }

  @Test
  @DisplayName("A product default for a partnership's clause changed in one cell: every profile without its own value follows")
  void clauseDefaultInOnePlace() {
    String xml = PolicyTable.xml();
    String changed = changeCell(xml, "OutputEntry_ProductDefaultTimescales_MinutesCirculatedBy", "\"minute-taker\"",
        "\"key worker\"");
    assertThat(PROFILES.stream().map(p -> PolicyTable.evaluate(changed, p).minutesCirculatedBy()))
        .containsOnly("key worker");
    String signs = changeCell(xml, "OutputEntry_ProductDefaultTimescales_SignsOfSafetyInFull", "false", "true");
    assertThat(PROFILES.stream().map(p -> PolicyTable.evaluate(signs, p).signsOfSafetyInFull())).containsOnly(true);
  }

  @Test
  @DisplayName("An unknown profile has no row")
  void unknownProfile() {
    assertThat(policies.forProfile("kent")).isEmpty();
  }

  static String changeCell(String xml, String id, String from, String to) {
    String before = "<outputEntry id=\"" + id + "\">\n          <text>" + from + "</text>";
    assertThat(xml).contains(before);
    return xml.replace(before, "<outputEntry id=\"" + id + "\">\n          <text>" + to + "</text>");
  }
}
