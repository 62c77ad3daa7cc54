package org.coregroup.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatisticsQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.rest.dto.repository.IncidentStatisticsResultDto;
import org.camunda.bpm.engine.rest.dto.repository.ProcessDefinitionDto;
import org.camunda.bpm.engine.rest.dto.repository.ProcessDefinitionStatisticsResultDto;
import org.springframework.stereotype.Component;

/**
 * Cockpit's process statistics (its dashboard's "running process instances" and "open
 * incidents", its Processes list) counted over the cases the user may read, not over the whole
 * engine. Camunda's own statistics queries check only READ on the process definition and then
 * count every instance and incident of it; team managers and chairs read all definitions but
 * only their own cases. Every count here is one of the engine's own queries, run as the user,
 * so the engine's instance authorizations decide what is counted. The answers have the shapes
 * of Camunda's ({@code /process-definition/statistics} and Cockpit's
 * {@code plugin/base/{engine}/process-definition/statistics}), so Cockpit shows them as usual.
 */
@Component
class CaseStatistics {

  private final ManagementService management;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;

  CaseStatistics(ManagementService management, RepositoryService repository, RuntimeService runtime, TaskService tasks) {
    this.management = management;
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /**
   * Cockpit's Human Tasks page, "grouped by candidate group" ({@code GET task/report/candidate-group-count}):
   * as Camunda counts it (open tasks nobody holds, per candidate group, those without a group under
   * none), but over the tasks the user may read. Camunda's report needs READ on every task of the
   * engine; here the engine's task query, run as the user, decides which tasks are counted.
   */
  List<Map<String, Object>> unassignedTasksByCandidateGroup() {
    Map<String, Integer> byGroup = new TreeMap<>();
    // the product gives every task to a named person: unassigned tasks are few, and those with a group fewer
    for (Task task : tasks.createTaskQuery().taskUnassigned().withCandidateGroups().list()) {
      tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).distinct()
          .forEach(group -> byGroup.merge(group, 1, Integer::sum));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    long withoutGroup = tasks.createTaskQuery().taskUnassigned().withoutCandidateGroups().count();
    if (withoutGroup > 0) {
      rows.add(row(null, (int) withoutGroup));
    }
    byGroup.forEach((group, count) -> rows.add(row(group, count)));
    return rows;
  }

  private static Map<String, Object> row(String groupName, int taskCount) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("groupName", groupName);
    row.put("taskCount", taskCount);
    return row;
  }

  /** {@code GET process-definition/statistics}: one row per definition version the user may read. */
  List<ProcessDefinitionStatisticsResultDto> perVersion(MultivaluedMap<String, String> query) {
    boolean failedJobs = flag(query, "failedJobs");
    boolean incidents = flag(query, "incidents");
    boolean rootIncidents = flag(query, "rootIncidents");
    String incidentType = query.getFirst("incidentsForType");
    boolean anyIncidents = incidents || rootIncidents || incidentType != null;

    // The engine's own query names the definitions this user may read; its engine-wide counts
    // are used only to skip counting where there is nothing at all, never shown.
    ProcessDefinitionStatisticsQuery engineWide = management.createProcessDefinitionStatisticsQuery();
    if (failedJobs) {
      engineWide.includeFailedJobs();
    }
    if (anyIncidents) {
      engineWide.includeIncidents();
    }
    List<ProcessDefinitionStatisticsResultDto> rows = new ArrayList<>();
    for (ProcessDefinitionStatistics definition : engineWide.unlimitedList()) {
      boolean empty = definition.getInstances() == 0 && definition.getFailedJobs() == 0
          && definition.getIncidentStatistics().isEmpty();
      ProcessDefinitionStatisticsResultDto row = new ProcessDefinitionStatisticsResultDto();
      row.setId(definition.getId());
      row.setDefinition(ProcessDefinitionDto.fromProcessDefinition(definition));
      row.setInstances(empty ? 0 : (int) runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
      row.setFailedJobs(!failedJobs || empty ? 0
          : (int) management.createJobQuery().processDefinitionId(definition.getId()).noRetriesLeft().count());
      List<IncidentStatisticsResultDto> byType = new ArrayList<>();
      if (anyIncidents && !empty) {
        Map<String, Integer> counts = new TreeMap<>();
        IncidentQuery incidentQuery = runtime.createIncidentQuery().processDefinitionId(definition.getId());
        if (incidentType != null) {
          incidentQuery.incidentType(incidentType);
        }
        for (Incident incident : incidentQuery.list()) {
          if (!rootIncidents || Objects.equals(incident.getId(), incident.getRootCauseIncidentId())) {
            counts.merge(incident.getIncidentType(), 1, Integer::sum);
          }
        }
        counts.forEach((type, count) -> {
          IncidentStatisticsResultDto dto = new IncidentStatisticsResultDto();
          dto.setIncidentType(type);
          dto.setIncidentCount(count);
          byType.add(dto);
        });
      }
      row.setIncidents(byType);
      rows.add(row);
    }
    return rows;
  }

  /**
   * Cockpit's Processes list ({@code plugin/base/{engine}/process-definition/statistics}): the
   * latest version of each process the user may read, with the running instances and open
   * incidents of all its versions that she may read; filtered, sorted and paged as Cockpit asks.
   */
  List<Map<String, Object>> perProcess(MultivaluedMap<String, String> query) {
    ProcessDefinitionQuery definitions = repository.createProcessDefinitionQuery().latestVersion();
    if (query.getFirst("key") != null) {
      definitions.processDefinitionKey(query.getFirst("key"));
    }
    if (query.getFirst("keyLike") != null) {
      definitions.processDefinitionKeyLike(query.getFirst("keyLike"));
    }
    if (query.getFirst("name") != null) {
      definitions.processDefinitionName(query.getFirst("name"));
    }
    if (query.getFirst("nameLike") != null) {
      definitions.processDefinitionNameLike(query.getFirst("nameLike"));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProcessDefinition definition : definitions.list()) {
      ProcessInstanceQuery instances = runtime.createProcessInstanceQuery().processDefinitionKey(definition.getKey());
      IncidentQuery incidents = runtime.createIncidentQuery().processDefinitionKeyIn(definition.getKey());
      if (definition.getTenantId() == null) {
        instances.withoutTenantId(); // (the incident query has no such filter; the product has no tenants)
      } else {
        instances.tenantIdIn(definition.getTenantId());
        incidents.tenantIdIn(definition.getTenantId());
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", definition.getId());
      row.put("key", definition.getKey());
      row.put("name", definition.getName());
      row.put("version", definition.getVersion());
      row.put("tenantId", definition.getTenantId());
      row.put("suspensionState", definition.isSuspended() ? 2 : 1);
      row.put("instances", (int) instances.count());
      row.put("incidents", (int) incidents.count());
      rows.add(row);
    }
    rows.sort(order(query.getFirst("sortBy"), query.getFirst("sortOrder")));
    int first = Math.max(0, integer(query.getFirst("firstResult"), 0));
    int max = integer(query.getFirst("maxResults"), Integer.MAX_VALUE);
    int to = max <= 0 ? rows.size() : (int) Math.min(rows.size(), (long) first + max);
    return first >= rows.size() ? List.of() : List.copyOf(rows.subList(first, to));
  }

  private static Comparator<Map<String, Object>> order(String sortBy, String sortOrder) {
    Function<Map<String, Object>, Comparable<?>> field = switch (sortBy == null ? "" : sortBy) {
      case "instances", "incidents" -> row -> (Integer) row.get(sortBy);
      case "key", "tenantId" -> row -> Objects.toString(row.get(sortBy), "");
      default -> row -> Objects.toString(row.get("name"), Objects.toString(row.get("key"), ""));
    };
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Map<String, Object>> comparator = Comparator.comparing(row -> (Comparable) field.apply(row));
    comparator = comparator.thenComparing(row -> Objects.toString(row.get("id"), ""));
    return "desc".equalsIgnoreCase(sortOrder) ? comparator.reversed() : comparator;
  }

  private static boolean flag(MultivaluedMap<String, String> query, String name) {
    return "true".equalsIgnoreCase(query.getFirst(name));
  }

  private static int integer(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
