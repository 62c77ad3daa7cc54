package org.coregroup.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.coregroup.identity.AsSystem;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.springframework.stereotype.Service;

/** Who to write to: the members, and people known by their login (email from the member or the user). */
@Service
public class People {

  private final IdentityService identity;

  public People(IdentityService identity) {
    this.identity = identity;
  }

  public Recipient user(String userId) {
    User user = AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return new Recipient(userId, userId, null);
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return new Recipient(name.isEmpty() ? userId : name, userId, user.getEmail());
  }

  public Recipient member(CoreGroupMember m) {
    String email = m.email();
    if ((email == null || email.isBlank()) && m.hasLogin()) {
      email = user(m.userId()).email();
    }
    return new Recipient(m.name(), m.userId(), email);
  }

  /** Every member, then the named people who are not members, each once (by login or name). */
  public List<Recipient> everyone(CoreGroup group, List<String> namedUserIds) {
    Map<String, Recipient> people = new LinkedHashMap<>();
    group.members().forEach(m -> people.put(m.hasLogin() ? m.userId() : "name:" + m.name(), member(m)));
    namedUserIds.stream().filter(id -> id != null && !people.containsKey(id)).forEach(id -> people.put(id, user(id)));
    return new ArrayList<>(people.values());
  }
}
