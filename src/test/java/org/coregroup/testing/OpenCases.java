package org.coregroup.testing;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The cases a test class started, deleted after each test: a running case keeps deadlines that
 * other tests sharing the engine (a calendar change counts every running deadline) would see.
 */
public final class OpenCases {

  private final List<String> references = new ArrayList<>();

  public String add(String reference) {
    references.add(reference);
    return reference;
  }

  public void closeAll(RuntimeService runtime) {
    for (String reference : references) {
      for (ProcessInstance root : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
          .rootProcessInstances().list()) {
        runtime.deleteProcessInstance(root.getId(), "test finished", true, true);
      }
    }
    references.clear();
  }
}
