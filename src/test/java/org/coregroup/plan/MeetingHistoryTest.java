package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan's meeting history as JSON: the keys its contract names for those who report on it (the oversight page). */
class MeetingHistoryTest {

  @Test
  @DisplayName("R33: the history keeps each meeting and review conference with its day and the day it was due by, under the contract's keys")
  void keysOfTheContract() throws Exception {
    MeetingHistory history = MeetingHistory.empty();
    history.meetingHeld(LocalDate.parse("2026-01-06"), LocalDate.parse("2025-12-31"));
    history.laterMeetingApproved("Half term");
    history.meetingNotHeld(LocalDate.parse("2026-02-10"), "Too few agencies");
    history.conferenceHeld(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-15"));

    JsonNode json = new ObjectMapper().readTree(history.toJson());
    JsonNode meeting = json.get(HISTORY_MEETINGS).get(0);
    assertThat(meeting.get(HISTORY_NUMBER).asInt()).isEqualTo(1);
    assertThat(meeting.get(HISTORY_HELD_ON).asText()).isEqualTo("2026-01-06");
    assertThat(meeting.get(HISTORY_DUE_BY).asText()).isEqualTo("2025-12-31");
    assertThat(meeting.get(HISTORY_LATE_REASON).asText()).isEqualTo("Half term");
    JsonNode conference = json.get(HISTORY_CONFERENCES).get(0);
    assertThat(conference.get(HISTORY_HELD_ON).asText()).isEqualTo("2026-03-16");
    assertThat(conference.get(HISTORY_DUE_BY).asText()).isEqualTo("2026-03-15");
    JsonNode notHeld = json.get(HISTORY_NOT_HELD).get(0);
    assertThat(notHeld.get(HISTORY_NOT_HELD_ON).asText()).isEqualTo("2026-02-10");
    assertThat(notHeld.get(HISTORY_NOT_HELD_REASON).asText()).isEqualTo("Too few agencies");
    assertThat(history.record()).contains("Review conference 1 on Monday 16 March 2026, late (due by Sunday 15 March 2026)");
  }
}
