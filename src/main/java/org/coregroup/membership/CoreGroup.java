package org.coregroup.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coregroup.input.EmailAddresses;
import org.coregroup.input.FormInput;

/**
 * The members of one case's Core Group, read from the {@code coreGroupMembers} variable: a
 * Camunda Forms dynamic list arrives as Spin {@code Json}, a REST client may send Json or a
 * JSON string.
 */
public final class CoreGroup {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
      list = raw instanceof Collection<?> given ? JSON.valueToTree(given) : JSON.readTree(raw.toString());
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
      JsonNode m = list.get(i);
      CoreGroupMember member = new CoreGroupMember(text(m, CoreGroupMember.USER_ID), text(m, CoreGroupMember.NAME),
          text(m, CoreGroupMember.ROLE), text(m, CoreGroupMember.AGENCY), text(m, CoreGroupMember.EMAIL));
      String where = field + "[" + (i + 1) + "]";
      if (member.name() == null) {
        input.reject(where + "." + CoreGroupMember.NAME, "member " + (i + 1) + " has no name");
      }
      for (String[] part : new String[][] {{CoreGroupMember.NAME, member.name()}, {CoreGroupMember.ROLE, member.role()},
          {CoreGroupMember.AGENCY, member.agency()}, {CoreGroupMember.USER_ID, member.userId()},
          {CoreGroupMember.EMAIL, member.email()}}) {
        if (part[1] != null && part[1].length() > FormInput.SHORT_TEXT_LIMIT) {
          input.reject(where + "." + part[0], "member " + (i + 1) + ": at most " + FormInput.SHORT_TEXT_LIMIT
              + " characters fit, not " + part[1].length());
        }
      }
      if (member.email() != null && !EmailAddresses.valid(member.email())) {
        input.reject(where + ".email", "member " + (i + 1) + (member.name() == null ? "" : " (" + FormInput.shown(member.name()) + ")")
            + ": '" + FormInput.shown(member.email()) + "' is not an email address");
      }
      if (member.agency() == null) {
        input.reject(where + ".agency", "member " + (i + 1)
            + (member.name() == null ? "" : " (" + member.name() + ")") + " has no agency");
      }
      members.add(member);
    }
    if (members.isEmpty()) {
      input.reject(field, "the Core Group needs at least one member besides the key worker");
    }
    return new CoreGroup(members);
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

  public boolean hasMemberWithLogin(String userId) {
    return members.stream().anyMatch(m -> userId.equals(m.userId()));
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(members);
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
