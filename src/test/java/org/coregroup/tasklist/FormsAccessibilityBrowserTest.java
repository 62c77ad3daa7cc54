package org.coregroup.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.coregroup.AxeCheck;
import org.coregroup.TasklistBrowser;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.json.Json;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.2 AA for every Camunda Form the product ships (issue 11): each {@code forms/*.form} is
 * shown in the real Tasklist, a start form through "Start process", a task form through a task
 * of its own, and axe-core checks the form's own container (Tasklist's screens around it are
 * Camunda's: docs/architecture.md says what axe finds there). One browser for all forms, one
 * Spring context; the tasks are put in place through the engine's API (a case's process started
 * before the task, with the case's variables). Also the screenshots of the README: a
 * practitioner's Tasklist and the meeting record being filled in.
 */
@CoreGroupTest
class FormsAccessibilityBrowserTest {

  static final Path FORMS = Path.of("forms");
  static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)\\}$");
  static final Pattern WORDS_ARGUMENT = Pattern.compile("words\\.(?:day|person)\\(([A-Za-z][A-Za-z0-9]*)\\)");
  static final Pattern TIMER_DATE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*(?:Due|At|On))\\}");
  static final String FORM = ".fjs-container";

  @RegisterExtension
  static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired WorkingDayCalendar calendar;

  final OpenCases cases = new OpenCases();

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  /** Where a form is shown: a start event (the process's name in the Start dialog) or a user task. */
  record Use(String formId, ProcessDefinition process, String elementId, boolean start, BpmnModelInstance model) {
  }

  @TestFactory
  @DisplayName("WCAG 2.2 AA: every form in Tasklist has no serious or critical axe-core violation")
  Stream<DynamicTest> everyForm() throws IOException {
    Map<String, Use> uses = usesOfEveryForm();
    List<String> shipped = shippedForms();
    assertThat(uses.keySet()).as("every shipped form is shown by a start event or a task").containsAll(shipped);

    // a sandwell case at its first meeting (the meeting record asks the most there), and a case
    // whose meeting was recorded, with an action and an absent agency (its follow-up's tasks)
    String first = cases.add(Cases.newReference());
    LocalDate today = Dates.wallToday();
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, first,
        new HashMap<>(PlanCases.plan("sandwell", Dates.workingDayOnOrBefore(calendar, today.minusDays(3)).toString())));
    String ref = cases.add(Cases.newReference());
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, today.minusDays(30));
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc.toString())));
    LocalDate held = Dates.workingDayOnOrBefore(calendar, icpc.plusDays(14));
    Map<String, Object> record = new HashMap<>(MeetingRecords.held(held.toString(), Dates.workingDayOnOrBefore(calendar, held.plusWeeks(4)).toString()));
    record.put(CoreGroupMeetingProcess.ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", "absent")));
    record.put(CoreGroupMeetingProcess.ACTIONS, SpinValues.jsonValue("[{\"what\": \"Weekly home visit\", \"owner\": \"Helen Health\", "
        + "\"deadline\": \"" + today.plusDays(7) + "\", \"why\": \"Amy's weight\"}]").create());
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), record);
    VariableMap caseVariables = caseVariables(ref);

    // start forms by who may start them, then task forms by assignee: one login each
    Map<String, List<Use>> byUser = new TreeMap<>();
    Map<String, String> taskIds = new HashMap<>();
    for (String formId : shipped) {
      Use use = uses.get(formId);
      if (use.start()) {
        byUser.computeIfAbsent(starter(formId), u -> new ArrayList<>()).add(use);
      } else {
        Task task = openTaskOf(use, first, ref).orElseGet(() -> taskFor(use, ref, caseVariables));
        taskIds.put(formId, task.getId());
        byUser.computeIfAbsent(task.getAssignee(), u -> new ArrayList<>()).add(use);
      }
    }
    List<DynamicTest> checks = new ArrayList<>();
    byUser.forEach((user, forms) -> {
      checks.add(DynamicTest.dynamicTest("log in as " + user, () -> {
        browser.logInAs(user);
        if (user.equals("sarah.social")) {
          practitionersTasklist(first);
        }
      }));
      for (Use use : forms) {
        checks.add(DynamicTest.dynamicTest(use.formId() + (use.start() ? " (start form)" : " (task form)") + " as " + user,
            () -> checked(use, () -> {
              if (use.start()) {
                openStartForm(use);
              } else {
                openTask(taskIds.get(use.formId()), use);
              }
              AxeCheck.assertNoSeriousViolations(browser.driver(), formContainer(use));
              assertAxeLookedAtTheForm(formContainer(use));
              if (use.formId().equals("RecordCoreGroupMeetingForm")) {
                fillSomeOfTheRecord();
              }
            })));
      }
    });
    return checks.stream();
  }

  @Test
  @DisplayName("ADR 0035: a start form's case reference offers the member's own open cases, with the child's name")
  void caseReferenceOffersOwnCases() {
    String ref = cases.add(Cases.newReference());
    LocalDate icpc = Dates.workingDayOnOrBefore(calendar, Dates.wallToday().minusDays(3));
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", icpc.toString())));

    browser.logInAs("helen.health");
    browser.openStartForm("Record a visit", "caseReference");
    WebDriver d = browser.driver();
    WebElement input = d.findElement(TasklistBrowser.field("caseReference"));
    String listId = browser.waitFor("the case choices on the case reference", x -> input.getAttribute("list"));
    List<String> offered = browser.waitFor("the member's case among the choices", x -> {
      List<String> options = x.findElements(By.cssSelector("datalist#" + listId + " option")).stream()
          .map(o -> o.getAttribute("value") + " " + o.getAttribute("label")).toList();
      return options.contains(ref + " Amy Example") ? options : null;
    });
    assertThat(offered).allSatisfy(o -> assertThat(o).doesNotContain("null"));
    // the server still checks: a reference typed that is not hers is refused at the start, as before (RecordVisitProcessTest)
    browser.type("caseReference", ref);
    assertThat(input.getAttribute("value")).isEqualTo(ref);
    browser.screenshot("start-form-case-choices");
  }

  @Test
  @DisplayName("UK dates: in a browser set to English (UK) form-js's date fields ask for and show dd/mm/yyyy (docs/architecture.md, \"Dates in forms\")")
  void ukBrowserShowsUkDates() {
    // headless Chromium's own locale is en-US whatever --lang says: set the page's locale as a UK browser has it
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-GB"));
    browser.logInAs("helen.health");
    browser.openStartForm("Record a visit", "caseReference");
    WebElement date = browser.driver().findElement(By.cssSelector("[id$='-Field_visitDate-date']"));
    assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    browser.scrollIntoView(date);
    date.sendKeys("25/06/2026"); // 25 June: no US date
    browser.blurActiveElement();
    browser.waitFor("the date shown back the UK way", ExpectedConditions.attributeToBe(date, "value", "25/06/2026"));
  }

  // ---- which forms, and where they are shown

  static List<String> shippedForms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
        try {
          return Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8)).path("id").asText();
        } catch (IOException e) {
          throw new AssertionError(f + ": " + e, e);
        }
      }).sorted().toList();
    }
  }

  Map<String, Use> usesOfEveryForm() {
    Map<String, Use> uses = new LinkedHashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          uses.putIfAbsent(start.getCamundaFormRef(), new Use(start.getCamundaFormRef(), definition, start.getId(), true, model));
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaFormRef() != null) {
          uses.putIfAbsent(task.getCamundaFormRef(), new Use(task.getCamundaFormRef(), definition, task.getId(), false, model));
        }
      }
    }
    return uses;
  }

  /** Who starts it in the walkthrough: the key worker, the chair for a review brought forward, an administrator for the calendar. */
  static String starter(String formId) {
    return switch (formId) {
      case "ChangeCalendarForm" -> "admin";
      case "BringReviewForwardForm" -> "carol.chair";
      default -> "sarah.social";
    };
  }

  // ---- tasks put in place through the engine

  /** What the case's running processes hold (the plan's people, the meeting's date, ...). */
  VariableMap caseVariables(String ref) {
    VariableMap variables = Variables.createVariables();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
      runtime.getVariablesTyped(instance.getId()).forEach(variables::putIfAbsent);
    }
    return variables;
  }

  /** A task of the form's user task that the cases' own course has opened already. */
  Optional<Task> openTaskOf(Use use, String... refs) {
    for (String ref : refs) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(ref).processDefinitionKey(use.process().getKey())
          .taskDefinitionKey(use.elementId()).list();
      if (!open.isEmpty()) {
        return Optional.of(open.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * A task of the form's user task, in a new instance of its process for the case, started right
   * before the task with the case's variables; what the task's assignee, due date, inputs and
   * multi-instance name and the case does not hold is given a plausible value.
   */
  Task taskFor(Use use, String ref, VariableMap caseVariables) {
    UserTask task = use.model().getModelElementById(use.elementId());
    VariableMap variables = Variables.createVariables();
    variables.putAll(caseVariables);
    Date inAWeek = Date.from(Dates.wallToday().plusDays(7).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
    String day = Dates.wallToday().toString();
    missing(variables, task.getCamundaAssignee(), "sarah.social");
    missing(variables, task.getCamundaDueDate(), inAWeek);
    Matcher words = WORDS_ARGUMENT.matcher(xml(task));
    while (words.find()) {
      variables.putIfAbsent(words.group(1), day);
    }
    // the timers on the task's edge start with it: their dates
    for (BoundaryEvent boundary : use.model().getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() == task) {
        Matcher name = TIMER_DATE.matcher(boundary.getDomElement().getChildElements().stream()
            .map(e -> e.getTextContent()).reduce("", String::concat));
        while (name.find()) {
          variables.putIfAbsent(name.group(1), inAWeek);
        }
      }
    }
    variables.putIfAbsent("attendees", Variables.objectValue(new ArrayList<>(List.of("helen.health"))).create());
    variables.putIfAbsent("attendee", "helen.health");
    variables.putIfAbsent("agenciesToEscalate", Variables.objectValue(new ArrayList<>(List.of("education"))).create());
    variables.putIfAbsent("absentAgency", "education");
    variables.putIfAbsent("driftMonthsOpen", 9);
    if (use.elementId().equals(ChildProtectionPlanProcess.TASK_RECORD_BIRTH)) {
      // the key worker is asked for a birth on a plan with twins to come (the form then asks which
      // baby); a plan waiting for no birth ends the wait at once ("No baby to come any more")
      variables.put(ChildProtectionPlanProcess.AWAITING_BIRTH, true);
      variables.put(ChildProtectionPlanProcess.CHILDREN, SpinValues.jsonValue("""
          [{"childNumber": 1, "childName": "First twin of Jo Parent", "expectedBirthDate": "%1$s", "categoryOfAbuse": "NEG"},
           {"childNumber": 2, "childName": "Second twin of Jo Parent", "expectedBirthDate": "%1$s", "categoryOfAbuse": "NEG"}]"""
          .formatted(Dates.wallToday().minusDays(15))).create());
    }
    ProcessInstance instance = runtime.createProcessInstanceById(use.process().getId()).businessKey(ref)
        .setVariables(variables).startBeforeActivity(use.elementId()).execute();
    List<Task> created = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(use.elementId()).list();
    assertThat(created).as("a task '" + task.getName() + "' for " + use.formId()).isNotEmpty();
    return created.get(0);
  }

  private static void missing(VariableMap variables, String expression, Object value) {
    if (expression == null) {
      return;
    }
    Matcher name = EXPRESSION.matcher(expression.trim());
    if (name.matches()) {
      variables.putIfAbsent(name.group(1), value);
    }
  }

  private static String xml(UserTask task) {
    StringBuilder text = new StringBuilder();
    task.getDomElement().getChildElements().forEach(child -> text.append(child.getTextContent()).append(' '));
    return text.toString();
  }

  // ---- in Tasklist

  void openStartForm(Use use) {
    String name = use.process().getName();
    showAfresh("#/");
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Start process']")));
    String firstField = firstKey(use.formId());
    browser.openStartForm(name, firstField);
    formRendered(".modal-content " + FORM);
  }

  void openTask(String taskId, Use use) {
    UserTask task = use.model().getModelElementById(use.elementId());
    showAfresh("#/?task=" + taskId);
    browser.waitFor("the task '" + task.getName() + "'", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".task-details h2.task"), task.getName()));
    formRendered(".task-details " + FORM);
  }

  /** Tasklist at {@code hash}, loaded again (a change of the hash alone would leave a start dialog open). */
  void showAfresh(String hash) {
    WebDriver d = browser.driver();
    d.get("about:blank");
    d.get(browser.baseUrl() + "/camunda/app/tasklist/default/" + hash);
  }

  static String formContainer(Use use) {
    return (use.start() ? ".modal-content " : ".task-details ") + FORM;
  }

  /** form-js has drawn its fields and keeps them: the same number twice in a row. */
  void formRendered(String container) {
    int[] last = {-1};
    browser.waitFor("the form in " + container, d -> {
      List<WebElement> forms = d.findElements(By.cssSelector(container + " .fjs-form"));
      if (forms.isEmpty()) {
        return false;
      }
      int fields = forms.get(0).findElements(By.cssSelector(".fjs-form-field")).size();
      boolean stable = fields > 0 && fields == last[0];
      last[0] = fields;
      if (!stable) {
        sleep(200);
      }
      return stable;
    });
  }

  /** The key of the form's first input, to know the start form has opened. */
  static String firstKey(String formId) {
    try {
      var components = Json.MAPPER.readTree(Files.readString(FORMS.resolve(formId + ".form"), StandardCharsets.UTF_8)).path("components");
      for (var component : components) {
        if (component.hasNonNull("key") && List.of("textfield", "textarea", "number").contains(component.path("type").asText())) {
          return component.path("key").asText();
        }
      }
      throw new AssertionError(formId + " has no field to wait for");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** axe-core found the form's fields and checked them (labels, names): the check above was not of an empty box. */
  void assertAxeLookedAtTheForm(String container) {
    Object checked = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document.querySelector(arguments[0]), {runOnly: {type: 'rule', values: ['label']}})
          .then(r => done(r.passes.reduce((n, p) => n + p.nodes.length, 0) + r.violations.reduce((n, v) => n + v.nodes.length, 0)))
          .catch(e => done(-1));""", container);
    assertThat(((Number) checked).intValue()).as("fields axe-core checked for a label in " + container).isPositive();
  }

  /** The README's picture of a practitioner's Tasklist: her tasks, one open. */
  void practitionersTasklist(String ref) {
    Task record = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).singleResult();
    showAfresh("#/?task=" + record.getId());
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), "Record core group meeting"));
    formRendered(".task-details " + FORM);
    browser.screenshot("tasklist-practitioner");
    recordWhatAxeFindsOutsideTheForms();
  }

  /**
   * Tasklist's own screens are Camunda's: what axe-core finds on the whole page (the list, the
   * header, the task's frame) is written to target/axe-tasklist-screens.txt for docs/architecture.md,
   * not failed on.
   */
  void recordWhatAxeFindsOutsideTheForms() {
    AxeCheck.inject(browser.driver());
    Object found = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
          .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ': ' + v.nodes.length + ' nodes, e.g. '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
          .catch(e => done(['axe failed: ' + e]));""");
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "axe-tasklist-screens.txt"), ((List<?>) found).stream().map(String::valueOf).toList(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The README's picture of a meeting being recorded: a few fields filled in. */
  void fillSomeOfTheRecord() {
    browser.type("heldStartTime", "10:00");
    browser.type("childViews", "Amy says she likes her new school and wants to see her nan more.");
    WebElement heading = browser.driver().findElement(By.cssSelector(".task-details h2.task"));
    browser.scrollIntoView(heading);
    browser.screenshot("form-record-meeting");
  }

  /** On a failure: the page as it was, under target/browser (the extension does so only per test method). */
  void checked(Use use, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | AssertionError e) {
      try {
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        WebDriver d = browser.driver();
        Files.write(dir.resolve("FormsAccessibility-" + use.formId() + ".png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve("FormsAccessibility-" + use.formId() + ".html"), d.getPageSource(), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException ignored) {
        e.addSuppressed(ignored);
      }
      throw e;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
