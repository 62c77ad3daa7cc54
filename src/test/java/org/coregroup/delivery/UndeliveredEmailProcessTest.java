package org.coregroup.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.delivery.UndeliveredEmailProcess.*;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.notification.MailOutbox;
import org.coregroup.notification.Recipient;
import org.coregroup.notification.RefusingMailServer;
import org.coregroup.notification.UndeliveredEmail;
import org.coregroup.notification.UndeliveredEmails;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * ADR 0037: an email of a case that never arrives is the key worker's task, "Pass on an email that
 * did not arrive", with what it said; nobody else can see, do or start it.
 */
@CoreGroupTest
class UndeliveredEmailProcessTest {

  private static final String HELENS_ADDRESS = "helen.health@coregroup.example";
  private static final OpenCases OPEN = new OpenCases();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired MailOutbox outbox;
  @Autowired JavaMailSenderImpl sender;
  @Autowired UndeliveredEmails undelivered;

  @AfterEach
  void close() {
    OPEN.closeAll(runtime);
  }

  @Test
  @DisplayName("ADR 0038, R21: the mail server refuses Helen's address: her invitation is not tried again, and the key worker has a task due the next working day with what it said, why, and its calendar file")
  void refusedInvitationBecomesTheKeyWorkersTask() throws Exception {
    today("2026-03-02");
    String ref;
    List<String> received;
    int productPort = sender.getPort();
    try (RefusingMailServer refusing = new RefusingMailServer(HELENS_ADDRESS, 550, "5.1.1 No such mailbox")) {
      sender.setPort(refusing.port());
      ref = startPlan();
      outbox.deliverDue();
      received = refusing.received();
    } finally {
      sender.setPort(productPort);
    }

    assertThat(received).as("the other members' invitations went").isNotEmpty().doesNotContain(HELENS_ADDRESS);
    assertThat(outbox.waiting()).as("Helen's is not kept to be tried again").isZero();
    Task passOn = passOnTask(ref);
    assertThat(passOn).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-03")).hasName("Pass on an email that did not arrive");
    Map<String, Object> shown = tasks.getVariables(passOn.getId());
    assertThat(shown.get(UNDELIVERED_TO)).isEqualTo("Helen Health (" + HELENS_ADDRESS + ")");
    assertThat((String) shown.get(UNDELIVERED_SUBJECT)).contains("Amy Example").contains("invitation");
    assertThat((String) shown.get(UNDELIVERED_TEXT)).contains("You are invited to the core group meeting for Amy Example");
    assertThat((String) shown.get(UNDELIVERED_ATTACHMENTS)).endsWith(".ics");
    assertThat((String) shown.get(UNDELIVERED_WHY)).startsWith("The receiving mail server refused the address");
    assertThat((String) shown.get(MAIL_SERVER_REPLY)).contains("No such mailbox");
  }

  @Test
  @DisplayName("ADR 0038, R21: the key worker says how she passed it on; without the way or what she did the form is refused naming the field, and nothing is lost; R33: the chair's case history shows it")
  void keyWorkerRecordsHowItWasPassedOn() throws Exception {
    String ref = reportedOnANewCase();
    Task passOn = passOnTask(ref);

    rejectedNaming(PASSED_ON_NOTE, () -> forms.submitTaskForm(passOn.getId(), Map.of(PASSED_ON_HOW, "post")));
    rejectedNaming(PASSED_ON_HOW, () -> forms.submitTaskForm(passOn.getId(), Map.of(PASSED_ON_HOW, "pigeon",
        PASSED_ON_NOTE, "Sent by pigeon")));
    assertThat(passOnTask(ref)).as("still open").isNotNull();

    forms.submitTaskForm(passOn.getId(), Map.of(PASSED_ON_HOW, "post", PASSED_ON_NOTE, "Invitation posted to the surgery on 2 March"));
    ProcessInstance done = runtime.createProcessInstanceQuery().processInstanceId(passOn.getProcessInstanceId()).singleResult();
    assertThat(done).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(passOn.getProcessInstanceId())
        .variableName(PASSED_ON_NOTE).singleResult().getValue()).isEqualTo("Invitation posted to the surgery on 2 March");
    String caseHistory = Http.tasklist(port, "carol.chair").get("/oversight/cases/" + ref).body();
    assertThat(caseHistory).contains("An email that did not arrive")
        .contains("To Helen Health (" + HELENS_ADDRESS + "): Core group for Amy Example: minutes")
        .contains("passed on: By post. Invitation posted to the surgery on 2 March");
  }

  @Test
  @DisplayName("ADR 0038, R23: only the key worker sees and does the task: another case's member cannot read it, a member of the case cannot complete it, and nobody can start one by REST; the task is unchanged")
  void onlyTheKeyWorker() throws Exception {
    String ref = reportedOnANewCase();
    Task passOn = passOnTask(ref);
    String submit = "{\"variables\": {\"passedOnHow\": {\"value\": \"not-needed\"}, \"passedOnNote\": {\"value\": \"ignore it\"}}}";

    HttpResponse<String> outsider = Http.rest(port, "olivia.outsider").call("GET", "/task/" + passOn.getId(), null);
    assertThat(outsider.statusCode()).as(outsider.body()).isIn(403, 404);
    HttpResponse<String> outsiderList = Http.rest(port, "olivia.outsider").call("GET",
        "/task?processInstanceBusinessKey=" + ref, null);
    assertThat(outsiderList.body()).doesNotContain(passOn.getId());
    HttpResponse<String> member = Http.rest(port, "helen.health").call("POST", "/task/" + passOn.getId() + "/submit-form", submit);
    assertThat(member.statusCode()).as(member.body()).isIn(403, 404);
    HttpResponse<String> forged = Http.rest(port, "sarah.social").call("POST", "/process-definition/key/" + KEY + "/start",
        "{\"businessKey\": \"" + ref + "\", \"variables\": {\"keyWorker\": {\"value\": \"helen.health\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isIn(403, 404);

    assertThat(tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).list())
        .singleElement().satisfies(task -> {
          assertThat(task.getId()).isEqualTo(passOn.getId());
          assertThat(task.getAssignee()).isEqualTo("sarah.social");
        });
    HttpResponse<String> keyWorker = Http.rest(port, "sarah.social").call("GET", "/task/" + passOn.getId(), null);
    assertThat(keyWorker.statusCode()).as(keyWorker.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("ADR 0038, R21: the key worker cannot rewrite what the email was or whom it was for when she completes the task: refused naming the field, nothing changed")
  void shownFieldsCannotBeRewritten() throws Exception {
    String ref = reportedOnANewCase();
    Task passOn = passOnTask(ref);

    HttpResponse<String> rewritten = Http.rest(port, "sarah.social").call("POST", "/task/" + passOn.getId() + "/submit-form",
        "{\"variables\": {\"passedOnHow\": {\"value\": \"post\"}, \"passedOnNote\": {\"value\": \"Posted\"}, "
            + "\"undeliveredTo\": {\"value\": \"Nobody\"}}}");
    assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(400);
    assertThat(rewritten.body()).contains(UNDELIVERED_TO);
    assertThat(passOnTask(ref)).as("still open").isNotNull();
    assertThat(tasks.getVariable(passOn.getId(), UNDELIVERED_TO)).isEqualTo("Helen Health (" + HELENS_ADDRESS + ")");
  }

  @Test
  @DisplayName("ADR 0038, R21: an email of a case that has closed still reaches its last key worker as a task")
  void closedCase() {
    today("2026-03-02");
    String ref = startPlan();
    ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(ChildProtectionPlanProcess.KEY).singleResult();
    runtime.deleteProcessInstance(plan.getId(), "case closed", true, true);

    report(ref);
    assertThat(passOnTask(ref)).isAssignedTo("sarah.social");
  }

  /** A plan started on 2 March 2026, whose outbox has just given up on Helen's minutes. */
  private String reportedOnANewCase() {
    today("2026-03-02");
    String ref = startPlan();
    report(ref);
    return ref;
  }

  private String startPlan() {
    String ref = OPEN.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, new HashMap<>(PlanCases.plan("national", "2026-03-02")));
    return ref;
  }

  /** What the outbox reports when it gives up on Helen's minutes. */
  private void report(String ref) {
    undelivered.report(new UndeliveredEmail(ref, new Recipient("Helen Health", "helen.health", HELENS_ADDRESS),
        "Core group for Amy Example: minutes", "The minutes are attached.", List.of("minutes.pdf"), Instant.now(), true,
        "550 5.1.1 No such mailbox"));
  }

  private Task passOnTask(String ref) {
    return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_PASS_ON).singleResult();
  }
}
