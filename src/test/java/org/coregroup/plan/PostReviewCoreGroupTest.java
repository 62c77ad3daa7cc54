package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * brent [004 3.9] "The Child Protection Conference Chair will set a date for the Core Group to meet
 * within 10 days of each RCPC": the chair sets it on the review's form, counted from the day the
 * review was held, and the meeting waiting moves to it. Other profiles are not asked.
 */
@CoreGroupTest
class PostReviewCoreGroupTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  /**
   * A brent plan (ICPC Wednesday 17 December 2025, first review due Tuesday 17 March 2026) whose
   * core group met before the review (Tuesday 3 March, two weeks before) and agreed Tuesday 24
   * March for the meeting after it.
   */
  String brentCaseAtItsReview() {
    today("2025-12-17");
    String ref = Cases.newReference();
    runtime.startProcessInstanceByKey(KEY, ref, new HashMap<>(plan("brent", "2025-12-17")));
    record(ref, "2025-12-30", "2026-02-10");
    record(ref, "2026-02-10", "2026-03-03");
    today("2026-03-03");
    Map<String, Object> beforeReview = MeetingRecords.held("2026-03-03", "2026-03-24");
    beforeReview.put(CoreGroupMeetingProcess.REVIEW_SHARED, "The school's attendance figures; the health visitor's report");
    beforeReview.put(CoreGroupMeetingProcess.REVIEW_RECOMMENDATION, "The plan continues");
    forms.submitTaskForm(meetingTask(ref).getId(), beforeReview);
    assertThat(meetingDate(ref)).isEqualTo("2026-03-24");
    return ref;
  }

  @Test
  @DisplayName("R10 brent [004 3.9]: the chair sets the next core group's date at the review, counted from the day held: a review held 3 days late allows 10 days after that day; the meeting moves to it, without the notice a move needs, and its due dates follow")
  void chairSetsDateCountedFromTheDayHeld() {
    String ref = brentCaseAtItsReview();
    today("2026-03-20");
    Task review = reviewTask(ref);
    assertThat(tasks.getVariable(review.getId(), ASK_POST_REVIEW_MEETING_DATE)).isEqualTo(true);

    // held on Friday 20 March, three days after it was due: the 10 days run to Monday 30 March,
    // past the 27 March that counting from the due date would give
    forms.submitTaskForm(review.getId(), continues("2026-03-20", "2026-03-30"));

    assertThat(meetingDate(ref)).isEqualTo("2026-03-30");
    String meeting = meetingInstance(ref);
    assertThat(runtime.getVariable(meeting, CoreGroupMeetingProcess.MEETING_SEQUENCE)).isEqualTo(1);
    assertThat(runtime.getVariable(meeting, CoreGroupMeetingProcess.MEETING_START_TIME)).isEqualTo("14:00");
    assertThat(meetingTask(ref)).hasDueDate(endOf("2026-03-30"));
    assertThat(runtime.getVariable(planInstance(ref), NEXT_CORE_GROUP_DUE)).isEqualTo(endOf("2026-03-30"));
    assertThat(reviewTask(ref)).hasDueDate(endOf("2026-09-20"));
  }

  @Test
  @DisplayName("R10 brent [004 3.9]: a date more than 10 days after the day held, before it, or none when the plan continues is refused naming the field, and nothing is kept; a plan that ends is not asked")
  void dateTooLateOrMissingRefused() {
    String ref = brentCaseAtItsReview();
    today("2026-03-20");
    String review = reviewTask(ref).getId();

    var late = rejectedNaming(POST_REVIEW_MEETING_DATE,
        () -> forms.submitTaskForm(review, continues("2026-03-20", "2026-03-31")));
    assertThat(late.getMessage()).contains("within 10 days", "Monday 30 March 2026", "Tuesday 31 March 2026");
    rejectedNaming(POST_REVIEW_MEETING_DATE, () -> forms.submitTaskForm(review, continues("2026-03-20", "2026-03-19")));
    Map<String, Object> none = continues("2026-03-20", "2026-03-30");
    none.remove(POST_REVIEW_MEETING_DATE);
    rejectedNaming(POST_REVIEW_MEETING_DATE, () -> forms.submitTaskForm(review, none));

    assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
    assertThat(meetingDate(ref)).isEqualTo("2026-03-24");
    assertThat(runtime.getVariable(planInstance(ref), REVIEW_NUMBER)).isEqualTo(1);

    forms.submitTaskForm(review, Map.of(REVIEW_HELD_ON, "2026-03-20", PLAN_CONTINUES, "false",
        END_REASON, "no-longer-at-risk"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(planInstance(ref)).singleResult())
        .isWaitingAt(TASK_RECORD_EXIT_PLAN);
  }

  @Test
  @DisplayName("R10 brent [004 3.9]: the meeting before the review is still to be recorded at the review: the chair's date is kept and becomes the date of the meeting after it, whatever that record agrees")
  void meetingBeforeTheReviewStillToBeRecorded() {
    today("2025-12-17");
    String ref = Cases.newReference();
    runtime.startProcessInstanceByKey(KEY, ref, new HashMap<>(plan("brent", "2025-12-17")));
    record(ref, "2025-12-30", "2026-02-10");
    record(ref, "2026-02-10", "2026-03-03");
    today("2026-03-20");
    forms.submitTaskForm(reviewTask(ref).getId(), continues("2026-03-20", "2026-03-30"));
    assertThat(meetingDate(ref)).isEqualTo("2026-03-03");

    Map<String, Object> beforeReview = MeetingRecords.held("2026-03-03", "2026-03-24");
    beforeReview.put(CoreGroupMeetingProcess.REVIEW_SHARED, "The school's attendance figures");
    beforeReview.put(CoreGroupMeetingProcess.REVIEW_RECOMMENDATION, "The plan continues");
    forms.submitTaskForm(meetingTask(ref).getId(), beforeReview);

    assertThat(meetingDate(ref)).isEqualTo("2026-03-30");
    assertThat(runtime.getVariable(meetingInstance(ref), CoreGroupMeetingProcess.MEETING_START_TIME)).isEqualTo("14:00");
    assertThat(meetingTask(ref)).hasDueDate(endOf("2026-03-30"));
  }

  @Test
  @DisplayName("R10: elsewhere the core group agrees its own dates: the review form does not ask, a date sent is refused, and the meeting keeps the date agreed")
  void otherProfilesNotAsked() {
    today("2025-12-15");
    String ref = Cases.newReference();
    runtime.startProcessInstanceByKey(KEY, ref, new HashMap<>(plan("national", "2025-12-15")));
    record(ref, "2025-12-30", "2026-02-10");
    today("2026-02-05");
    String review = reviewTask(ref).getId();
    assertThat(tasks.getVariable(review, ASK_POST_REVIEW_MEETING_DATE)).isEqualTo(false);

    rejectedNaming(POST_REVIEW_MEETING_DATE, () -> forms.submitTaskForm(review, continues("2026-02-05", "2026-02-12")));
    forms.submitTaskForm(review, Map.of(REVIEW_HELD_ON, "2026-02-05", PLAN_CONTINUES, "true"));
    assertThat(meetingDate(ref)).isEqualTo("2026-02-10");
    assertThat(runtime.getVariable(meetingInstance(ref), CoreGroupMeetingProcess.MEETING_SEQUENCE)).isEqualTo(0);
  }

  static Map<String, Object> continues(String heldOn, String nextCoreGroup) {
    Map<String, Object> outcome = new HashMap<>();
    outcome.put(REVIEW_HELD_ON, heldOn);
    outcome.put(PLAN_CONTINUES, "true");
    outcome.put(POST_REVIEW_MEETING_DATE, nextCoreGroup);
    outcome.put(POST_REVIEW_MEETING_TIME, "14:00");
    return outcome;
  }

  void record(String ref, String heldOn, String next) {
    today(heldOn);
    forms.submitTaskForm(meetingTask(ref).getId(), MeetingRecords.held(heldOn, next));
  }

  Task meetingTask(String ref) {
    return Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING);
  }

  Task reviewTask(String ref) {
    return Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE);
  }

  String meetingInstance(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
        .processInstanceBusinessKey(ref).singleResult().getId();
  }

  String planInstance(String ref) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .singleResult().getId();
  }

  String meetingDate(String ref) {
    return String.valueOf(runtime.getVariable(meetingInstance(ref), CoreGroupMeetingProcess.MEETING_DATE));
  }
}
