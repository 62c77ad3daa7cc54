package org.coregroup.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.meeting.CoreGroupMeetingProcess.*;
import static org.coregroup.testing.Dates.today;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Cases;

/** Quorum counts professionals from agencies other than children's social care (R15). */
@CoreGroupTest
class QuorumTest {

  /** Two health professionals and a teacher: two other agencies. */
  static final String MEMBERS = """
      [{"name": "Helen Health", "role": "Health visitor", "agency": "health", "userId": "helen.health"},
       {"name": "Gill Doctor", "role": "GP", "agency": "health"},
       {"name": "Eddie School", "role": "Class teacher", "agency": "education", "userId": "eddie.school"},
       {"name": "Jo Parent", "role": "Mother", "agency": "family"}]""";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  @Test
  @DisplayName("R15 brent [004 3.10]: two health professionals present, the teacher absent: two professionals, quorate, the meeting goes ahead")
  void brentCountsProfessionalsNotAgencies() {
    ProcessInstance meeting = meeting("brent");
    forms.submitTaskForm(Cases.openTask(tasks, meeting.getBusinessKey(), TASK_RECORD_MEETING).getId(),
        record(Map.of("Eddie School", ABSENT)));
    assertThat(meeting).isEnded().hasPassed(END_EVENT).variables().containsEntry(MEETING_WENT_AHEAD, true)
        .containsEntry(OTHER_PROFESSIONALS_PRESENT, 2);
  }

  @Test
  @DisplayName("R15 brent [004 3.10]: one professional present of two other agencies involved: not quorate")
  void brentOneProfessionalNotQuorate() {
    ProcessInstance meeting = meeting("brent");
    forms.submitTaskForm(Cases.openTask(tasks, meeting.getBusinessKey(), TASK_RECORD_MEETING).getId(),
        record(Map.of("Eddie School", ABSENT, "Gill Doctor", ABSENT)));
    assertThat(meeting).isEnded().hasPassed(END_EVENT_NOT_HELD).variables().containsEntry(MEETING_WENT_AHEAD, false);
  }

  @Test
  @DisplayName("R15 [000]: other profiles set no number: nobody from another agency there, the meeting still goes ahead unless the chair decides too few")
  void otherProfilesGoAhead() {
    ProcessInstance meeting = meeting("bedfordshire");
    forms.submitTaskForm(Cases.openTask(tasks, meeting.getBusinessKey(), TASK_RECORD_MEETING).getId(),
        record(Map.of("Eddie School", ABSENT, "Gill Doctor", ABSENT, "Helen Health", ABSENT)));
    assertThat(meeting).isEnded().hasPassed(END_EVENT).variables().containsEntry(MEETING_WENT_AHEAD, true);
  }

  private ProcessInstance meeting(String policy) {
    today("2025-04-10");
    String ref = Cases.newReference();
    Map<String, Object> vars = CoreGroupMeetingProcessTest.meetingVariables(ref, policy, "2025-04-17");
    vars.put(CORE_GROUP_MEMBERS, SpinValues.jsonValue(MEMBERS).create());
    ProcessInstance meeting = runtime.startProcessInstanceByKey(KEY, ref, vars);
    today("2025-04-17");
    return meeting;
  }

  private static Map<String, Object> record(Map<String, String> except) {
    Map<String, Object> record = MeetingRecords.held("2025-04-17", "2025-04-24");
    StringBuilder json = new StringBuilder("[");
    String[][] members = {{"Helen Health", "health"}, {"Gill Doctor", "health"}, {"Eddie School", "education"},
        {"Jo Parent", "family"}};
    for (String[] m : members) {
      json.append(json.length() > 1 ? "," : "").append("{\"name\":\"").append(m[0]).append("\",\"agency\":\"").append(m[1])
          .append("\",\"status\":\"").append(except.getOrDefault(m[0], PRESENT)).append("\"}");
    }
    record.put(ATTENDANCE, SpinValues.jsonValue(json.append(']').toString()).create());
    return record;
  }
}
