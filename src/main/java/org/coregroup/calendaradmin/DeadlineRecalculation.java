package org.coregroup.calendaradmin;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.springframework.stereotype.Service;

/**
 * Works out again every running deadline kept with its working-day rule (variables named
 * {@code <deadline>Rule}). Where one moves, everything of the same case that was due at the old
 * moment moves with it: the deadline variable and others equal to it, open tasks' due dates and
 * timers. Deadlines already passed are left alone: they have done their work.
 */
@Service
class DeadlineRecalculation {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final WorkingDayCalendar calendar;

  DeadlineRecalculation(RuntimeService runtime, TaskService tasks, ManagementService management,
      WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.calendar = calendar;
  }

  /** Returns how many deadlines moved. */
  int recalculate() {
    int moved = 0;
    Date now = EngineClock.now();
    for (VariableInstance ruleVariable : runtime.createVariableInstanceQuery()
        .variableNameLike("%" + WorkingDayDeadline.RULE_SUFFIX).list()) {
      String deadlineName = ruleVariable.getName()
          .substring(0, ruleVariable.getName().length() - WorkingDayDeadline.RULE_SUFFIX.length());
      Object old = runtime.getVariable(ruleVariable.getExecutionId(), deadlineName);
      WorkingDayDeadline rule = WorkingDayDeadline.fromJson(ruleVariable.getValue().toString());
      Date due = EngineClock.endOfDay(rule.due(calendar));
      if (old instanceof Date oldDue && oldDue.after(now) && !oldDue.equals(due)) {
        runtime.setVariable(ruleVariable.getExecutionId(), ruleVariable.getName(),
            SpinValues.jsonValue(rule.toJson(calendar)).create());
        moveCase(businessKey(ruleVariable.getProcessInstanceId()), oldDue, due);
        moved++;
      }
    }
    return moved;
  }

  private void moveCase(String businessKey, Date oldDue, Date due) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .stream().map(p -> p.getId()).toList();
    for (VariableInstance variable : runtime.createVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      if (Objects.equals(variable.getValue(), oldDue)) {
        runtime.setVariable(variable.getExecutionId(), variable.getName(), due);
      }
    }
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).dueDate(oldDue).list()) {
      task.setDueDate(due);
      tasks.saveTask(task);
    }
    for (String instance : instances) {
      for (Job timer : management.createJobQuery().processInstanceId(instance).timers().list()) {
        if (oldDue.equals(timer.getDuedate())) {
          management.setJobDuedate(timer.getId(), due);
        }
      }
    }
  }

  private String businessKey(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }
}
