package org.coregroup.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.identity.AsSystem;
import org.coregroup.identity.SignedInUser;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.json.Json;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CaseVariables;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.notification.People;
import org.coregroup.notification.Recipient;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.springframework.stereotype.Service;

/**
 * What the family's documents show, read from the case: the plan's own variables and every
 * meeting whose minutes have been sent to the members (the follow-up process's record of it).
 * A case is found only for someone who may read it (its members and the key worker's managers,
 * R23); for anyone else it does not exist. Once found, it is read on the product's behalf.
 */
@Service
class FamilyRecords {

  static final Map<String, String> CATEGORIES = Map.of(
      "NEG", "neglect", "PHY", "physical abuse", "SAB", "sexual abuse", "EMO", "emotional abuse",
      "MUL", "more than one kind of harm");

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final People people;

  FamilyRecords(RuntimeService runtime, HistoryService history, IdentityService identity,
      AuthorizationService authorizations, People people) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.authorizations = authorizations;
    this.people = people;
  }

  /** The open plan with this reference, if this user may read it. */
  Optional<FamilyDocuments.Plan> plan(String reference, SignedInUser.User user) {
    return planInstance(reference, user).map(id -> AsSystem.call(identity, () -> read(reference, id)));
  }

  private Optional<String> planInstance(String reference, SignedInUser.User user) {
    if (reference == null || reference.isBlank() || reference.length() > 100) {
      return Optional.empty();
    }
    List<ProcessInstance> plans = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ChildProtectionPlanProcess.KEY).processInstanceBusinessKey(reference).active().list());
    return plans.stream().map(ProcessInstance::getId)
        .filter(id -> authorizations.isUserAuthorized(user.id(), user.groupIds(), Permissions.READ, Resources.PROCESS_INSTANCE, id))
        .findFirst();
  }

  private FamilyDocuments.Plan read(String reference, String planId) {
    Map<String, Object> vars = runtime.getVariables(planId);
    List<FamilyDocuments.Member> members = new ArrayList<>();
    for (CoreGroupMember m : CoreGroup.fromVariable(vars.get(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS)).members()) {
      members.add(new FamilyDocuments.Member(m.name(), m.role(), Agencies.name(m.agency())));
    }
    String category = text(vars.get(ChildProtectionPlanProcess.LATEST_CATEGORY_OF_ABUSE));
    if (category == null) {
      category = text(vars.get(ChildProtectionPlanProcess.CATEGORY_OF_ABUSE));
    }
    return new FamilyDocuments.Plan(text(vars.get(ChildProtectionPlanProcess.CHILD_NAME)),
        FormInput.toDate(vars.get(ChildProtectionPlanProcess.ICPC_DATE)), category == null ? null : CATEGORIES.getOrDefault(category, category),
        text(vars.get(ChildProtectionPlanProcess.OUTLINE_PLAN)), members, contacts(vars),
        FormInput.toDate(vars.get(ChildProtectionPlanProcess.NEXT_CORE_GROUP_DUE)),
        FormInput.toDate(vars.get(ChildProtectionPlanProcess.NEXT_REVIEW_DUE)),
        meetings(reference), siblings(vars.get(ChildProtectionPlanProcess.CHILDREN)));
  }

  /** ADR 0033: the brothers and sisters of one plan, each with their own latest category in words; none for one child. */
  static List<FamilyDocuments.ChildCategory> siblings(Object children) {
    List<Map<String, Object>> rows = JsonLists.read(children);
    if (rows == null || rows.size() < 2) {
      return List.of();
    }
    List<FamilyDocuments.ChildCategory> found = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String category = JsonLists.text(row, ChildProtectionPlanProcess.LATEST_CATEGORY_OF_ABUSE);
      if (category == null) {
        category = JsonLists.text(row, ChildProtectionPlanProcess.CATEGORY_OF_ABUSE);
      }
      found.add(new FamilyDocuments.ChildCategory(JsonLists.text(row, ChildProtectionPlanProcess.CHILD_NAME),
          category == null ? null : CATEGORIES.getOrDefault(category, category),
          FormInput.toDate(row.get(ChildProtectionPlanProcess.PLAN_END_DATE)),
          row.get(ChildProtectionPlanProcess.CHILD_BIRTH_DATE) == null
              ? FormInput.toDate(row.get(ChildProtectionPlanProcess.EXPECTED_BIRTH_DATE)) : null));
    }
    return found;
  }

  /** The key worker and their manager, by name, with their email addresses (a process's variables). */
  List<FamilyDocuments.Contact> contacts(Map<String, Object> vars) {
    List<FamilyDocuments.Contact> contacts = new ArrayList<>();
    contact(text(vars.get(CaseVariables.KEY_WORKER)), "your social worker").ifPresent(contacts::add);
    contact(text(vars.get(CaseVariables.TEAM_MANAGER)), "your social worker's manager").ifPresent(contacts::add);
    return contacts;
  }

  private Optional<FamilyDocuments.Contact> contact(String userId, String role) {
    if (userId == null) {
      return Optional.empty();
    }
    Recipient person = people.user(userId);
    boolean unknown = person.email() == null && person.name().equals(userId);
    return unknown ? Optional.empty()
        : Optional.of(new FamilyDocuments.Contact(person.name().equals(userId) ? role : person.name(), role, person.email()));
  }

  /** The case's meetings whose minutes have gone to the members, oldest first. */
  private List<FamilyDocuments.Meeting> meetings(String reference) {
    List<String> followUps = history.createHistoricProcessInstanceQuery().processDefinitionKey(CoreGroupFollowUpProcess.KEY)
        .processInstanceBusinessKey(reference).list().stream().map(HistoricProcessInstance::getId).toList();
    if (followUps.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(followUps.toArray(String[]::new))
        .variableNameIn(CoreGroupFollowUpProcess.MEETING_RECORD, CoreGroupFollowUpProcess.MINUTES,
            CoreGroupFollowUpProcess.MINUTES_RECEIVED_BY)
        .list()) {
      if (v.getValue() != null) {
        byInstance.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    List<FamilyDocuments.Meeting> meetings = new ArrayList<>();
    for (Map<String, Object> vars : byInstance.values()) {
      if (vars.get(CoreGroupFollowUpProcess.MINUTES_RECEIVED_BY) != null && vars.get(CoreGroupFollowUpProcess.MEETING_RECORD) != null) {
        meetings.add(meeting(vars));
      }
    }
    meetings.sort(Comparator.comparing(FamilyDocuments.Meeting::heldOn, Comparator.nullsFirst(Comparator.naturalOrder())));
    return meetings;
  }

  /** One meeting as the family reads it, from its follow-up's {@code meetingRecord} and {@code minutes}. */
  static FamilyDocuments.Meeting meeting(Map<String, Object> vars) {
    Map<String, Object> record;
    try {
      record = Json.MAPPER.readValue(vars.get(CoreGroupFollowUpProcess.MEETING_RECORD).toString(), new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The meeting record is not readable", e);
    }
    List<FamilyDocuments.Attendance> attendance = new ArrayList<>();
    for (Map<String, Object> row : rows(record.get(CoreGroupMeetingProcess.ATTENDANCE))) {
      attendance.add(new FamilyDocuments.Attendance(text(row.get(CoreGroupMeetingProcess.ATTENDANCE_NAME)),
          Agencies.name(text(row.get(CoreGroupMeetingProcess.ATTENDANCE_AGENCY))), text(row.get(CoreGroupMeetingProcess.ATTENDANCE_STATUS))));
    }
    List<FamilyDocuments.Action> actions = new ArrayList<>();
    for (Map<String, Object> row : rows(record.get(CoreGroupMeetingProcess.ACTIONS))) {
      actions.add(new FamilyDocuments.Action(text(row.get(CoreGroupMeetingProcess.ACTION_WHAT)),
          text(row.get(CoreGroupMeetingProcess.ACTION_OWNER)), FormInput.toDate(row.get(CoreGroupMeetingProcess.ACTION_DEADLINE))));
    }
    boolean secret = Boolean.parseBoolean(text(record.get(CoreGroupMeetingProcess.NEXT_MEETING_SECURE_VENUE)));
    return new FamilyDocuments.Meeting(FormInput.toDate(record.get(CoreGroupMeetingProcess.MEETING_HELD_ON)), attendance,
        text(record.get(CoreGroupMeetingProcess.CHILD_VIEWS)), text(record.get(CoreGroupMeetingProcess.PARENT_VIEWS)),
        text(record.get(CoreGroupMeetingProcess.WORRIES)), text(record.get(CoreGroupMeetingProcess.WORKING_WELL)),
        text(record.get(CoreGroupMeetingProcess.NEEDS_TO_HAPPEN)), actions, text(vars.get(CoreGroupFollowUpProcess.MINUTES)),
        FormInput.toDate(record.get(CoreGroupMeetingProcess.NEXT_MEETING_DATE)), text(record.get(CoreGroupMeetingProcess.NEXT_MEETING_TIME)),
        secret ? null : text(record.get(CoreGroupMeetingProcess.NEXT_MEETING_VENUE)));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    list.forEach(item -> {
      if (item instanceof Map<?, ?> map) {
        rows.add((Map<String, Object>) map);
      }
    });
    return rows;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
