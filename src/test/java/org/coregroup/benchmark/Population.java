package org.coregroup.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The people and plans of a partnership of a given size, made the same way every run (fixed
 * seed): a key worker holds 16 plans, each plan has a team manager, a chair, a health visitor,
 * a teacher and a police officer with logins and a parent without one; ICPC dates spread over
 * the last eight weeks; every local policy in turn.
 */
final class Population {

  /** Meets the password policy, which forbids a password holding the user's own names (last name "Bench"). */
  static final String PASSWORD = "Load-test-7";


  static final int CASES_PER_KEY_WORKER = 16;
  static final List<String> POLICIES = List.of("national", "brent", "bedfordshire", "sandwell", "south-west",
      "south-east-wales");

  final int plans;
  final List<String> keyWorkers = new ArrayList<>();
  final List<String> teamManagers = new ArrayList<>();
  final List<String> chairs = new ArrayList<>();
  final List<String> health = new ArrayList<>();
  final List<String> education = new ArrayList<>();
  final List<String> police = new ArrayList<>();
  final String run;

  Population(int plans, String run) {
    this.plans = plans;
    this.run = run;
    int kw = Math.max(1, (plans + CASES_PER_KEY_WORKER - 1) / CASES_PER_KEY_WORKER);
    for (int i = 1; i <= kw; i++) {
      keyWorkers.add("kw" + i);
      health.add("hv" + i);
      education.add("teacher" + i);
      police.add("officer" + i);
    }
    for (int i = 1; i <= Math.max(1, kw / 8); i++) {
      teamManagers.add("tm" + i);
    }
    for (int i = 1; i <= Math.max(1, plans / 60); i++) {
      chairs.add("chair" + i);
    }
  }

  /** Users and their agency groups (the groups themselves exist: the product makes them). */
  void createUsers(IdentityService identity, boolean createGroups) {
    Map<String, List<String>> groups = new HashMap<>();
    keyWorkers.forEach(u -> groups.put(u, List.of("childrens-social-care")));
    teamManagers.forEach(u -> groups.put(u, List.of("childrens-social-care", "team-managers")));
    chairs.forEach(u -> groups.put(u, List.of("conference-chairs")));
    health.forEach(u -> groups.put(u, List.of("health")));
    education.forEach(u -> groups.put(u, List.of("education")));
    police.forEach(u -> groups.put(u, List.of("police")));
    if (createGroups) {
      groups.values().stream().flatMap(List::stream).distinct()
          .filter(g -> identity.createGroupQuery().groupId(g).count() == 0)
          .forEach(g -> identity.saveGroup(identity.newGroup(g)));
    }
    groups.forEach((userId, memberOf) -> {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Bench");
      user.setPassword(Population.PASSWORD);
      identity.saveUser(user);
      memberOf.forEach(g -> identity.createMembership(userId, g));
    });
  }

  String reference(int i) {
    return "BENCH-" + run + "-" + i;
  }

  String keyWorkerOf(int i) {
    return keyWorkers.get(i / CASES_PER_KEY_WORKER % keyWorkers.size());
  }

  String teamManagerOf(int i) {
    return teamManagers.get(i / CASES_PER_KEY_WORKER / 8 % teamManagers.size());
  }

  /** The plan's start variables, as the ICPC start form sends them. */
  Map<String, Object> plan(int i, LocalDate today) {
    Random random = new Random(i);
    LocalDate icpc = today.minusDays(random.nextInt(56));
    while (icpc.getDayOfWeek() == DayOfWeek.SATURDAY || icpc.getDayOfWeek() == DayOfWeek.SUNDAY) {
      icpc = icpc.minusDays(1);
    }
    int slot = i % keyWorkers.size();
    String members = """
        [{"name": "Health Visitor %1$s", "role": "Health visitor", "agency": "health", "userId": "%1$s", "email": "%1$s@example.org"},
         {"name": "Teacher %2$s", "role": "Class teacher", "agency": "education", "userId": "%2$s", "email": "%2$s@example.org"},
         {"name": "Officer %3$s", "role": "Police officer", "agency": "police", "userId": "%3$s"},
         {"name": "Parent %4$d", "role": "Mother", "agency": "family"}]""".formatted(
        health.get(slot), education.get((slot + 1) % education.size()), police.get((slot + 2) % police.size()), i);
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseReference", reference(i));
    vars.put("childName", "Child " + i);
    vars.put("childBirthDate", icpc.minusYears(1 + random.nextInt(15)).minusDays(random.nextInt(365)).toString());
    vars.put("icpcDate", icpc.toString());
    vars.put("localPolicy", POLICIES.get(i % POLICIES.size()));
    vars.put("categoryOfAbuse", List.of("NEG", "PHY", "SAB", "EMO", "MUL").get(random.nextInt(5)));
    vars.put("keyWorker", keyWorkerOf(i));
    vars.put("teamManager", teamManagerOf(i));
    vars.put("conferenceChair", chairs.get(i % chairs.size()));
    vars.put("coreGroupMembers", SpinValues.jsonValue(members).create());
    return vars;
  }

  /** All users with their groups, for the bare engine's identity tables. */
  List<String> groupsOf(String userId) {
    if (keyWorkers.contains(userId)) {
      return List.of("childrens-social-care");
    }
    if (teamManagers.contains(userId)) {
      return List.of("childrens-social-care", "team-managers");
    }
    if (chairs.contains(userId)) {
      return List.of("conference-chairs");
    }
    if (health.contains(userId)) {
      return List.of("health");
    }
    if (education.contains(userId)) {
      return List.of("education");
    }
    return List.of("police");
  }
}
