package org.coregroup.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Case references unique to a test run, and a case's open task by its definition key. */
public final class Cases {

  private static final AtomicInteger NEXT = new AtomicInteger();
  /** Case references stay unique across runs against a database that outlives them (PostgreSQL). */
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

  private Cases() {
  }

  public static String newReference() {
    return "CASE-" + RUN + "-" + NEXT.incrementAndGet();
  }

  /** The one open task of a case with this definition key; fails the test if there is not exactly one. */
  public static Task openTask(TaskService tasks, String ref, String taskDefinitionKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskDefinitionKey).list();
    assertThat(found).as(taskDefinitionKey + " of " + ref).hasSize(1);
    return found.get(0);
  }
}
