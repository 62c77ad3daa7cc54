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
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.coregroup.policy.LocalPolicy;

/** The conventions of ../shared/docs/engineering.md that every model and form keeps. */
@CoreGroupTest
class ModelConventionsTest {

  static final Pattern READABLE_ID = Pattern.compile("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]*");
  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
  static final List<Class<?>> CONTRACTS = List.of(ChildProtectionPlanProcess.class, CoreGroupMeetingProcess.class,
      CalendarChangeProcess.class, CaseMonitoringProcess.class, RecordVisitProcess.class, RaiseConcernProcess.class,
      ContingencyReviewProcess.class, ProfessionalDifferencesProcess.class, CoreGroupFollowUpProcess.class,
      org.coregroup.plan.ChangeCoreGroupProcess.class, org.coregroup.plan.RecordBirthProcess.class,
      org.coregroup.plan.ChildLookedAfterProcess.class, org.coregroup.plan.BringReviewForwardProcess.class,
      org.coregroup.meeting.MoveMeetingProcess.class, org.coregroup.delivery.UndeliveredEmailProcess.class);

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
  @DisplayName("A form is named after its id, is used by a process, and every field key (nested ones too) is a name of that process's contract")
  void formKeys(Path file) throws Exception {
    JsonNode form = new ObjectMapper().readTree(file.toFile());
    String id = form.get("id").asText();
    assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
    List<Class<?>> users = new ArrayList<>();
    for (Path model : models().toList()) {
      if (Files.readString(model).contains("camunda:formRef=\"" + id + "\"")) {
        users.add(contractOf(model));
      }
    }
    assertThat(users).as(id + " is the form of some process's task or start").isNotEmpty();
    for (Class<?> contract : users) {
      Collection<String> names = contractValues(List.of(contract));
      for (String key : keys(form.get("components"), new ArrayList<>())) {
        assertThat(names).as(file + ": " + key + " in " + contract.getSimpleName()).contains(key);
      }
    }
  }

  /** Every key and path of the components, at any depth (groups, dynamic lists). */
  static List<String> keys(JsonNode components, List<String> found) {
    if (components == null) {
      return found;
    }
    for (JsonNode component : components) {
      for (String attribute : List.of("key", "path")) {
        if (component.hasNonNull(attribute) && !component.get(attribute).asText().isBlank()) {
          found.add(component.get(attribute).asText());
        }
      }
      keys(component.get("components"), found);
    }
    return found;
  }

  /** The contract class whose {@code KEY} is the process id of {@code model}. */
  static Class<?> contractOf(Path model) throws IllegalAccessException {
    String key = Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).iterator().next().getId();
    for (Class<?> contract : CONTRACTS) {
      for (Field field : contract.getFields()) {
        if (field.getName().equals("KEY") && key.equals(field.get(null))) {
          return contract;
        }
      }
    }
    throw new AssertionError("no contract class for " + model);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("R19: the record's attendance choices are the attendance values of the meeting's contract, in its order")
  void attendanceChoices() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "RecordCoreGroupMeetingForm.form").toFile());
    List<String> offered = new ArrayList<>();
    collect(form.get("components"), component -> {
      if (CoreGroupMeetingProcess.ATTENDANCE_STATUS.equals(component.path("key").asText())) {
        component.get("values").forEach(v -> offered.add(v.get("value").asText()));
      }
    });
    assertThat(offered).containsExactlyElementsOf(CoreGroupMeetingProcess.ATTENDANCE_STATUSES);
  }

  static void collect(JsonNode components, java.util.function.Consumer<JsonNode> each) {
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      each.accept(component);
      collect(component.get("components"), each);
    }
  }

  static Stream<Path> decisions() throws IOException {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".dmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  @DisplayName("A decision table is named after its decision, and its inputs and outputs are the names the Java side reads")
  void decisionNames(Path file) throws Exception {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    String id = file.getFileName().toString().replace(".dmn", "");
    List<String> ids = model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
    assertThat(ids).as(file + " holds the decision of its name").contains(id);
    Decision decision = model.getModelElementById(id);
    List<String> outputs = decision.getModelInstance().getModelElementsByType(Output.class).stream()
        .filter(o -> o.getParentElement().getParentElement().equals(decision)).map(Output::getName).toList();
    List<String> inputs = decision.getModelInstance().getModelElementsByType(Input.class).stream()
        .filter(in -> in.getParentElement().getParentElement().equals(decision)).map(Input::getCamundaInputVariable).toList();
    if (id.equals(LocalPolicy.DECISION_KEY)) {
      assertThat(outputs).as("every column of the table is a LocalPolicy accessor's, and back")
          .containsExactlyInAnyOrderElementsOf(LocalPolicy.columns());
      assertThat(inputs).containsExactly(LocalPolicy.INPUT);
    } else {
      Collection<String> contract = contractValues();
      assertThat(contract).as(id + " is named in a process contract").contains(id);
      assertThat(contract).as(id + "'s inputs and outputs are contract names").containsAll(outputs).containsAll(inputs);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("Every bean an expression calls (${bean.method(...)}) is a Spring bean with that public method")
  void expressionBeans(Path file) throws IOException {
    Matcher calls = Pattern.compile("\\$\\{!?(\\w+)\\.(\\w+)\\(").matcher(Files.readString(file));
    while (calls.find()) {
      String bean = calls.group(1);
      String method = calls.group(2);
      if (bean.equals("execution") || bean.equals("task")) {
        continue;
      }
      assertThat(spring.containsBean(bean)).as(file + ": bean " + bean).isTrue();
      assertThat(java.util.Arrays.stream(org.springframework.aop.support.AopUtils.getTargetClass(spring.getBean(bean)).getMethods())
          .map(java.lang.reflect.Method::getName)).as(file + ": " + bean + "." + method).contains(method);
    }
  }

  static Collection<String> contractValues() throws IllegalAccessException {
    return contractValues(CONTRACTS);
  }

  static Collection<String> contractValues(List<Class<?>> contracts) throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Class<?> contract : contracts) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          values.add((String) field.get(null));
        }
      }
    }
    return values;
  }
}
