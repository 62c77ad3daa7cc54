package org.coregroup.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.meeting.CoreGroupMeetingProcess.ATTENDING;
import static org.coregroup.meeting.CoreGroupMeetingProcess.KEY;
import static org.coregroup.meeting.CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE;
import static org.coregroup.testing.Dates.today;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a case's history of changes keeps, and the rows it leaves out because they record nothing (ADR 0034). */
@CoreGroupTest
class HistoryWithoutEmptyDetailTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;

  @Test
  @DisplayName("Audit, R13: a member's answer is in the history of changes with its time; the empty answers made for each invitation and the engine's counters are not, and every variable keeps its row")
  void answersKeptEmptyPlaceholdersAndCountersLeftOut() {
    String meeting = aMeeting();
    Task helens = tasks.createTaskQuery().processInstanceId(meeting).taskDefinitionKey(TASK_CONFIRM_ATTENDANCE)
        .taskAssignee("helen.health").singleResult();
    forms.submitTaskForm(helens.getId(), Map.of(ATTENDING, "true"));

    List<HistoricVariableUpdate> changes = changes(meeting);
    assertThat(changes).as("Helen's answer, recorded as she gave it")
        .anyMatch(c -> c.getVariableName().equals(ATTENDING) && "true".equals(String.valueOf(c.getValue()))
            && c.getTime() != null);
    assertThat(changes).as("empty answers made for the invitations")
        .noneMatch(c -> c.getValue() == null && c.getRevision() == 0);
    assertThat(changes).as("the engine's counters of the invitations")
        .noneMatch(c -> HistoryWithoutEmptyDetail.ENGINE_COUNTERS.contains(c.getVariableName()));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(meeting).variableName("apologies").count())
        .as("each invitation's apologies, still in the history of variables").isGreaterThan(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(meeting).variableName("loopCounter").count())
        .isGreaterThan(1);
  }

  @Test
  @DisplayName("Audit: a value emptied after it was given is a change the history keeps")
  void aValueEmptiedLaterIsKept() {
    String meeting = aMeeting();
    runtime.setVariable(meeting, "meetingNote", "Bring the school report");
    runtime.setVariable(meeting, "meetingNote", null);

    assertThat(changes(meeting).stream().filter(c -> c.getVariableName().equals("meetingNote")).map(c -> String.valueOf(c.getValue())))
        .containsExactly("Bring the school report", "null");
  }

  /** A core group meeting of a new case, its invitations out to the members. */
  private String aMeeting() {
    today("2025-04-10");
    String ref = Cases.newReference();
    return runtime.startProcessInstanceByKey(KEY, ref, MeetingRecords.meetingVariables(ref, "national", "2025-04-17"))
        .getId();
  }

  private List<HistoricVariableUpdate> changes(String processInstanceId) {
    return history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricDetail.class::cast)
        .map(HistoricVariableUpdate.class::cast).toList();
  }
}
