package org.coregroup.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FormInput;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.membership.CaseChanges;
import org.coregroup.policy.LocalPolicies;
import org.springframework.stereotype.Component;

/**
 * What a change of the Core Group reads from and writes to the case's running plan, on the
 * product's behalf: the members and named roles as they are now, the membership history the
 * conference chair reads at each review, and what "Brief the new member" shows and when it is due.
 */
@Component
class CoreGroupChangeRecords {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final CaseChanges changes;
  private final LocalPolicies policies;

  CoreGroupChangeRecords(RuntimeService runtime, HistoryService history, IdentityService identity, CaseChanges changes,
      LocalPolicies policies) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.changes = changes;
    this.policies = policies;
  }

  /** The case's running plan; a change of a case whose plan has ended cannot be made. */
  String planId(String caseReference) {
    ProcessInstance plan = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ChildProtectionPlanProcess.KEY).processInstanceBusinessKey(caseReference).active()
        .singleResult());
    if (plan == null) {
      throw new org.coregroup.input.InputRejected(ChangeCoreGroupProcess.CASE_REFERENCE,
          "the plan of case " + caseReference + " has ended: its Core Group can no longer change");
    }
    return plan.getId();
  }

  Object planVariable(String caseReference, String name) {
    String planId = planId(caseReference);
    return AsSystem.call(identity, () -> runtime.getVariable(planId, name));
  }

  /** Adds the change to the plan's membership history and refreshes what the chair reads at the review. */
  void record(String caseReference, MembershipHistory.Change change) {
    String planId = planId(caseReference);
    AsSystem.run(identity, () -> {
      MembershipHistory kept = MembershipHistory.fromJson(runtime.getVariable(planId, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY))
          .add(change);
      runtime.setVariable(planId, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY, SpinValues.jsonValue(kept.toJson()).create());
      runtime.setVariable(planId, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY, kept.summary());
    });
  }

  /**
   * A professional who joins while a meeting's invitations are out is asked to confirm their
   * attendance like the others: one more instance of the meeting's "Confirm attendance" for them
   * (process instance modification of the running multi-instance), marked so that the meeting
   * sends them its invitation. Returns how many meetings.
   */
  int inviteToMeetingsUnderWay(String caseReference, String userId) {
    return AsSystem.call(identity, () -> {
      int invited = 0;
      for (ProcessInstance meeting : runtime.createProcessInstanceQuery().processDefinitionKey(CoreGroupMeetingProcess.KEY)
          .processInstanceBusinessKey(caseReference).active().list()) {
        for (var body : runtime.getActivityInstance(meeting.getId())
            .getActivityInstances(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE + MULTI_INSTANCE_BODY)) {
          runtime.createProcessInstanceModification(meeting.getId())
              .startBeforeActivity(CoreGroupMeetingProcess.TASK_CONFIRM_ATTENDANCE, body.getId())
              .setVariableLocal(CoreGroupMeetingProcess.ATTENDEE, userId)
              .setVariableLocal(CoreGroupMeetingProcess.JOINED_AFTER_INVITATIONS, true)
              .execute();
          invited++;
        }
      }
      return invited;
    });
  }

  /** How the engine names the instance that holds a multi-instance activity's instances. */
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  /** The next meeting's chair when a meeting is under way, else the key worker ([003]: the chair informs the new member). */
  String briefer(String caseReference, String keyWorker) {
    Object chair = meetingVariable(caseReference, CoreGroupMeetingProcess.MEETING_CHAIR);
    return chair instanceof String userId && !userId.isBlank() ? userId : keyWorker;
  }

  /**
   * Before the next meeting: the end of the day the case's policy sets before its date (as
   * scheduled, else as due by the plan; product default the day before); today when that day has
   * passed or is today. {@code change} is the change's process, holding the case's policy.
   */
  Date briefingDue(String caseReference, VariableScope change) {
    int daysBefore = policies.inForce(change).briefingDaysBeforeMeeting();
    LocalDate next = FormInput.toDate(meetingVariable(caseReference, CoreGroupMeetingProcess.MEETING_DATE));
    if (next == null) {
      next = toDay(meetingVariable(caseReference, CoreGroupMeetingProcess.MEETING_DUE));
    }
    if (next == null) {
      next = toDay(planVariable(caseReference, ChildProtectionPlanProcess.NEXT_CORE_GROUP_DUE));
    }
    LocalDate today = EngineClock.today();
    LocalDate due = next == null || !next.minusDays(daysBefore).isAfter(today) ? today : next.minusDays(daysBefore);
    return EngineClock.endOfDay(due);
  }

  /**
   * The case to date, for the new member's briefing: the meetings and conferences held, the
   * categories of abuse, the Core Group's changes, the other processes of the case (concerns,
   * reviews, visits) and the work open now (the meetings' actions among it).
   */
  String caseHistory(String caseReference) {
    String planId = planId(caseReference);
    return AsSystem.call(identity, () -> {
      Map<String, Object> plan = runtime.getVariables(planId, List.of(ChildProtectionPlanProcess.MEETING_HISTORY,
          ChildProtectionPlanProcess.CATEGORY_HISTORY, ChildProtectionPlanProcess.MEMBERSHIP_HISTORY,
          ChildProtectionPlanProcess.ICPC_DATE, ChildProtectionPlanProcess.NEXT_REVIEW_DUE));
      StringBuilder text = new StringBuilder();
      text.append("Plan agreed at the conference on ").append(UkDates.day(FormInput.toDate(plan.get(ChildProtectionPlanProcess.ICPC_DATE))))
          .append("; next review due by ").append(UkDates.day(toDay(plan.get(ChildProtectionPlanProcess.NEXT_REVIEW_DUE)))).append(".");
      text.append("\n\nMeetings:\n").append(MeetingHistory.fromJson(plan.get(ChildProtectionPlanProcess.MEETING_HISTORY)).record());
      text.append("\n\nCategory of abuse: ").append(plan.get(ChildProtectionPlanProcess.CATEGORY_HISTORY));
      text.append("\n\n").append(MembershipHistory.fromJson(plan.get(ChildProtectionPlanProcess.MEMBERSHIP_HISTORY)).summary());
      List<HistoricProcessInstance> others = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list().stream()
          .filter(p -> !List.of(ChildProtectionPlanProcess.KEY, CoreGroupMeetingProcess.KEY, ChangeCoreGroupProcess.KEY)
              .contains(p.getProcessDefinitionKey()))
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
      text.append("\n\nConcerns, reviews and other work on the case:");
      if (others.isEmpty()) {
        text.append("\nNone.");
      }
      for (HistoricProcessInstance p : others) {
        text.append("\n- ").append(p.getProcessDefinitionName() == null ? p.getProcessDefinitionKey() : p.getProcessDefinitionName())
            .append(", ").append(UkDates.day(toDay(p.getStartTime())))
            .append(p.getStartUserId() == null ? "" : ", by " + p.getStartUserId())
            .append(p.getEndTime() == null ? " (open)" : "");
      }
      text.append("\n\nOpen work (the meetings' actions among it):");
      List<Task> open = changes.openTasks(caseReference);
      if (open.isEmpty()) {
        text.append("\nNone.");
      }
      for (Task task : open) {
        text.append("\n- ").append(task.getName()).append(", ").append(task.getAssignee())
            .append(task.getDueDate() == null ? "" : ", due " + UkDates.day(toDay(task.getDueDate())));
      }
      return text.toString();
    });
  }

  private Object meetingVariable(String caseReference, String name) {
    return AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(CoreGroupMeetingProcess.KEY).processInstanceBusinessKey(caseReference).active().list()
        .stream().map(meeting -> runtime.getVariable(meeting.getId(), name)).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null));
  }

  private static LocalDate toDay(Object value) {
    return FormInput.toDate(value);
  }
}
