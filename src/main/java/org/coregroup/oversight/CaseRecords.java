package org.coregroup.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.coregroup.calendar.UkDates;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.escalation.ProfessionalDifferencesProcess;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.FieldLabels;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.json.Json;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.notification.People;
import org.coregroup.delivery.UndeliveredEmailProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.springframework.stereotype.Service;

/**
 * Reads one case's history from the engine's history (history level full), by the names in the
 * processes' contracts, on the product's behalf: only for a case the caller has already been
 * found to oversee ({@link OversightCases}, membership's {@code CaseLookup}). What is read is
 * what the processes recorded for the chair and the key worker - the plan's meeting history and
 * review texts, each meeting's attendance, replies and briefing, the follow-up's minutes and
 * actions, the monitoring's visits and clocks, concerns and escalations - turned into a
 * {@link CaseHistory}.
 */
@Service
class CaseRecords {

  static final String COMPLETED = "completed";

  private final HistoryService history;
  private final IdentityService identity;
  private final People people;

  CaseRecords(HistoryService history, IdentityService identity, People people) {
    this.history = history;
    this.identity = identity;
    this.people = people;
  }

  /** The case's history; {@code file} is a case the caller oversees. */
  CaseHistory read(CaseFile file) {
    return AsSystem.call(identity, () -> new Reading(file).read());
  }

  /**
   * The transfer record of a case (ADR 0036): its history as {@link #read} has it, with the plan's
   * children, people and transfer from {@code plan}, the plan's variables as they stand (in the
   * listener of "Transfer the plan", with what the key worker has just sent), and what each core
   * group meeting decided.
   */
  TransferRecord.Contents transfer(CaseFile file, Map<String, Object> plan, LocalDate today) {
    return AsSystem.call(identity, () -> {
      Reading reading = new Reading(file);
      CaseHistory history = reading.read();
      return new TransferRecord.Contents(file.caseReference(), children(plan), date(plan.get(ChildProtectionPlanProcess.ICPC_DATE)),
          text(plan.get(ChildProtectionPlanProcess.PREVIOUS_AUTHORITY)), date(plan.get(ChildProtectionPlanProcess.PREVIOUS_PLAN_START_DATE)),
          contacts(plan), members(plan), text(plan.get(ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY)), reading.decisions(),
          history, date(plan.get(ChildProtectionPlanProcess.NEXT_CORE_GROUP_DUE)), date(plan.get(ChildProtectionPlanProcess.NEXT_REVIEW_DUE)),
          new TransferRecord.Transfer(text(plan.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY)),
              text(plan.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY_CODE)),
              text(plan.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY_ELSEWHERE_REASON)),
              text(plan.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY_CONTACT)),
              date(plan.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY_TOLD_ON)),
              text(plan.get(ChildProtectionPlanProcess.TRANSFER_RECORDS_SENT))), today);
    });
  }

  private static List<TransferRecord.Child> children(Map<String, Object> plan) {
    List<TransferRecord.Child> children = new ArrayList<>();
    for (Map<String, Object> row : rows(plan.get(ChildProtectionPlanProcess.CHILDREN))) {
      List<TransferRecord.Category> categories = new ArrayList<>();
      for (Map<String, Object> c : rows(row.get(ChildProtectionPlanProcess.CATEGORY_HISTORY))) {
        categories.add(new TransferRecord.Category(FieldLabels.choice(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE,
            text(c.get(ChildProtectionPlanProcess.CATEGORY_HISTORY_CATEGORY))), date(c.get(ChildProtectionPlanProcess.CATEGORY_HISTORY_FROM))));
      }
      children.add(new TransferRecord.Child(text(row.get(ChildProtectionPlanProcess.CHILD_NAME)),
          date(row.get(ChildProtectionPlanProcess.CHILD_BIRTH_DATE)), date(row.get(ChildProtectionPlanProcess.EXPECTED_BIRTH_DATE)),
          categories, date(row.get(ChildProtectionPlanProcess.PLAN_END_DATE))));
    }
    if (children.isEmpty()) {
      children.add(new TransferRecord.Child(text(plan.get(ChildProtectionPlanProcess.CHILD_NAME)),
          date(plan.get(ChildProtectionPlanProcess.CHILD_BIRTH_DATE)), date(plan.get(ChildProtectionPlanProcess.EXPECTED_BIRTH_DATE)),
          List.of(new TransferRecord.Category(
              FieldLabels.choice(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE, text(plan.get(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE))),
              date(plan.get(ChildProtectionPlanProcess.ICPC_DATE)))), null));
    }
    return children;
  }

  private List<TransferRecord.Contact> contacts(Map<String, Object> plan) {
    List<TransferRecord.Contact> contacts = new ArrayList<>();
    for (String[] role : new String[][] {{ChildProtectionPlanProcess.KEY_WORKER, "Key worker"},
        {ChildProtectionPlanProcess.TEAM_MANAGER, "Team manager"}, {ChildProtectionPlanProcess.CONFERENCE_CHAIR, "Conference chair"}}) {
      String login = text(plan.get(role[0]));
      if (login != null) {
        var person = people.user(login);
        contacts.add(new TransferRecord.Contact(role[1], person.name(), person.email()));
      }
    }
    return contacts;
  }

  private static List<TransferRecord.Member> members(Map<String, Object> plan) {
    List<TransferRecord.Member> members = new ArrayList<>();
    for (CoreGroupMember m : CoreGroup.fromVariable(plan.get(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS)).members()) {
      members.add(new TransferRecord.Member(m.name(), m.role(), m.agency(), m.email()));
    }
    return members;
  }

  /** One case's processes, their variables and tasks, read once. */
  private final class Reading {

    final CaseFile file;
    final Map<String, List<HistoricProcessInstance>> byKey = new HashMap<>();
    final Map<String, Map<String, Object>> variables = new HashMap<>();
    final Map<String, List<HistoricVariableInstance>> allVariables = new HashMap<>();
    final Map<String, List<HistoricTaskInstance>> tasks = new HashMap<>();

    Reading(CaseFile file) {
      this.file = file;
    }

    CaseHistory read() {
      String reference = file.caseReference();
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(reference).list().stream()
          .filter(p -> !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(p.getState()))
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
      instances.forEach(p -> byKey.computeIfAbsent(p.getProcessDefinitionKey(), k -> new ArrayList<>()).add(p));
      if (!instances.isEmpty()) {
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
            .disableBinaryFetching().list()) {
          allVariables.computeIfAbsent(v.getProcessInstanceId(), id -> new ArrayList<>()).add(v);
          if (Objects.equals(v.getExecutionId(), v.getProcessInstanceId()) && v.getValue() != null) {
            variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
          }
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list()) {
          tasks.computeIfAbsent(t.getProcessInstanceId(), id -> new ArrayList<>()).add(t);
        }
      }
      return new CaseHistory(reference, file.childName(), file.icpcDate(), file.localPolicy(), plan(), meetings(), minutes(),
          visits(), childSeen(), concerns(), escalations());
    }

    List<HistoricProcessInstance> instances(String key) {
      return byKey.getOrDefault(key, List.of());
    }

    Map<String, Object> vars(HistoricProcessInstance instance) {
      return variables.getOrDefault(instance.getId(), Map.of());
    }

    List<HistoricTaskInstance> tasks(HistoricProcessInstance instance, String taskDefinitionKey) {
      return tasks.getOrDefault(instance.getId(), List.of()).stream()
          .filter(t -> taskDefinitionKey.equals(t.getTaskDefinitionKey()))
          .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)).toList();
    }

    CaseHistory.Plan plan() {
      HistoricProcessInstance plan = instances(ChildProtectionPlanProcess.KEY).stream()
          .filter(p -> p.getEndTime() == null).findFirst()
          .orElse(instances(ChildProtectionPlanProcess.KEY).stream().reduce((first, later) -> later).orElse(null));
      Map<String, Object> vars = plan == null ? Map.of() : vars(plan);
      Map<String, Object> history = JsonLists.readObject(vars.get(ChildProtectionPlanProcess.MEETING_HISTORY));
      List<CaseHistory.HeldMeeting> held = new ArrayList<>();
      for (Map<String, Object> m : rows(history.get(ChildProtectionPlanProcess.HISTORY_MEETINGS))) {
        LocalDate heldOn = date(m.get(ChildProtectionPlanProcess.HISTORY_HELD_ON));
        if (heldOn != null) {
          held.add(new CaseHistory.HeldMeeting(number(m.get(ChildProtectionPlanProcess.HISTORY_NUMBER)), heldOn,
              date(m.get(ChildProtectionPlanProcess.HISTORY_DUE_BY)), text(m.get(ChildProtectionPlanProcess.HISTORY_LATE_REASON))));
        }
      }
      List<CaseHistory.Conference> conferences = new ArrayList<>();
      for (Map<String, Object> c : rows(history.get(ChildProtectionPlanProcess.HISTORY_CONFERENCES))) {
        LocalDate heldOn = date(c.get(ChildProtectionPlanProcess.HISTORY_HELD_ON));
        if (heldOn != null) {
          conferences.add(new CaseHistory.Conference(number(c.get(ChildProtectionPlanProcess.HISTORY_NUMBER)), heldOn,
              date(c.get(ChildProtectionPlanProcess.HISTORY_DUE_BY))));
        }
      }
      List<CaseHistory.NotHeld> notHeld = new ArrayList<>();
      for (Map<String, Object> n : rows(history.get(ChildProtectionPlanProcess.HISTORY_NOT_HELD))) {
        notHeld.add(new CaseHistory.NotHeld(date(n.get(ChildProtectionPlanProcess.HISTORY_NOT_HELD_ON)),
            text(n.get(ChildProtectionPlanProcess.HISTORY_NOT_HELD_REASON))));
      }
      // ADR 0033: a plan runs on after its case closed while a child's own step-down is still to be held
      boolean open = plan != null && plan.getEndTime() == null && vars.get(ChildProtectionPlanProcess.CASE_CLOSED_ON) == null;
      return new CaseHistory.Plan(date(vars.get(ChildProtectionPlanProcess.FIRST_CORE_GROUP_DUE)),
          open ? date(vars.get(ChildProtectionPlanProcess.NEXT_CORE_GROUP_DUE)) : null,
          vars.get(ChildProtectionPlanProcess.MEETING_NUMBER) == null ? held.size() + 1 : number(vars.get(ChildProtectionPlanProcess.MEETING_NUMBER)),
          open ? date(vars.get(ChildProtectionPlanProcess.NEXT_REVIEW_DUE)) : null, held, conferences, notHeld,
          text(vars.get(ChildProtectionPlanProcess.MEETING_HISTORY_SUMMARY)), text(vars.get(ChildProtectionPlanProcess.MEMBERSHIP_HISTORY_SUMMARY)),
          open || plan == null ? null : plan.getEndTime() == null ? date(vars.get(ChildProtectionPlanProcess.CASE_CLOSED_ON))
              : UkDates.dayOf(plan.getEndTime()), transfer(vars));
    }

    /** ADR 0036: the transfer to another area, once the receiving authority was told; null before. */
    CaseHistory.Transfer transfer(Map<String, Object> vars) {
      String authority = text(vars.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY));
      LocalDate toldOn = date(vars.get(ChildProtectionPlanProcess.RECEIVING_AUTHORITY_TOLD_ON));
      if (authority == null || toldOn == null) {
        return null;
      }
      List<CaseHistory.RecordSent> sent = new ArrayList<>();
      for (Map<String, Object> row : rows(vars.get(ChildProtectionPlanProcess.TRANSFER_RECORD_LOG))) {
        String at = text(row.get(ChildProtectionPlanProcess.TRANSFER_RECORD_AT));
        String by = text(row.get(ChildProtectionPlanProcess.TRANSFER_RECORD_BY));
        sent.add(new CaseHistory.RecordSent(at == null ? null : java.time.Instant.parse(at),
            text(row.get(ChildProtectionPlanProcess.TRANSFER_RECORD_TO_EMAIL)), by == null ? null : person(by),
            text(row.get(ChildProtectionPlanProcess.TRANSFER_RECORD_HOW))));
      }
      return new CaseHistory.Transfer(authority, toldOn, text(vars.get(ChildProtectionPlanProcess.TRANSFER_RECORDS_SENT)), sent,
          date(vars.get(ChildProtectionPlanProcess.TRANSFER_IN_CONFERENCE_ON)));
    }

    List<CaseHistory.Meeting> meetings() {
      List<CaseHistory.Meeting> meetings = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(CoreGroupMeetingProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        LocalDate heldOn = date(vars.get(CoreGroupMeetingProcess.MEETING_HELD_ON));
        if (heldOn == null) {
          continue;
        }
        List<CaseHistory.Attendance> attendance = new ArrayList<>();
        for (Map<String, Object> row : rows(vars.get(CoreGroupMeetingProcess.ATTENDANCE))) {
          attendance.add(new CaseHistory.Attendance(text(row.get(CoreGroupMeetingProcess.ATTENDANCE_NAME)),
              text(row.get(CoreGroupMeetingProcess.ATTENDANCE_AGENCY)), text(row.get(CoreGroupMeetingProcess.ATTENDANCE_STATUS)),
              text(row.get(CoreGroupMeetingProcess.ATTENDANCE_NOTE))));
        }
        CoreGroup group = CoreGroup.fromVariable(vars.get(CoreGroupMeetingProcess.CORE_GROUP_MEMBERS));
        List<CaseHistory.Reply> replies = new ArrayList<>();
        JsonLists.readObject(vars.get(CoreGroupMeetingProcess.ATTENDANCE_REPLIES)).forEach((userId, value) -> {
          if (value instanceof Map<?, ?> reply) {
            CoreGroupMember member = group.withLogin().stream().filter(m -> userId.equals(m.userId())).findFirst().orElse(null);
            replies.add(new CaseHistory.Reply(member == null ? people.user(userId).name() : member.name(),
                member == null ? null : member.agency(), Boolean.TRUE.equals(reply.get(CoreGroupMeetingProcess.ATTENDING)),
                text(reply.get(CoreGroupMeetingProcess.APOLOGIES)), text(reply.get(CoreGroupMeetingProcess.REPRESENTATIVE)),
                text(reply.get(CoreGroupMeetingProcess.REPORT)) != null));
          }
        });
        Object wentAhead = vars.get(CoreGroupMeetingProcess.MEETING_WENT_AHEAD);
        meetings.add(new CaseHistory.Meeting(vars.get(CoreGroupMeetingProcess.MEETING_NUMBER) == null ? 0
            : number(vars.get(CoreGroupMeetingProcess.MEETING_NUMBER)), heldOn, !Boolean.FALSE.equals(wentAhead),
            text(vars.get(CoreGroupMeetingProcess.NOT_HELD_REASON)), attendance, replies,
            text(vars.get(CoreGroupMeetingProcess.MEETING_BRIEFING))));
      }
      meetings.sort(Comparator.comparing(CaseHistory.Meeting::heldOn));
      return meetings;
    }

    /** What each core group meeting recorded as held decided (R19, R20, R28), oldest first. */
    List<TransferRecord.Decision> decisions() {
      List<TransferRecord.Decision> decisions = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(CoreGroupMeetingProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        LocalDate heldOn = date(vars.get(CoreGroupMeetingProcess.MEETING_HELD_ON));
        if (heldOn == null) {
          continue;
        }
        List<String> present = new ArrayList<>();
        for (Map<String, Object> row : rows(vars.get(CoreGroupMeetingProcess.ATTENDANCE))) {
          String status = text(row.get(CoreGroupMeetingProcess.ATTENDANCE_STATUS));
          if (CoreGroupMeetingProcess.PRESENT.equals(status) || CoreGroupMeetingProcess.SENT_REPRESENTATIVE.equals(status)) {
            String agency = text(row.get(CoreGroupMeetingProcess.ATTENDANCE_AGENCY));
            present.add(text(row.get(CoreGroupMeetingProcess.ATTENDANCE_NAME)) + (agency == null ? "" : " (" + Agencies.name(agency) + ")")
                + (CoreGroupMeetingProcess.SENT_REPRESENTATIVE.equals(status) ? ", by a representative" : ""));
          }
        }
        String progress = text(vars.get(CoreGroupMeetingProcess.PLAN_PROGRESS));
        decisions.add(new TransferRecord.Decision(vars.get(CoreGroupMeetingProcess.MEETING_NUMBER) == null ? 0
            : number(vars.get(CoreGroupMeetingProcess.MEETING_NUMBER)), heldOn,
            !Boolean.FALSE.equals(vars.get(CoreGroupMeetingProcess.MEETING_WENT_AHEAD)), text(vars.get(CoreGroupMeetingProcess.NOT_HELD_REASON)),
            progress == null ? null : FieldLabels.choice(CoreGroupMeetingProcess.PLAN_PROGRESS, progress),
            text(vars.get(CoreGroupMeetingProcess.WORRIES)), text(vars.get(CoreGroupMeetingProcess.WORKING_WELL)),
            text(vars.get(CoreGroupMeetingProcess.NEEDS_TO_HAPPEN)), text(vars.get(CoreGroupMeetingProcess.SAFETY_SCALE)),
            present.isEmpty() ? null : String.join("; ", present)));
      }
      decisions.sort(Comparator.comparing(TransferRecord.Decision::heldOn));
      return decisions;
    }

    List<CaseHistory.Minutes> minutes() {
      List<CaseHistory.Minutes> minutes = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(CoreGroupFollowUpProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        LocalDate sentOn = tasks(instance, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES).stream()
            .filter(t -> COMPLETED.equals(t.getDeleteReason())).map(t -> day(t.getEndTime())).findFirst().orElse(null);
        Map<String, Map<String, Object>> done = new HashMap<>();
        for (Map<String, Object> row : rows(vars.get(CoreGroupFollowUpProcess.ACTIONS_DONE))) {
          done.put(text(row.get(CoreGroupFollowUpProcess.ACTION_NUMBER)), row);
        }
        List<CaseHistory.Action> actions = new ArrayList<>();
        List<Map<String, Object>> agreed = rows(vars.get(CoreGroupMeetingProcess.ACTIONS));
        for (int i = 0; i < agreed.size(); i++) {
          Map<String, Object> row = agreed.get(i);
          Map<String, Object> doneRow = done.get(Integer.toString(i + 1));
          actions.add(new CaseHistory.Action(text(row.get(CoreGroupMeetingProcess.ACTION_WHAT)),
              text(row.get(CoreGroupMeetingProcess.ACTION_OWNER)), date(row.get(CoreGroupMeetingProcess.ACTION_DEADLINE)),
              doneRow == null ? null : date(doneRow.get(CoreGroupFollowUpProcess.ACTION_DONE_ON)),
              doneRow == null ? null : text(doneRow.get(CoreGroupFollowUpProcess.ACTION_DONE))));
        }
        minutes.add(new CaseHistory.Minutes(date(vars.get(CoreGroupMeetingProcess.MEETING_HELD_ON)),
            date(vars.get(CoreGroupFollowUpProcess.MINUTES_DUE)), sentOn, actions));
      }
      minutes.sort(Comparator.comparing(CaseHistory.Minutes::meetingOn, Comparator.nullsFirst(Comparator.naturalOrder())));
      return minutes;
    }

    /**
     * The case's visits (R26), each once. Brothers and sisters on one plan (ADR 0033) each keep the
     * family's visit in their own monitoring, saying whether it saw them: the same visit is, in
     * each child's monitoring of the plan, the first (second, ...) visit alike in day, visitor,
     * agency, notes and who recorded it; the children it saw are named, in the plan's order.
     */
    List<CaseHistory.Visit> visits() {
      Map<String, Long> childrenPerPlan = new HashMap<>();
      instances(CaseMonitoringProcess.KEY).forEach(m -> childrenPerPlan.merge(String.valueOf(m.getSuperProcessInstanceId()), 1L, Long::sum));
      Map<String, FamilyVisit> byVisit = new java.util.LinkedHashMap<>();
      for (HistoricProcessInstance instance : instances(CaseMonitoringProcess.KEY)) {
        String plan = String.valueOf(instance.getSuperProcessInstanceId());
        boolean siblings = childrenPerPlan.get(plan) > 1;
        Map<String, Object> monitoring = vars(instance);
        String child = text(monitoring.get(CaseMonitoringProcess.CHILD_NAME));
        Object number = monitoring.get(CaseMonitoringProcess.CHILD_NUMBER);
        int childNumber = number instanceof Number n ? n.intValue() : 1;
        Map<String, Integer> alike = new HashMap<>();
        for (Map<String, Object> v : rows(monitoring.get(CaseMonitoringProcess.VISITS))) {
          String key = String.join("|", plan, text(v.get(CaseMonitoringProcess.VISIT_DATE)), text(v.get(CaseMonitoringProcess.VISITED_BY)),
              text(v.get(CaseMonitoringProcess.VISITOR_AGENCY)), text(v.get(CaseMonitoringProcess.VISIT_NOTES)),
              text(v.get(CaseMonitoringProcess.RECORDED_BY)), text(v.get(CaseMonitoringProcess.BEDROOM_SEEN)));
          // without brothers or sisters every visit is its own
          String visitKey = siblings ? key + "|" + alike.merge(key, 1, Integer::sum) : instance.getId() + "|" + byVisit.size();
          FamilyVisit visit = byVisit.computeIfAbsent(visitKey, k -> new FamilyVisit(v, siblings));
          if (Boolean.TRUE.equals(v.get(CaseMonitoringProcess.CHILD_SEEN))) {
            visit.seen.put(childNumber, child == null ? "" : child);
          }
          if (Boolean.TRUE.equals(v.get(CaseMonitoringProcess.SEEN_ALONE))) {
            visit.alone.put(childNumber, child == null ? "" : child);
          }
        }
      }
      List<CaseHistory.Visit> visits = new ArrayList<>();
      for (FamilyVisit v : byVisit.values()) {
        String by = text(v.row.get(CaseMonitoringProcess.VISITED_BY));
        visits.add(new CaseHistory.Visit(date(v.row.get(CaseMonitoringProcess.VISIT_DATE)), by == null ? null : person(by),
            text(v.row.get(CaseMonitoringProcess.VISITOR_AGENCY)), !v.seen.isEmpty(), !v.alone.isEmpty(),
            v.siblings ? List.copyOf(v.seen.values()) : List.of(), v.siblings ? List.copyOf(v.alone.values()) : List.of(), v.siblings));
      }
      visits.sort(Comparator.comparing(CaseHistory.Visit::on, Comparator.nullsFirst(Comparator.naturalOrder())));
      return visits;
    }

    /** One visit as the children's monitorings kept it, and the children it saw, by their number on the plan. */
    private static final class FamilyVisit {
      final Map<String, Object> row;
      final boolean siblings;
      final Map<Integer, String> seen = new java.util.TreeMap<>();
      final Map<Integer, String> alone = new java.util.TreeMap<>();

      FamilyVisit(Map<String, Object> row, boolean siblings) {
        this.row = row;
        this.siblings = siblings;
      }
    }

    /** A login as the person's name; a name typed for someone without a login as it is. */
    String person(String loginOrName) {
      return people.user(loginOrName).name();
    }

    /**
     * The periods of the child-seen clocks (R24, R25): each run of a clock's sub-process is a
     * period; one in which "See the child" was created ran out, one that ended before the
     * monitoring did was met by a visit.
     */
    List<CaseHistory.ChildSeen> childSeen() {
      List<CaseHistory.ChildSeen> periods = new ArrayList<>();
      Map<String, Long> childrenPerPlan = new HashMap<>();
      instances(CaseMonitoringProcess.KEY).forEach(m -> childrenPerPlan.merge(String.valueOf(m.getSuperProcessInstanceId()), 1L, Long::sum));
      Map<CaseHistory.ChildSeen, Integer> childNumbers = new HashMap<>();
      for (HistoricProcessInstance instance : instances(CaseMonitoringProcess.KEY)) {
        // brothers and sisters (ADR 0033): each child's own clocks, named
        Map<String, Object> monitoring = vars(instance);
        String child = childrenPerPlan.get(String.valueOf(instance.getSuperProcessInstanceId())) > 1
            ? text(monitoring.get(CaseMonitoringProcess.CHILD_NAME)) : null;
        Object number = monitoring.get(CaseMonitoringProcess.CHILD_NUMBER);
        int childNumber = number instanceof Number n ? n.intValue() : 1;
        int before = periods.size();
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId()).list();
        Map<String, HistoricTaskInstance> tasksById = new HashMap<>();
        tasks.getOrDefault(instance.getId(), List.of()).forEach(t -> tasksById.put(t.getId(), t));
        Map<String, HistoricActivityInstance> ranOut = new HashMap<>();
        for (HistoricActivityInstance a : activities) {
          if (CaseMonitoringProcess.TASK_SEE_CHILD.equals(a.getActivityId()) || CaseMonitoringProcess.TASK_SEE_CHILD_ALONE.equals(a.getActivityId())) {
            ranOut.put(a.getParentActivityInstanceId(), a);
          }
        }
        for (HistoricActivityInstance clock : activities) {
          boolean alone = CaseMonitoringProcess.SUBPROCESS_SEEN_ALONE_CLOCK.equals(clock.getActivityId());
          if (!alone && !CaseMonitoringProcess.SUBPROCESS_CHILD_SEEN_CLOCK.equals(clock.getActivityId())) {
            continue;
          }
          boolean endedByVisit = clock.getEndTime() != null
              && (instance.getEndTime() == null || clock.getEndTime().before(instance.getEndTime()));
          HistoricActivityInstance see = ranOut.get(clock.getId());
          if (see != null) {
            HistoricTaskInstance task = tasksById.get(see.getTaskId());
            LocalDate due = task != null && task.getDueDate() != null ? day(task.getDueDate()) : day(see.getStartTime());
            periods.add(new CaseHistory.ChildSeen(alone, true, due, endedByVisit ? day(clock.getEndTime()) : null, child));
          } else if (endedByVisit) {
            periods.add(new CaseHistory.ChildSeen(alone, false, null, day(clock.getEndTime()), child));
          }
        }
        for (CaseHistory.ChildSeen period : periods.subList(before, periods.size())) {
          childNumbers.putIfAbsent(period, childNumber);
        }
      }
      // each child's periods together, in the plan's order of the children (a stable sort: each child's as read)
      periods.sort(Comparator.comparing(p -> childNumbers.getOrDefault(p, 1)));
      return periods;
    }

    List<CaseHistory.Concern> concerns() {
      List<CaseHistory.Concern> concerns = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(RaiseConcernProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        String raisedBy = text(vars.get(RaiseConcernProcess.RAISED_BY));
        String onBehalfOf = text(vars.get(RaiseConcernProcess.ON_BEHALF_OF));
        String outcome = text(vars.get(RaiseConcernProcess.CONCERN_OUTCOME));
        String notes = text(vars.get(RaiseConcernProcess.CONCERN_DECISION_NOTES));
        concerns.add(new CaseHistory.Concern(day(instance.getStartTime()),
            (raisedBy == null ? "" : person(raisedBy)) + (onBehalfOf == null ? "" : " for " + person(onBehalfOf)),
            FieldLabels.choice(RaiseConcernProcess.CONCERN_TYPE, text(vars.get(RaiseConcernProcess.CONCERN_TYPE))),
            text(vars.get(RaiseConcernProcess.CONCERN_DESCRIPTION)),
            outcome == null ? "not decided yet"
                : FieldLabels.choice(RaiseConcernProcess.CONCERN_OUTCOME, outcome) + (notes == null ? "" : ": " + notes)));
      }
      return concerns;
    }

    List<CaseHistory.Escalation> escalations() {
      List<CaseHistory.Escalation> escalations = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(ContingencyReviewProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        List<String> reasons = new ArrayList<>();
        for (Object reason : list(vars.get(ContingencyReviewProcess.CONTINGENCY_REASONS))) {
          reasons.add(FieldLabels.choice(ContingencyReviewProcess.CONTINGENCY_REASONS, reason.toString()));
        }
        escalations.add(new CaseHistory.Escalation(day(instance.getStartTime()), "Contingency review",
            reasons.isEmpty() ? "" : "Why the plan is not progressing: " + String.join("; ", reasons),
            state(instance, Map.of(ContingencyReviewProcess.END_EVENT_CONTINGENCY_APPLIED, "contingency plan applied",
                ContingencyReviewProcess.END_EVENT_CHANGE_NOT_AGREED, "the chair did not agree the change"))));
      }
      for (HistoricProcessInstance instance : instances(ProfessionalDifferencesProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        int stage = vars.get(ProfessionalDifferencesProcess.DIFFERENCE_STAGE) == null ? ProfessionalDifferencesProcess.FIRST_STAGE
            : number(vars.get(ProfessionalDifferencesProcess.DIFFERENCE_STAGE));
        String about = text(vars.get(ProfessionalDifferencesProcess.DIFFERENCE_DESCRIPTION));
        escalations.add(new CaseHistory.Escalation(day(instance.getStartTime()), "Professional difference",
            (about == null ? "" : about + ". ") + "Stage " + stage + ": "
                + ProfessionalDifferencesProcess.STAGE_NAMES.get(Math.max(0, Math.min(stage, ProfessionalDifferencesProcess.LAST_STAGE) - 1)),
            state(instance, Map.of(ProfessionalDifferencesProcess.END_EVENT_RESOLVED, "resolved",
                ProfessionalDifferencesProcess.END_EVENT_LEFT_WITH_PARTNERSHIP, "left with the partnership's protocol"))));
      }
      for (HistoricProcessInstance instance : instances(CoreGroupFollowUpProcess.KEY)) {
        List<HistoricTaskInstance> absences = tasks(instance, CoreGroupFollowUpProcess.TASK_ESCALATE_ABSENCE);
        if (absences.isEmpty()) {
          continue;
        }
        List<String> agencies = new ArrayList<>();
        allVariables.getOrDefault(instance.getId(), List.of()).stream()
            .filter(v -> CoreGroupFollowUpProcess.ABSENT_AGENCY.equals(v.getName()) && v.getValue() != null)
            .forEach(v -> agencies.add(Agencies.name(v.getValue().toString())));
        escalations.add(new CaseHistory.Escalation(day(absences.get(0).getStartTime()), "Repeated absence of an agency",
            String.join(", ", agencies.stream().distinct().sorted().toList()),
            absences.stream().allMatch(t -> t.getEndTime() != null) ? "done" : "with the key worker"));
      }
      for (HistoricProcessInstance instance : instances(CaseMonitoringProcess.KEY)) {
        for (HistoricTaskInstance drift : tasks(instance, CaseMonitoringProcess.TASK_REVIEW_PLAN_DRIFT)) {
          LocalDate on = day(drift.getStartTime());
          long months = file.icpcDate() == null ? 0 : ChronoUnit.MONTHS.between(file.icpcDate(), on);
          escalations.add(new CaseHistory.Escalation(on, "The team manager's review of a long plan",
              "The plan had been open " + months + " months",
              drift.getEndTime() == null ? "with the team manager" : COMPLETED.equals(drift.getDeleteReason()) ? "done" : "closed"));
        }
      }
      for (HistoricProcessInstance instance : instances(UndeliveredEmailProcess.KEY)) {
        Map<String, Object> vars = vars(instance);
        String how = text(vars.get(UndeliveredEmailProcess.PASSED_ON_HOW));
        String note = text(vars.get(UndeliveredEmailProcess.PASSED_ON_NOTE));
        escalations.add(new CaseHistory.Escalation(day(instance.getStartTime()), "An email that did not arrive",
            "To " + text(vars.get(UndeliveredEmailProcess.UNDELIVERED_TO)) + ": " + text(vars.get(UndeliveredEmailProcess.UNDELIVERED_SUBJECT)),
            how == null ? "with the key worker"
                : "passed on: " + FieldLabels.choice(UndeliveredEmailProcess.PASSED_ON_HOW, how) + (note == null ? "" : ". " + note)));
      }
      escalations.sort(Comparator.comparing(CaseHistory.Escalation::on));
      return escalations;
    }

    private String state(HistoricProcessInstance instance, Map<String, String> byEnd) {
      if (instance.getEndTime() == null) {
        return "under way";
      }
      return byEnd.getOrDefault(instance.getEndActivityId(), "closed");
    }
  }

  static List<Map<String, Object>> rows(Object value) {
    List<Map<String, Object>> rows = JsonLists.read(value);
    return rows == null ? List.of() : rows;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    if (value == null) {
      return List.of();
    }
    try {
      return Json.MAPPER.readValue(value.toString(), List.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
  }

  static LocalDate date(Object value) {
    return FormInput.toDate(value);
  }

  static LocalDate day(Date date) {
    return date == null ? null : UkDates.dayOf(date);
  }

  static int number(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
