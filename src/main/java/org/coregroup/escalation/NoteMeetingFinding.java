package org.coregroup.escalation;

import static org.coregroup.escalation.ContingencyReviewProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.ProcessVariables;
import org.coregroup.membership.CaseVariables;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.coregroup.notification.Recipient;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NoteMeetingFinding} (R28): a core group meeting found the plan not progressing while
 * this contingency review is open. The meeting is added to {@link ContingencyReviewProcess#LATER_MEETING_FINDINGS}
 * (shown on the review's forms) and the key worker and whoever holds the review's open task are told.
 */
@Component("noteMeetingFinding")
class NoteMeetingFinding implements JavaDelegate {

  private final TaskService tasks;
  private final People people;
  private final Notifier notifier;

  NoteMeetingFinding(TaskService tasks, People people, Notifier notifier) {
    this.tasks = tasks;
    this.people = people;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariables vars = new ProcessVariables(execution);
    String line = "The core group meeting on " + UkDates.day(vars.date(MEETING_FOUND_ON))
        + " also found the plan not progressing.";
    String before = vars.text(LATER_MEETING_FINDINGS);
    execution.getProcessInstance().setVariable(LATER_MEETING_FINDINGS, before == null ? line : before + "\n" + line);
    Set<String> told = new LinkedHashSet<>();
    told.add(vars.text(CaseVariables.KEY_WORKER));
    for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (open.getAssignee() != null) {
        told.add(open.getAssignee());
      }
    }
    List<Recipient> recipients = new ArrayList<>();
    told.stream().filter(id -> id != null).forEach(id -> recipients.add(people.user(id)));
    notifier.tell(execution, recipients, "contingency review: plan still not progressing",
        line + " No second contingency review was started: the open one for " + vars.text(CaseVariables.CASE_REFERENCE)
            + " takes it into account.");
  }
}
