package org.coregroup.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.coregroup.audit.AuditedRequest.Resource;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Finds the case (business key) a resource id belongs to, and a name a person recognises (the
 * task's or process's name), on the product's behalf: the person asking may not see the case,
 * and the audit trail records that she tried. Ids never change owner, so answers are kept in a
 * bounded cache and a request usually costs no query.
 */
@Component
class CaseResolver {

  /** The case a resource belongs to (null when unknown) and what to call the resource. */
  record Found(String caseReference, String label) {
  }

  private static final int CACHE_SIZE = 20_000;

  private final IdentityService identity;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final Map<Resource, Found> cache = new ConcurrentHashMap<>();

  CaseResolver(IdentityService identity, HistoryService history, RuntimeService runtime,
      ManagementService management, RepositoryService repository) {
    this.identity = identity;
    this.history = history;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
  }

  Found resolve(Resource resource) {
    Found cached = cache.get(resource);
    if (cached != null) {
      return cached;
    }
    Found found = AsSystem.call(identity, () -> lookUp(resource));
    if (found.caseReference() != null) {
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(resource, found);
    }
    return found;
  }

  /** The name of a process definition a start names by id or key. */
  String definitionName(String idOrKey) {
    ProcessDefinition definition = AsSystem.call(identity, () -> {
      ProcessDefinition byId = repository.createProcessDefinitionQuery().processDefinitionId(idOrKey).singleResult();
      return byId != null ? byId
          : repository.createProcessDefinitionQuery().processDefinitionKey(idOrKey).latestVersion().singleResult();
    });
    if (definition == null) {
      return idOrKey;
    }
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private Found lookUp(Resource resource) {
    return switch (resource.kind()) {
      case PROCESS_INSTANCE -> processInstance(resource.id());
      case TASK -> task(resource.id());
      case EXECUTION -> execution(resource.id());
      case JOB -> job(resource.id());
      case VARIABLE -> variable(resource.id());
      case SCOPE -> scope(resource.id());
    };
  }

  private Found processInstance(String id) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    if (instance == null) {
      return new Found(null, "process " + id);
    }
    String name = instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
        : instance.getProcessDefinitionKey();
    return new Found(instance.getBusinessKey(), "process '" + name + "'");
  }

  private Found task(String id) {
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
    if (task == null) {
      return new Found(null, "task " + id);
    }
    return new Found(caseOf(task.getProcessInstanceId()), "task '" + task.getName() + "'");
  }

  private Found execution(String id) {
    Execution execution = runtime.createExecutionQuery().executionId(id).singleResult();
    if (execution == null) {
      return processInstance(id);
    }
    return new Found(caseOf(execution.getProcessInstanceId()), "execution " + id);
  }

  private Found job(String id) {
    Job job = management.createJobQuery().jobId(id).singleResult();
    if (job == null) {
      return new Found(null, "job " + id);
    }
    return new Found(caseOf(job.getProcessInstanceId()), "scheduled job " + id);
  }

  private Found variable(String id) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().variableId(id)
        .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
    if (variable == null) {
      return new Found(null, "variable " + id);
    }
    return new Found(caseOf(variable.getProcessInstanceId()), "variable " + variable.getName());
  }

  /** A variable scope is a process instance, an execution or a task. */
  private Found scope(String id) {
    Found found = processInstance(id);
    if (found.caseReference() == null) {
      found = task(id);
    }
    if (found.caseReference() == null) {
      found = execution(id);
    }
    return found;
  }

  private String caseOf(String processInstanceId) {
    return processInstanceId == null ? null : processInstance(processInstanceId).caseReference();
  }
}
