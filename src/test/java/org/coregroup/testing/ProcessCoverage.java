package org.coregroup.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.core.engine.ModelProvider;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestContext;

/**
 * Process test coverage: which flow nodes and sequence flows of each model the tests pass
 * through, per test class and per test, written as an HTML and JSON report to
 * {@code target/process-test-coverage/} (camunda-process-test-coverage; docs/architecture.md).
 *
 * <p>The library's own Spring listener reads a model the first time one of its elements runs, as
 * the user the test acts as; with authorization on, a practitioner may not read process
 * definitions and every REST test of a practitioner failed. Here the model is read with the
 * engine's authorization checks off for that read only. The configuration adds the library's
 * parse listener to the test engine, whose events go to the test class running
 * ({@link #CURRENT_TEST_CLASS}); the listener is registered in
 * {@code META-INF/spring.factories} of the test resources.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessCoverage {

  @Bean
  ProcessEnginePlugin processCoveragePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        new ProcessEngineAdapter(engine, CURRENT_TEST_CLASS).initializeListeners();
      }
    };
  }

  /**
   * Where the engine's coverage events go: to the collector of the test class running, and
   * nowhere outside a test (the application's start-up, the demo case).
   */
  static final CurrentTestClass CURRENT_TEST_CLASS = new CurrentTestClass();

  static final class CurrentTestClass implements Collector {

    private volatile DefaultCollector collector;

    @Override
    public void addEvent(Event event) {
      DefaultCollector current = collector;
      if (current != null && current.activeRun != null) {
        current.addEvent(event);
      }
    }
  }

  /** Every test class of this JVM together: what CI prints (see {@link WholeRun}). */
  static final WholeRun WHOLE_RUN = new WholeRun(Path.of("target", "process-test-coverage",
      "summary-" + System.getProperty("coregroup.coverage.run", "tests") + ".txt"));

  /**
   * The coverage of each model by all the test classes of one JVM so far (surefire's process and
   * REST tests, or failsafe's browser and system tests), with the flow nodes no test ran: written
   * after each test class, so the file holds the whole run when the JVM ends.
   */
  static final class WholeRun {

    private final Path file;
    private final Map<String, Model> models = new TreeMap<>();
    private final Map<String, Set<String>> covered = new TreeMap<>();

    WholeRun(Path file) {
      this.file = file;
    }

    synchronized void add(DefaultCollector collector) {
      collector.getModels().forEach(model -> models.put(model.getKey(), model));
      for (Suite suite : collector.getSuites().values()) {
        for (Event event : suite.getEvents()) {
          covered.computeIfAbsent(event.getModelKey(), key -> new TreeSet<>()).add(event.getDefinitionKey());
        }
      }
      write();
    }

    private void write() {
      StringBuilder text = new StringBuilder("Process test coverage (flow nodes and sequence flows run by at least one test)\n");
      for (Model model : models.values()) {
        Set<String> run = covered.getOrDefault(model.getKey(), Set.of());
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(
            new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
        List<String> notRun = bpmn.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
            .filter(id -> !run.contains(id)).sorted().toList();
        text.append(String.format("%-34s %3d%% (%d of %d)%s%n", model.getKey(),
            Math.round(100.0 * run.size() / Math.max(1, model.getTotalElementCount())), run.size(),
            model.getTotalElementCount(), notRun.isEmpty() ? "" : "; flow nodes no test ran: " + String.join(", ", notRun)));
      }
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The models as deployed, read inside the engine's command without the current user's authorization. */
  static final class DeployedModels implements ModelProvider {

    private final ExecutionContextModelProvider models = new ExecutionContextModelProvider();

    @Override
    public Model getModel(String key) {
      return Context.getCommandContext().runWithoutAuthorization(() -> models.getModel(key));
    }
  }

  /** Collects the coverage of each test class into the report (Spring's test listener). */
  public static final class Listener extends BaseProcessEngineCoverageTestExecutionListener {

    private final DefaultCollector collector = new DefaultCollector(new DeployedModels());

    @Override
    protected DefaultCollector getCoverageCollector() {
      return collector;
    }

    @Override
    protected boolean isTestClassExcluded(TestContext context) {
      return super.isTestClassExcluded(context)
          || context.getApplicationContext().getBeanNamesForType(ProcessEngine.class).length == 0;
    }

    @Override
    public void beforeTestClass(TestContext context) {
      super.beforeTestClass(context);
      if (!isTestClassExcluded(context)) {
        CURRENT_TEST_CLASS.collector = collector;
      }
    }

    @Override
    public void afterTestClass(TestContext context) {
      CURRENT_TEST_CLASS.collector = null;
      super.afterTestClass(context);
      if (!isTestClassExcluded(context)) {
        WHOLE_RUN.add(collector);
      }
    }
  }
}
