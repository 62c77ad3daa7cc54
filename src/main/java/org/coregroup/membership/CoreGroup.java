package org.coregroup.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.coregroup.input.EmailAddresses;
import org.coregroup.input.FormInput;
import org.coregroup.json.Json;

/**
 * The members of one case's Core Group, read from the {@code coreGroupMembers} variable: a
 * Camunda Forms dynamic list arrives as Spin {@code Json}, a REST client may send Json or a
 * JSON string.
 */
public final class CoreGroup {


  private final List<CoreGroupMember> members;

  private CoreGroup(List<CoreGroupMember> members) {
    this.members = List.copyOf(members);
  }

  public static CoreGroup of(List<CoreGroupMember> members) {
    return new CoreGroup(members);
  }

  /** Reads the members and reports each one without a name or an agency to {@code input}. */
  public static CoreGroup read(FormInput input, String field) {
    Object raw = input.raw(field);
    if (raw == null) {
      input.reject(field, "the Core Group needs at least one member besides the key worker");
      return new CoreGroup(List.of());
    }
    JsonNode list;
    try {
      list = raw instanceof Collection<?> given ? Json.MAPPER.valueToTree(given) : Json.MAPPER.readTree(raw.toString());
    } catch (JsonProcessingException e) {
      input.reject(field, "the member list is not valid JSON");
      return new CoreGroup(List.of());
    }
    if (!list.isArray()) {
      input.reject(field, "the member list must be a list of members");
      return new CoreGroup(List.of());
    }
    List<CoreGroupMember> members = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      members.add(member(list.get(i), input, field + "[" + (i + 1) + "]", "member " + (i + 1)));
    }
    if (members.isEmpty()) {
      input.reject(field, "the Core Group needs at least one member besides the key worker");
    }
    return new CoreGroup(members);
  }

  /**
   * Reads one member (a {@code coreGroupMembers} entry: Json or a JSON string) and reports a
   * missing name or agency, text too long or an email address that is not one to {@code input},
   * naming {@code field.name} and so on. Null when there is no member object at all.
   */
  public static CoreGroupMember readOne(FormInput input, String field, String label) {
    Object raw = input.raw(field);
    if (raw == null) {
      input.reject(field, "name the member: their name, role and agency, and their login if they have one");
      return null;
    }
    JsonNode node;
    try {
      node = raw instanceof java.util.Map<?, ?> given ? Json.MAPPER.valueToTree(given) : Json.MAPPER.readTree(raw.toString());
    } catch (JsonProcessingException e) {
      input.reject(field, "the member is not valid JSON");
      return null;
    }
    if (node == null || !node.isObject()) {
      input.reject(field, "the member must be one member, with a name and an agency");
      return null;
    }
    return member(node, input, field, label);
  }

  private static CoreGroupMember member(JsonNode m, FormInput input, String where, String label) {
    CoreGroupMember member = new CoreGroupMember(text(m, CoreGroupMember.USER_ID), text(m, CoreGroupMember.NAME),
        text(m, CoreGroupMember.ROLE), text(m, CoreGroupMember.AGENCY), text(m, CoreGroupMember.EMAIL));
    if (member.name() == null) {
      input.reject(where + "." + CoreGroupMember.NAME, label + " has no name");
    }
    for (String[] part : new String[][] {{CoreGroupMember.NAME, member.name()}, {CoreGroupMember.ROLE, member.role()},
        {CoreGroupMember.AGENCY, member.agency()}, {CoreGroupMember.USER_ID, member.userId()},
        {CoreGroupMember.EMAIL, member.email()}}) {
      if (part[1] != null && part[1].length() > FormInput.SHORT_TEXT_LIMIT) {
        input.reject(where + "." + part[0], label + ": at most " + FormInput.SHORT_TEXT_LIMIT
            + " characters fit, not " + part[1].length());
      }
    }
    if (member.email() != null && !EmailAddresses.valid(member.email())) {
      input.reject(where + "." + CoreGroupMember.EMAIL, label + (member.name() == null ? "" : " (" + FormInput.shown(member.name()) + ")")
          + ": '" + FormInput.shown(member.email()) + "' is not an email address");
    }
    if (member.agency() == null) {
      input.reject(where + "." + CoreGroupMember.AGENCY, label
          + (member.name() == null ? "" : " (" + member.name() + ")") + " has no agency");
    }
    return member;
  }

  /** Reads members that were checked when the case started. */
  public static CoreGroup fromVariable(Object raw) {
    return read(new FormInput(java.util.Map.of("members", raw == null ? "[]" : raw)), "members");
  }

  public List<CoreGroupMember> members() {
    return members;
  }

  public List<CoreGroupMember> withLogin() {
    return members.stream().filter(CoreGroupMember::hasLogin).toList();
  }

  /** Agencies other than children's social care and the family (R15). */
  public Set<String> otherAgencies() {
    Set<String> agencies = new LinkedHashSet<>();
    members.stream().filter(CoreGroupMember::isOtherAgency).forEach(m -> agencies.add(m.agency()));
    return agencies;
  }

  /** The member who is this person: the same login, or (for members without one) the same name. */
  public java.util.Optional<CoreGroupMember> find(CoreGroupMember person) {
    return members.stream().filter(m -> samePerson(m, person)).findFirst();
  }

  private static boolean samePerson(CoreGroupMember a, CoreGroupMember b) {
    if (a.hasLogin() && b.hasLogin()) {
      return a.userId().equals(b.userId());
    }
    return a.name() != null && a.name().equalsIgnoreCase(b.name());
  }

  public CoreGroup with(CoreGroupMember member) {
    List<CoreGroupMember> more = new ArrayList<>(members);
    more.add(member);
    return new CoreGroup(more);
  }

  public CoreGroup without(CoreGroupMember member) {
    return new CoreGroup(members.stream().filter(m -> !samePerson(m, member)).toList());
  }

  /** The members who are professionals, not the family. */
  public List<CoreGroupMember> professionals() {
    return members.stream().filter(m -> !CoreGroupMember.FAMILY.equals(m.agency())).toList();
  }

  public boolean hasMemberWithLogin(String userId) {
    return members.stream().anyMatch(m -> userId.equals(m.userId()));
  }

  public String toJson() {
    try {
      List<java.util.Map<String, String>> entries = new ArrayList<>();
      for (CoreGroupMember m : members) {
        java.util.Map<String, String> entry = new java.util.LinkedHashMap<>();
        entry.put(CoreGroupMember.NAME, m.name());
        entry.put(CoreGroupMember.ROLE, m.role());
        entry.put(CoreGroupMember.AGENCY, m.agency());
        entry.put(CoreGroupMember.USER_ID, m.userId());
        entry.put(CoreGroupMember.EMAIL, m.email());
        entry.values().removeIf(java.util.Objects::isNull);
        entries.add(entry);
      }
      return Json.MAPPER.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Core Group members cannot be written as JSON", e);
    }
  }

  /** The login names of everyone who may see this case: its members plus the named roles. */
  public static Set<String> peopleWithAccess(CoreGroup group, Collection<String> namedRoles) {
    Set<String> people = new LinkedHashSet<>();
    namedRoles.stream().filter(id -> id != null && !id.isBlank()).forEach(people::add);
    group.withLogin().forEach(m -> people.add(m.userId()));
    return people;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
  }
}
