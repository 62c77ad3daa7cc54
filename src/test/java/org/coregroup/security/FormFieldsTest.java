package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fields a task may send, read from the deployed forms themselves. */
class FormFieldsTest {

  static FormFields of(String form) throws Exception {
    try (InputStream in = new FileInputStream("forms/" + form + ".form")) {
      return FormFields.of(in);
    }
  }

  @Test
  @DisplayName("R9: the meeting record sends its fields and attendance rows; the briefing is read-only")
  void meetingRecord() throws Exception {
    FormFields fields = of("RecordCoreGroupMeetingForm");
    assertThat(fields.editable()).contains("meetingHeldOn", "discussionSummary", "nextMeetingDate")
        .doesNotContain("meetingBriefing", "name", "agency", "coreGroupMembers");
    assertThat(fields.readOnly()).contains("meetingBriefing");
  }

  @Test
  @DisplayName("Disabled fields are shown only; the start form's member list is one variable")
  void disabledAndLists() throws Exception {
    assertThat(of("DecideOnConcernForm").shownOnly()).contains("raisedBy", "concernDescription");
    assertThat(of("DecideOnConcernForm").editable()).doesNotContain("raisedBy");
    assertThat(of("StartPlanForm").editable()).contains("coreGroupMembers", "keyWorker")
        .doesNotContain("userId", "email");
  }

  @Test
  @DisplayName("A value sent back is the same when its text, number, flag or JSON is")
  void sameValue() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(EngineApiPolicy.SameValue.of(json.readTree("\"Briefing\""), "Briefing")).isTrue();
    assertThat(EngineApiPolicy.SameValue.of(json.readTree("\"Changed\""), "Briefing")).isFalse();
    assertThat(EngineApiPolicy.SameValue.of(json.readTree("3"), 3L)).isTrue();
    assertThat(EngineApiPolicy.SameValue.of(json.readTree("[{\"a\": 1}]"), "[{\"a\":1}]")).isFalse();
    assertThat(EngineApiPolicy.SameValue.of(json.readTree("null"), null)).isTrue();
  }
}
