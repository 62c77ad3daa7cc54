package org.coregroup.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.UkDates;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Tasklist, the meeting's forms show what the case's partnership asks and nothing it does not
 * (the flags {@code Task_ScheduleMeeting} sets from the case's row of {@code LocalPolicyDecision}):
 * sandwell's first meeting asks for the rota, contact details and the email group [001]; a
 * national meeting does not; bedfordshire's "Confirm attendance" says what an absent professional
 * MUST send and asks whether the representative is senior and briefed [000].
 */
@CoreGroupTest
class PartnershipFormsBrowserTest {

  static final String RECORD_MEETING = "Record core group meeting";

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  PartnershipMeetings meetings;

  @BeforeEach
  void init() {
    meetings = new PartnershipMeetings(runtime, tasks, history);
  }

  @AfterEach
  void close() {
    meetings.open.closeAll(runtime);
  }

  @Test
  @DisplayName("R6, R20 sandwell [001] in Tasklist: the first meeting's record asks for the rota, contact details, the email group and Signs of Safety in full; a national meeting's record asks none of them")
  void recordAsksWhatThePartnershipAsks() {
    String date = LocalDate.now(UkDates.LONDON).plusDays(7).toString();
    ProcessInstance sandwell = meetings.start("sandwell", 1, date, null);
    ProcessInstance national = meetings.start("national", 2, date, null);

    browser.logInAs("sarah.social");
    browser.openTask(RECORD_MEETING, sandwell.getBusinessKey());
    String first = browser.waitFor("the rota on sandwell's first record",
        d -> d.getPageSource().contains("Chair and minute-taker rota") ? d.getPageSource() : null);
    assertThat(first).contains("Contact details and roles", "Who sets up the email group for the professionals",
        "Who tells the child about the meeting afterwards", "Your partnership asks at every meeting for past harm")
        .doesNotContain("How often the child and family are seen", "What will be shared with the review conference");
    // the contact list starts from the case's members
    assertThat(browser.value("memberContacts_name_0")).isEqualTo("Helen Health");

    browser.openTask(RECORD_MEETING, national.getBusinessKey());
    String later = browser.waitFor("the national record", d -> d.getPageSource().contains("Chair next time")
        && !d.getPageSource().contains("Chair and minute-taker rota") ? d.getPageSource() : null);
    assertThat(later).doesNotContain("Contact details and roles", "Who tells the child about the meeting afterwards",
        "Your partnership asks at every meeting");
  }

  @Test
  @DisplayName("R13 bedfordshire [000] in Tasklist: \"Confirm attendance\" says what a professional who cannot attend MUST send, and asks whether the representative is a manager or senior colleague and fully briefed")
  void confirmAttendanceSaysWhatIsAsked() {
    String date = LocalDate.now(UkDates.LONDON).plusDays(7).toString();
    ProcessInstance meeting = meetings.start("bedfordshire", 2, date, null);

    browser.logInAs("eddie.school");
    browser.openTask("Confirm attendance", meeting.getBusinessKey());
    browser.waitFor("what an absent professional sends", d -> d.getPageSource().contains(
        "who is your manager or a senior colleague and fully briefed, and a written report for the key worker"));
    browser.radio("attending", "No");
    browser.waitFor("the senior colleague question", d -> d.getPageSource().contains(
        "My representative is my manager or a senior colleague"));
    assertThat(browser.driver().getPageSource()).contains("My representative has been fully briefed");
  }
}
