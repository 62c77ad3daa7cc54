package org.coregroup.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.core.engine.ModelProvider;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestContext;

/**
 * Process test coverage: which flow nodes and sequence flows of each model the tests pass
 * through, per test class and per test, written as an HTML and JSON report to
 * {@code target/process-test-coverage/} by camunda-process-test-coverage's report (its
 * collector, report and Spring test listener base), and a summary of the whole run
 * ({@link WholeRun}; docs/architecture.md).
 *
 * <p>The library's own engine listeners read each element's process definition through the
 * repository service, as the user the test acts as; with authorization on a practitioner may not
 * read definitions, so every REST test of a practitioner failed. Here a parse listener of our own
 * records the same events from the execution itself, and the models are read from the engine's
 * deployment cache: no user's authorization is involved. Events outside a test class (the
 * application's start-up and its demo case) go nowhere.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessCoverage {

  /** The collector of the test class running, or null between test classes. */
  private static volatile DefaultCollector current;

  @Bean
  ProcessEnginePlugin processCoveragePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new Recorder());
      }
    };
  }

  /** Adds, to every flow node and sequence flow of a parsed process, a listener recording that it ran. */
  static final class Recorder extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      record(definition);
    }

    private static void record(ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        if (activity.getId().contains("#")) { // a multi-instance body: its inner activity is the model's element
          record(activity);
          continue;
        }
        String type = (String) activity.getProperty("type");
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener(EventSource.FLOW_NODE, EventType.START, activity.getId(), type));
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, listener(EventSource.FLOW_NODE, EventType.END, activity.getId(), type));
        for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
          TransitionImpl flow = (TransitionImpl) outgoing;
          flow.addExecutionListener(listener(EventSource.SEQUENCE_FLOW, EventType.TAKE, flow.getId(), "sequenceFlow"));
        }
        record(activity);
      }
    }

    private static ExecutionListener listener(EventSource source, EventType type, String id, String elementType) {
      return execution -> {
        DefaultCollector collector = current;
        if (collector != null && collector.activeRun != null) {
          collector.addEvent(new Event(source, type, id, elementType, key(execution), Instant.now().getEpochSecond()));
        }
      };
    }

    private static String key(DelegateExecution execution) {
      return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }
  }

  /** Each model as deployed (the engine's deployment cache), with the number of elements {@link Recorder} records. */
  static final class DeployedModels implements ModelProvider {

    @Override
    public Model getModel(String key) {
      var cache = Context.getProcessEngineConfiguration().getDeploymentCache();
      ProcessDefinitionEntity definition = cache.findDeployedLatestProcessDefinitionByKey(key);
      BpmnModelInstance bpmn = cache.findBpmnModelInstanceForProcessDefinition(definition);
      return new Model(key, elements(definition), String.valueOf(definition.getVersion()), Bpmn.convertToString(bpmn));
    }

    private static int elements(ScopeImpl scope) {
      int count = 0;
      for (ActivityImpl activity : scope.getActivities()) {
        if (!activity.getId().contains("#")) {
          count += 1 + activity.getOutgoingTransitions().size();
        }
        count += elements(activity);
      }
      return count;
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
        current = collector;
      }
    }

    @Override
    public void afterTestClass(TestContext context) {
      current = null;
      super.afterTestClass(context);
      if (!isTestClassExcluded(context)) {
        WHOLE_RUN.add(collector);
      }
    }
  }

  /** Every test class of this JVM together: what CI prints. */
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
        List<String> notRun = bpmn.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).stream()
            .map(node -> node.getId()).filter(id -> !run.contains(id)).sorted().toList();
        text.append(String.format("%-32s %3d%% (%d of %d)%s%n", model.getKey(),
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
}
