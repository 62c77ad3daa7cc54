package org.coregroup.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every engine test needs around it, behind {@link CoreGroupTest}: before each test,
 * camunda-bpm-assert works on the application's engine ({@code BpmnAwareTests.init}); after each
 * test (after the class's own {@code @AfterEach} methods), the engine's clock is real time again,
 * so a test that moved it ({@link Dates#today}) leaves no date behind for the next.
 */
public class CoreGroupExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
