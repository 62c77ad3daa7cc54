package org.coregroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-way package shape of docs/architecture.md, read from the compiled main classes
 * (ArchUnit). Each top-level package under {@code org.coregroup} declares what it may use; a
 * capability may name another capability's process contract only where its model calls that
 * process or messages it, and nothing else of it.
 */
class PackageStructureTest {

  private static final String BASE = "org.coregroup";

  /** Shared packages, lowest first: each uses only those before it. */
  private static final Map<String, Set<String>> SHARED = ordered(
      "json", Set.of(),
      "identity", Set.of(),
      "spreadsheet", Set.of(),
      "document", Set.of(),
      "calendar", Set.of("json"),
      "input", Set.of("calendar", "json"),
      "membership", Set.of("identity", "input", "json"),
      "policy", Set.of("identity", "membership"),
      "notification", Set.of("calendar", "identity", "input", "json", "membership"));

  /** Capabilities: one per process (or family of processes), using shared packages only. */
  private static final Set<String> CAPABILITIES = Set.of(
      "plan", "meeting", "followup", "monitoring", "escalation", "calendaradmin", "family", "oversight", "delivery");

  /** Apart: configuration of the whole application; may use shared packages, nobody uses them. */
  private static final Set<String> APART = Set.of("security", "system", "audit");

  /** The other capabilities' contract classes a capability may name, and why. */
  private static final Map<String, Set<String>> CONTRACTS = Map.of(
      // the plan calls the meeting and reads what it returns; it tells its monitoring of a birth
      "plan", Set.of("meeting.CoreGroupMeetingProcess", "monitoring.CaseMonitoringProcess"),
      // the meeting starts its follow-up by message, with the follow-up's start variables; a meeting that
      // judged the plan not progressing starts a contingency review, one adjourned at an impasse a
      // professional difference (R28, R30)
      "meeting", Set.of("followup.CoreGroupFollowUpProcess", "escalation.ContingencyReviewProcess",
          "escalation.ProfessionalDifferencesProcess"),
      // the follow-up works on the variables the meeting hands it (members, minute-taker, actions)
      "followup", Set.of("meeting.CoreGroupMeetingProcess"),
      // a contingency review or professional difference brings the plan's review forward by message
      "escalation", Set.of("plan.ChildProtectionPlanProcess"),
      // an email of a closed case that did not arrive goes to the key worker its plan last named
      "delivery", Set.of("plan.ChildProtectionPlanProcess"),
      // the family's plan and minutes show what the plan and the meeting's follow-up recorded
      "family", Set.of("plan.ChildProtectionPlanProcess", "meeting.CoreGroupMeetingProcess", "followup.CoreGroupFollowUpProcess"),
      // the oversight of cases reports on what every process of a case recorded, for supervisors and the chair's review
      "oversight", Set.of("plan.ChildProtectionPlanProcess", "meeting.CoreGroupMeetingProcess", "followup.CoreGroupFollowUpProcess",
          "monitoring.CaseMonitoringProcess", "escalation.RaiseConcernProcess", "escalation.ContingencyReviewProcess",
          "escalation.ProfessionalDifferencesProcess", "delivery.UndeliveredEmailProcess"));

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  @DisplayName("Every package is declared: shared, capability or apart")
  void everyPackageDeclared() {
    Set<String> found = new TreeSet<>();
    for (JavaClass type : MAIN) {
      String module = moduleOf(type);
      if (module != null) {
        found.add(module);
      }
    }
    Set<String> declared = new HashSet<>(SHARED.keySet());
    declared.addAll(CAPABILITIES);
    declared.addAll(APART);
    assertThat(declared).containsAll(found);
    assertThat(found).as("the test knows the packages that exist").containsAll(declared);
  }

  @Test
  @DisplayName("Each package uses only what it declares: shared packages use no capability, a capability no other capability except its declared contracts, nobody uses security or system")
  void dependenciesRunOneWay() {
    List<String> violations = new ArrayList<>();
    for (JavaClass type : MAIN) {
      String from = moduleOf(type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass();
        String to = moduleOf(target);
        if (from == null || to == null || from.equals(to) || allowed(from, to, target)) {
          continue;
        }
        violations.add(from + " -> " + to + ": " + dependency.getDescription());
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("The application class at the top uses no package of ours")
  void applicationClassStandsAlone() {
    List<String> uses = new ArrayList<>();
    for (JavaClass type : MAIN) {
      if (type.getPackageName().equals(BASE)) {
        type.getDirectDependenciesFromSelf().stream()
            .filter(d -> d.getTargetClass().getPackageName().startsWith(BASE + "."))
            .forEach(d -> uses.add(d.getDescription()));
      }
    }
    assertThat(uses).isEmpty();
  }

  private static boolean allowed(String from, String to, JavaClass target) {
    if (SHARED.containsKey(from)) {
      return SHARED.get(from).contains(to);
    }
    if (SHARED.containsKey(to)) {
      return true;
    }
    if (CAPABILITIES.contains(from) && CAPABILITIES.contains(to)) {
      String contract = to + "." + outermost(target).getSimpleName();
      return CONTRACTS.getOrDefault(from, Set.of()).contains(contract);
    }
    return false;
  }

  /** The top-level package under org.coregroup, or null for the base package and other code. */
  private static String moduleOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(BASE + ".")) {
      return null;
    }
    String rest = name.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static JavaClass outermost(JavaClass type) {
    JavaClass current = type;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }

  private static Map<String, Set<String>> ordered(Object... pairs) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Set<String> uses = (Set<String>) pairs[i + 1];
      for (String used : uses) {
        // lowest first: a shared package uses only those declared before it, so there is no cycle
        if (!map.containsKey(used)) {
          throw new IllegalStateException(pairs[i] + " uses " + used + ", declared after it");
        }
      }
      map.put((String) pairs[i], uses);
    }
    return map;
  }
}
