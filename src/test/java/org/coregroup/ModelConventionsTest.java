package org.coregroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.coregroup.calendaradmin.CalendarChangeProcess;
import org.coregroup.escalation.ContingencyReviewProcess;
import org.coregroup.escalation.ProfessionalDifferencesProcess;
import org.coregroup.escalation.RaiseConcernProcess;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.monitoring.CaseMonitoringProcess;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.coregroup.testing.CoreGroupTest;

/** The conventions of ../shared/docs/engineering.md that every model and form keeps. */
@CoreGroupTest
class ModelConventionsTest {

  static final Pattern READABLE_ID = Pattern.compile("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]*");
  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
  static final List<Class<?>> CONTRACTS = List.of(ChildProtectionPlanProcess.class, CoreGroupMeetingProcess.class,
      CalendarChangeProcess.class, CaseMonitoringProcess.class, RecordVisitProcess.class, RaiseConcernProcess.class,
      ContingencyReviewProcess.class, ProfessionalDifferencesProcess.class, CoreGroupFollowUpProcess.class,
      org.coregroup.plan.ChangeCoreGroupProcess.class);

  @Autowired ApplicationContext spring;
  @Autowired RepositoryService repository;

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Named after its process key, executable, with history time to live and the Camunda 7.24 platform")
  void processDefinition(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(model.getDefinitions().getDomElement().getAttribute("http://camunda.org/schema/modeler/1.0",
        "executionPlatformVersion")).isEqualTo("7.24.0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Every element and flow has its shape or edge in the diagram, so Modeler and Cockpit can show it")
  void diagramInterchange(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    List<String> elements = new ArrayList<>();
    model.getModelElementsByType(FlowNode.class).forEach(n -> elements.add(n.getId()));
    model.getModelElementsByType(SequenceFlow.class).forEach(f -> elements.add(f.getId()));
    assertThat(drawn).containsAll(elements);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Ids a reader can follow: Prefix_PascalName on every element")
  void readableIds(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).matches(READABLE_ID);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Every delegate and listener expression names a Spring bean")
  void delegatesAreBeans(Path file) throws IOException {
    Matcher beans = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(Files.readString(file));
    int found = 0;
    while (beans.find()) {
      found++;
      assertThat(spring.containsBean(beans.group(1))).as(beans.group(1)).isTrue();
    }
    assertThat(found).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("R23: user tasks go to a named person with a deadline and a form deployed with the process; never to a group")
  void userTasks(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String key = model.getModelElementsByType(Process.class).iterator().next().getId();
    ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    List<String> resources = repository.getDeploymentResourceNames(deployed.getDeploymentId());
    List<BaseElement> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
    model.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") != null)
        .forEach(withForms::add);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaAssignee()).as(task.getId()).matches(BEAN);
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNull();
      assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
    }
    for (BaseElement element : withForms) {
      String form = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      assertThat(form).as(element.getId() + " has a form").isNotNull();
      assertThat(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
          .isEqualTo("deployment");
      assertThat(Path.of("forms", form + ".form")).exists();
      assertThat(resources).as("deployed with " + key).anyMatch(r -> r.endsWith("forms/" + form + ".form"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  @DisplayName("A form is named after its id, and its field keys are variables of a process contract")
  void formKeys(Path file) throws Exception {
    JsonNode form = new ObjectMapper().readTree(file.toFile());
    assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
    Collection<String> contract = contractValues();
    for (JsonNode component : form.get("components")) {
      if (component.has("key")) {
        assertThat(contract).as(file + ": " + component.get("key").asText()).contains(component.get("key").asText());
      }
      if (component.has("path")) {
        assertThat(contract).contains(component.get("path").asText());
      }
    }
  }

  static Collection<String> contractValues() throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Class<?> contract : CONTRACTS) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          values.add((String) field.get(null));
        }
      }
    }
    return values;
  }
}
