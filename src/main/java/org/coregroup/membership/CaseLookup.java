package org.coregroup.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Service;
import org.coregroup.identity.AsSystem;

/**
 * Finds an open case for the person asking, under the asker's own authorization: a case is found
 * only by its members (R23: each case process is readable by its Core Group only); only then are
 * the case's details read on the product's behalf. The engine does not check authorizations for
 * calls made from inside a process (delegates, listeners), so the check is made explicitly
 * against the logged-in user's grants. Without a logged-in user (the product itself, a test)
 * every case is found.
 */
@Service
public class CaseLookup {

  static final List<String> CASE_VARIABLES = List.of(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_NAME, CaseVariables.KEY_WORKER, CaseVariables.TEAM_MANAGER,
      CaseVariables.CONFERENCE_CHAIR, CaseVariables.CORE_GROUP_MEMBERS, CaseVariables.ICPC_DATE, CaseVariables.LOCAL_POLICY, CaseVariables.JURISDICTION,
      CaseVariables.POLICY);

  /** Instance ids per query: well within what every supported database accepts in one IN list. */
  private static final int IN_LIST_SIZE = 500;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public CaseLookup(RuntimeService runtime, HistoryService history, IdentityService identity,
      AuthorizationService authorizations) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Empty when no open case has this reference, or the current user is not one of its members. */
  public Optional<CaseFile> findForCurrentUser(String caseReference) {
    if (caseReference == null || caseReference.isBlank()) {
      return Optional.empty();
    }
    var asker = identity.getCurrentAuthentication();
    List<String> visible = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).active().list()).stream()
        .sorted(ROOTS_FIRST)
        .map(ProcessInstance::getId)
        .filter(id -> asker == null || authorizations.isUserAuthorized(asker.getUserId(), asker.getGroupIds(),
            Permissions.READ, Resources.PROCESS_INSTANCE, id))
        .toList();
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    return AsSystem.call(identity, () -> visible.stream()
        .map(id -> runtime.getVariables(id, CASE_VARIABLES))
        .filter(CaseLookup::isCase)
        .findFirst()
        .map(vars -> toCaseFile(caseReference, vars)));
  }

  /**
   * The case as its processes hold it, open or closed, for the product's own work (nobody asks:
   * mail that could not be delivered, say): an open case as {@link #findForCurrentUser} finds it
   * with no one logged in, else the case's most recently ended root process of {@code planProcessKey}.
   * Empty for a reference no case has.
   */
  public Optional<CaseFile> findOpenOrClosed(String caseReference, String planProcessKey) {
    if (caseReference == null || caseReference.isBlank()) {
      return Optional.empty();
    }
    return AsSystem.call(identity, () -> findForCurrentUser(caseReference).or(() -> {
      List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).processDefinitionKey(planProcessKey).rootProcessInstances().finished()
          .orderByProcessInstanceEndTime().desc().listPage(0, 1);
      Map<String, Object> values = ended.isEmpty() ? Map.of()
          : historicCaseVariables(List.of(ended.get(0).getId())).getOrDefault(ended.get(0).getId(), Map.of());
      return isCase(values) ? Optional.of(toCaseFile(caseReference, values)) : Optional.empty();
    }));
  }

  /**
   * The case's own processes (the plan, a concern) before the ones they called: a child's
   * monitoring names that child, the plan of brothers and sisters every child (ADR 0033).
   */
  private static final Comparator<ProcessInstance> ROOTS_FIRST = Comparator.comparing(
      (ProcessInstance p) -> p.getRootProcessInstanceId() != null && !p.getRootProcessInstanceId().equals(p.getId()));

  /**
   * The open cases a supervisor oversees: for a team manager the cases they manage, for a chair
   * the cases they chair, for someone who may read every case (an administrator) all of them;
   * each one only if the engine lets this user read it (R23). Sorted by case reference.
   *
   * <p>A supervisor's cases are looked for among the process instances she holds a read grant on
   * (ADR 0006: each case grants its people one by user), not among every open instance of the
   * deployment: the grant table is indexed by user, a variable's value is not, so the list costs
   * what her own cases cost however many other cases the deployment holds (ADR 0034).
   */
  public List<CaseFile> casesSupervisedBy(String userId, List<String> groupIds) {
    if (userId == null || userId.isBlank()) {
      return List.of();
    }
    boolean readsAll = authorizations.isUserAuthorized(userId, groupIds, Permissions.READ, Resources.PROCESS_INSTANCE);
    return AsSystem.call(identity, () -> {
      List<ProcessInstance> instances;
      if (readsAll) {
        instances = runtime.createProcessInstanceQuery().active().orderByBusinessKey().asc().list();
      } else {
        instances = new ArrayList<>();
        List<String> granted = instancesReadableBy(userId, Resources.PROCESS_INSTANCE, Permissions.READ);
        for (List<String> ids : inLists(granted)) {
          instances.addAll(runtime.createProcessInstanceQuery().active()
              .processInstanceIds(new HashSet<>(ids))
              .or().variableValueEquals(CaseVariables.TEAM_MANAGER, userId)
              .variableValueEquals(CaseVariables.CONFERENCE_CHAIR, userId).endOr()
              .list());
        }
        instances.sort(Comparator.comparing(ProcessInstance::getBusinessKey,
            Comparator.nullsLast(Comparator.naturalOrder())));
      }
      Map<String, Map<String, Object>> variables = caseVariablesOf(instances.stream().map(ProcessInstance::getId).toList());
      Map<String, CaseFile> byReference = new LinkedHashMap<>();
      Set<String> fromRoot = new HashSet<>();
      for (ProcessInstance instance : instances) {
        String reference = instance.getBusinessKey();
        boolean root = instance.getRootProcessInstanceId() == null || instance.getRootProcessInstanceId().equals(instance.getId());
        // the case's own process (the plan) wins over one it called: a child's monitoring names that child (ADR 0033)
        if (reference == null || fromRoot.contains(reference) || (byReference.containsKey(reference) && !root)) {
          continue;
        }
        Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
        if (vars.get(CaseVariables.KEY_WORKER) != null && vars.get(CaseVariables.ICPC_DATE) != null) {
          if (root) {
            fromRoot.add(reference);
          }
          byReference.put(reference, toCaseFile(reference, vars));
        }
      }
      return new ArrayList<>(byReference.values());
    });
  }

  /**
   * The case variables of each process instance, as {@code getVariables(id, names)} reads them (the
   * instance's own scope, not a sub-process's), in one query per {@link #IN_LIST_SIZE} instances
   * rather than one per instance.
   */
  private Map<String, Map<String, Object>> caseVariablesOf(List<String> instanceIds) {
    Map<String, Map<String, Object>> vars = new HashMap<>();
    for (List<String> ids : inLists(instanceIds)) {
      runtime.createVariableInstanceQuery()
          .processInstanceIdIn(ids.toArray(String[]::new))
          .variableNameIn(CASE_VARIABLES.toArray(String[]::new)).list().stream()
          .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
          .forEach(v -> vars.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
    }
    return vars;
  }

  /** The ids in lists of at most {@link #IN_LIST_SIZE}, one query each. */
  private static List<List<String>> inLists(List<String> ids) {
    List<List<String>> lists = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
      lists.add(ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)));
    }
    return lists;
  }

  /**
   * Process instances (any case process), or their history, on which this user holds a read grant
   * of her own. Asked by type, user and resource type: the leading columns of the engine's unique
   * index on grants.
   */
  private List<String> instancesReadableBy(String userId, Resources resource, Permission read) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .userIdIn(userId).resourceType(resource)
        .hasPermission(read).list().stream()
        .map(Authorization::getResourceId)
        .filter(id -> id != null && !Authorization.ANY.equals(id))
        .distinct()
        .toList();
  }

  /**
   * The cases a supervisor oversaw that ended on or after {@code since} (their history: for the
   * charts over the past months), by the same rules as {@link #casesSupervisedBy} read against
   * the case's history: its team manager or chair, or someone who may read every case's history,
   * and only a case whose history this user may read (looked for among her grants, as there). A
   * case is its root process {@code planProcessKey}; one deleted rather than ended is not one.
   */
  public List<CaseFile> casesEndedSince(String userId, List<String> groupIds, Instant since, String planProcessKey) {
    if (userId == null || userId.isBlank()) {
      return List.of();
    }
    boolean readsAll = authorizations.isUserAuthorized(userId, groupIds, HistoricProcessInstancePermissions.READ,
        Resources.HISTORIC_PROCESS_INSTANCE);
    Date from = Date.from(since);
    return AsSystem.call(identity, () -> {
      List<HistoricProcessInstance> instances = new ArrayList<>();
      if (readsAll) {
        instances.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey(planProcessKey)
            .rootProcessInstances().finished().finishedAfter(from).list());
      } else {
        // as for her open cases: among the instances whose history she holds a read grant on
        List<String> granted = instancesReadableBy(userId, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
        for (List<String> ids : inLists(granted)) {
          instances.addAll(history.createHistoricProcessInstanceQuery()
              .processInstanceIds(new HashSet<>(ids))
              .processDefinitionKey(planProcessKey).rootProcessInstances().finished().finishedAfter(from)
              .or().variableValueEquals(CaseVariables.TEAM_MANAGER, userId)
              .variableValueEquals(CaseVariables.CONFERENCE_CHAIR, userId).endOr()
              .list());
        }
      }
      instances.sort(Comparator.comparing(HistoricProcessInstance::getBusinessKey, Comparator.nullsLast(Comparator.naturalOrder())));
      Map<String, String> references = new LinkedHashMap<>(); // instance id -> case reference, one instance per case
      for (HistoricProcessInstance instance : instances) {
        String reference = instance.getBusinessKey();
        if (reference != null && !references.containsValue(reference)
            && !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())) {
          references.put(instance.getId(), reference);
        }
      }
      Map<String, Map<String, Object>> vars = references.isEmpty() ? Map.of() : historicCaseVariables(references.keySet());
      Map<String, CaseFile> byReference = new LinkedHashMap<>();
      references.forEach((id, reference) -> {
        Map<String, Object> values = vars.getOrDefault(id, Map.of());
        if (isCase(values)) {
          byReference.put(reference, toCaseFile(reference, values));
        }
      });
      return new ArrayList<>(byReference.values());
    });
  }

  /** The case variables each of these ended process instances kept, by instance id. */
  private Map<String, Map<String, Object>> historicCaseVariables(java.util.Collection<String> instanceIds) {
    Map<String, Map<String, Object>> vars = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
        .variableNameIn(CASE_VARIABLES.toArray(String[]::new)).list().stream()
        // the process's own values, not those a scope inside it keeps (a child's own exit plan names the child)
        .filter(v -> java.util.Objects.equals(v.getExecutionId(), v.getProcessInstanceId()))
        .forEach(v -> vars.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
    return vars;
  }

  /** A process that holds a whole case (its key worker and ICPC), not one that only copies part of it. */
  private static boolean isCase(Map<String, Object> vars) {
    return vars.get(CaseVariables.KEY_WORKER) != null && vars.get(CaseVariables.ICPC_DATE) != null;
  }

  private static CaseFile toCaseFile(String caseReference, Map<String, Object> vars) {
    return new CaseFile(caseReference, text(vars.get(CaseVariables.CHILD_NAME)), text(vars.get(CaseVariables.KEY_WORKER)),
        text(vars.get(CaseVariables.TEAM_MANAGER)), text(vars.get(CaseVariables.CONFERENCE_CHAIR)), vars.get(CaseVariables.CORE_GROUP_MEMBERS),
        FormInput.toDate(vars.get(CaseVariables.ICPC_DATE)), text(vars.get(CaseVariables.LOCAL_POLICY)), text(vars.get(CaseVariables.JURISDICTION)),
        vars.get(CaseVariables.POLICY));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
