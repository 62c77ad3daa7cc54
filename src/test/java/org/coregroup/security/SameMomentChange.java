package org.coregroup.security;

import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For tests: someone else's change of a task, committed in its own transaction (another thread)
 * while a completion of that task is under way. Armed for one task, once; otherwise it does
 * nothing. This is what happens when two people work on the same thing at the same moment; here
 * the moment is made certain instead of left to chance.
 */
@Component
class SameMomentChange {

  private final TaskService tasks;
  private final AtomicReference<String> armed = new AtomicReference<>();

  SameMomentChange(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The next completion of this task meets a change of its description by someone else. */
  void arm(String taskId) {
    armed.set(taskId);
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) throws InterruptedException {
    if (!armed.compareAndSet(task.getId(), null)) {
      return;
    }
    Thread other = new Thread(() -> {
      Task same = tasks.createTaskQuery().taskId(task.getId()).singleResult();
      same.setDescription("Checked by the key worker");
      tasks.saveTask(same);
    });
    other.start();
    other.join(10_000);
  }
}
