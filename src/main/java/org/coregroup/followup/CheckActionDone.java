package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.input.ProcessVariables;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_CompleteAction}: what was done, added to the follow-up's list of actions done (R22). */
@Component("checkActionDone")
class CheckActionDone implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task.getVariables());
    String done = in.text(ACTION_DONE, "What was done");
    in.verify();
    ProcessVariables vars = new ProcessVariables(task.getExecution().getProcessInstance());
    List<Map<String, Object>> all = new ArrayList<>(JsonLists.read(task.getExecution().getVariable(ACTIONS_DONE)));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ACTION_NUMBER, task.getVariable(ACTION_NUMBER));
    row.put(ACTION_DONE_BY, task.getAssignee());
    row.put(ACTION_DONE_ON, EngineClock.today().toString());
    row.put(ACTION_DONE, done);
    all.add(row);
    vars.setJson(ACTIONS_DONE, all);
  }
}
