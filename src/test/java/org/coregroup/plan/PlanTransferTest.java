package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.coregroup.input.Rejections.rejectedNaming;
import static org.coregroup.plan.ChildProtectionPlanProcess.*;
import static org.coregroup.plan.PlanCases.plan;
import static org.coregroup.testing.Dates.endOf;
import static org.coregroup.testing.Dates.today;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.notification.TestMailServer;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R35 [WT]: a child who moves permanently to another area keeps the plan here until the receiving
 * authority has held its transfer-in conference (within 15 working days of being told); a plan
 * that starts here from a transfer-in conference counts its deadlines from it (ADR 0031).
 */
@CoreGroupTest
class PlanTransferTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired com.icegreen.greenmail.util.GreenMail mail;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  final OpenCases open = new OpenCases();

  @AfterEach
  void reset() {
    open.closeAll(runtime);
  }

  @Test
  @DisplayName("R35 [WT]: moved permanently: the key worker transfers the plan within 1 working day, the plan stays active until the new area's transfer-in conference (due 15 working days after it was told), then ends as transferred with an exit plan and no step-down")
  void transferOutToEndOfPlan() {
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = movedAtReview(ref);

    Task transfer = Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN);
    assertThat(transfer).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-03"));
    assertThat(plan).isWaitingAt(TASK_TRANSFER_PLAN, CALL_CORE_GROUP_MEETING);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();

    today("2026-03-03");
    forms.submitTaskForm(transfer.getId(), transferForm("2026-03-03"));
    Task record = Cases.openTask(tasks, ref, TASK_RECORD_TRANSFER_IN_CONFERENCE);
    // 15 working days after Tuesday 3 March 2026
    assertThat(record).isAssignedTo("sarah.social").hasDueDate(endOf("2026-03-24"));
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY)).isEqualTo("Leeds");
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY_CODE)).as("the DfE's code").isEqualTo("383");
    assertThat(plan).isWaitingAt(TASK_RECORD_TRANSFER_IN_CONFERENCE, CALL_CORE_GROUP_MEETING);

    today("2026-03-20");
    forms.submitTaskForm(record.getId(), Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-19",
        TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_PLAN_CONTINUES));
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN);
    assertThat(runtime.getVariable(plan.getId(), END_REASON)).isEqualTo("transferred");
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isEqualTo("2026-03-19");
    assertThat(runtime.getVariable(plan.getId(), TRANSFER_IN_CONFERENCE_DECISION)).as("what the new area decided")
        .isEqualTo(TRANSFER_IN_PLAN_CONTINUES);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(TASK_HOLD_REVIEW_CONFERENCE).count()).isZero();

    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_EXIT_PLAN).getId(),
        Map.of(EXIT_PLAN, "Leeds City Council children's services, duty team"));
    assertThat(plan).isEnded().hasPassed(END_EVENT_PLAN_TRANSFERRED, END_EVENT_CASE_CLOSED).hasNotPassed(TASK_HOLD_STEP_DOWN_MEETING);
  }

  @Test
  @DisplayName("R35 [WT]: no transfer-in conference recorded by its due day: the team manager is asked to chase it, the key worker's task stays open and recording it still ends the plan")
  void chasedWhenOverdue() {
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = movedAtReview(ref);
    today("2026-03-03");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId(), transferForm("2026-03-03"));
    Job chase = management.createJobQuery().processInstanceId(plan.getId()).activityId(BOUNDARY_TRANSFER_IN_CONFERENCE_OVERDUE).singleResult();
    assertThat(chase.getDuedate()).isEqualTo(endOf("2026-03-24"));

    today("2026-03-25");
    management.executeJob(chase.getId());
    Task chaseTask = Cases.openTask(tasks, ref, TASK_CHASE_TRANSFER_IN_CONFERENCE);
    assertThat(chaseTask).isAssignedTo("tom.manager").hasDueDate(endOf("2026-03-24"));
    assertThat(plan).isWaitingAt(TASK_RECORD_TRANSFER_IN_CONFERENCE, TASK_CHASE_TRANSFER_IN_CONFERENCE);

    rejectedNaming(TRANSFER_CHASE_NOTE, () -> forms.submitTaskForm(chaseTask.getId(), Map.of(TRANSFER_CHASE_NOTE, " ")));
    forms.submitTaskForm(chaseTask.getId(), Map.of(TRANSFER_CHASE_NOTE, "Rang their duty manager: conference on 27 March"));
    assertThat(plan).isWaitingAt(TASK_RECORD_TRANSFER_IN_CONFERENCE);

    today("2026-03-27");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_RECORD_TRANSFER_IN_CONFERENCE).getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-27", TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_IN_NO_PLAN));
    assertThat(plan).isWaitingAt(TASK_RECORD_EXIT_PLAN);
  }

  @Test
  @DisplayName("R35: a told date before the review or in the future, no authority, a name that is not one or too long, no records, a conference before the new area was told or in the future: refused naming the field, nothing kept")
  void badTransferInputRefused() {
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = movedAtReview(ref);
    Task transfer = Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN);

    rejectedNaming(RECEIVING_AUTHORITY_TOLD_ON, () -> forms.submitTaskForm(transfer.getId(), transferForm("2026-02-27")));
    rejectedNaming(RECEIVING_AUTHORITY_TOLD_ON, () -> forms.submitTaskForm(transfer.getId(), transferForm("2026-03-04")));
    Map<String, Object> noAuthority = transferForm("2026-03-02");
    noAuthority.remove(RECEIVING_AUTHORITY);
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), noAuthority));
    Map<String, Object> notAName = transferForm("2026-03-02");
    notAName.put(RECEIVING_AUTHORITY, "-");
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), notAName));
    Map<String, Object> tooLong = transferForm("2026-03-02");
    tooLong.put(RECEIVING_AUTHORITY, "Leeds ".repeat(40));
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), tooLong));
    Map<String, Object> noRecords = transferForm("2026-03-02");
    noRecords.remove(TRANSFER_RECORDS_SENT);
    rejectedNaming(TRANSFER_RECORDS_SENT, () -> forms.submitTaskForm(transfer.getId(), noRecords));

    assertThat(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId()).isEqualTo(transfer.getId());
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY)).isNull();
    assertThat(runtime.getVariable(plan.getId(), TRANSFER_IN_CONFERENCE_DUE)).isNull();

    forms.submitTaskForm(transfer.getId(), transferForm("2026-03-02"));
    Task record = Cases.openTask(tasks, ref, TASK_RECORD_TRANSFER_IN_CONFERENCE);
    today("2026-03-10");
    rejectedNaming(TRANSFER_IN_CONFERENCE_ON, () -> forms.submitTaskForm(record.getId(), Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-02-27")));
    rejectedNaming(TRANSFER_IN_CONFERENCE_ON, () -> forms.submitTaskForm(record.getId(), Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-11")));
    rejectedNaming(TRANSFER_IN_CONFERENCE_ON, () -> forms.submitTaskForm(record.getId(), Map.of()));
    rejectedNaming(TRANSFER_IN_CONFERENCE_DECISION, () -> forms.submitTaskForm(record.getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-09")));
    rejectedNaming(TRANSFER_IN_CONFERENCE_DECISION, () -> forms.submitTaskForm(record.getId(),
        Map.of(TRANSFER_IN_CONFERENCE_ON, "2026-03-09", TRANSFER_IN_CONFERENCE_DECISION, "adopted")));
    assertThat(plan).isWaitingAt(TASK_RECORD_TRANSFER_IN_CONFERENCE, CALL_CORE_GROUP_MEETING);
    assertThat(runtime.getVariable(plan.getId(), PLAN_END_DATE)).isNull();
  }

  @Test
  @DisplayName("R4, R32, ADR 0031: a plan started from a transfer-in conference keeps the previous authority and plan start, and its first core group and first review run from the transfer-in conference")
  void transferInDeadlinesFromTheConference() {
    today("2025-12-17");
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, transferIn("2025-12-15", "Leeds City Council", "2025-06-02"));

    assertThat(runtime.getVariable(plan.getId(), TRANSFER_IN)).isEqualTo(true);
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_AUTHORITY)).isEqualTo("Leeds City Council");
    assertThat(runtime.getVariable(plan.getId(), PREVIOUS_PLAN_START_DATE)).isEqualTo("2025-06-02");
    // 10 working days after Monday 15 December 2025, over Christmas and Boxing Day
    assertThat(runtime.getVariable(plan.getId(), FIRST_CORE_GROUP_DUE)).isEqualTo(endOf("2025-12-31"));
    assertThat(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE)).hasDueDate(endOf("2026-03-15"));
  }

  @Test
  @DisplayName("Transfer in: no previous authority, a previous plan starting after the transfer-in conference, a previous authority for a plan that is no transfer: refused naming the field, no plan started")
  void badTransferInRefused() {
    today("2025-12-17");
    String ref = Cases.newReference();
    rejectedNaming(PREVIOUS_AUTHORITY, () -> runtime.startProcessInstanceByKey(KEY, ref, transferIn("2025-12-15", " ", "2025-06-02")));
    rejectedNaming(PREVIOUS_PLAN_START_DATE,
        () -> runtime.startProcessInstanceByKey(KEY, ref, transferIn("2025-12-15", "Leeds City Council", "2025-12-16")));
    rejectedNaming(PREVIOUS_PLAN_START_DATE,
        () -> runtime.startProcessInstanceByKey(KEY, ref, transferIn("2025-12-15", "Leeds City Council", null)));
    Map<String, Object> notATransfer = transferIn("2025-12-15", "Leeds City Council", "2025-06-02");
    notATransfer.put(TRANSFER_IN, false);
    rejectedNaming(PREVIOUS_AUTHORITY, () -> runtime.startProcessInstanceByKey(KEY, ref, notATransfer));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  @DisplayName("R35, ADR 0036: the receiving authority is chosen from the local authorities of England and Wales: the task offers every one but this authority (Brent), then somewhere not on the list; a name not on the list, this authority, somewhere else without its name or reason, a listed authority typed as somewhere else, or a bad email address: refused naming the field, nothing kept")
  void receivingAuthorityFromTheList() {
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = movedAtReview(ref);
    Task transfer = Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN);
    java.util.List<Map<String, Object>> choices = org.coregroup.input.JsonLists.read(
        String.valueOf(tasks.getVariable(transfer.getId(), LOCAL_AUTHORITY_CHOICES)));
    assertThat(choices).hasSize(175).extracting(c -> c.get("value")).contains("Leeds", "Cardiff", "Central Bedfordshire")
        .doesNotContain("Brent");
    assertThat(choices.get(174)).containsEntry("value", OUTSIDE_THE_LIST);

    Map<String, Object> notListed = transferForm("2026-03-02");
    notListed.put(RECEIVING_AUTHORITY, "Leeds City Council");
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), notListed));
    Map<String, Object> ourselves = transferForm("2026-03-02");
    ourselves.put(RECEIVING_AUTHORITY, "Brent");
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), ourselves));
    Map<String, Object> ourCode = transferForm("2026-03-02");
    ourCode.put(RECEIVING_AUTHORITY, "304");
    rejectedNaming(RECEIVING_AUTHORITY, () -> forms.submitTaskForm(transfer.getId(), ourCode));
    Map<String, Object> elsewhereUnnamed = transferForm("2026-03-02");
    elsewhereUnnamed.put(RECEIVING_AUTHORITY, OUTSIDE_THE_LIST);
    rejectedNaming(RECEIVING_AUTHORITY_ELSEWHERE, () -> forms.submitTaskForm(transfer.getId(), elsewhereUnnamed));
    rejectedNaming(RECEIVING_AUTHORITY_ELSEWHERE_REASON, () -> forms.submitTaskForm(transfer.getId(), elsewhereUnnamed));
    Map<String, Object> listedAsElsewhere = elsewhere("Leeds", "They asked for it");
    rejectedNaming(RECEIVING_AUTHORITY_ELSEWHERE, () -> forms.submitTaskForm(transfer.getId(), listedAsElsewhere));
    Map<String, Object> reasonForListed = transferForm("2026-03-02");
    reasonForListed.put(RECEIVING_AUTHORITY_ELSEWHERE_REASON, "Moved to Scotland");
    rejectedNaming(RECEIVING_AUTHORITY_ELSEWHERE_REASON, () -> forms.submitTaskForm(transfer.getId(), reasonForListed));
    Map<String, Object> badEmail = transferForm("2026-03-02");
    badEmail.put(TRANSFER_RECORD_EMAIL, "duty team at leeds");
    rejectedNaming(TRANSFER_RECORD_EMAIL, () -> forms.submitTaskForm(transfer.getId(), badEmail));

    assertThat(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId()).isEqualTo(transfer.getId());
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY)).isNull();
    assertThat(runtime.getVariable(plan.getId(), TRANSFER_RECORD_LOG)).isNull();

    forms.submitTaskForm(transfer.getId(), elsewhere("Glasgow City Council", "The family has moved to Scotland"));
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY)).isEqualTo("Glasgow City Council");
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY_CODE)).isNull();
    assertThat(runtime.getVariable(plan.getId(), RECEIVING_AUTHORITY_ELSEWHERE_REASON)).isEqualTo("The family has moved to Scotland");
    assertThat(plan).isWaitingAt(TASK_RECORD_TRANSFER_IN_CONFERENCE, CALL_CORE_GROUP_MEETING);
  }

  @Test
  @DisplayName("R35, ADR 0036: a secure email address on \"Transfer the plan\" sends the transfer record there as a tagged PDF, and the case (and its history for the team manager) records what was sent, when, to whom and by whom")
  void transferRecordEmailed() throws Exception {
    TestMailServer.reset(mail);
    String ref = open.add(Cases.newReference());
    ProcessInstance plan = movedAtReview(ref);
    Map<String, Object> form = transferForm("2026-03-02");
    form.put(TRANSFER_RECORD_EMAIL, "cp.duty@leeds.example.gov.uk");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_TRANSFER_PLAN).getId(), form);

    java.util.List<jakarta.mail.internet.MimeMessage> sent = TestMailServer.to(mail, "cp.duty@leeds.example.gov.uk");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getSubject()).isEqualTo("Transfer record: Amy Example (case " + ref + ")");
    assertThat(TestMailServer.textPart(sent.get(0))).contains("transferring to Leeds", "Sarah Social");
    byte[] pdf = TestMailServer.part(sent.get(0), "application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Transfer record: Amy Example", "Leeds (local authority code 383)", "Monday 15 December 2025",
          "Neglect", "Helen Health", "Sarah Social", "Monday 2 March 2026");
    }
    java.util.List<Map<String, Object>> log = org.coregroup.input.JsonLists.read(String.valueOf(runtime.getVariable(plan.getId(), TRANSFER_RECORD_LOG)));
    assertThat(log).hasSize(1);
    assertThat(log.get(0)).containsEntry(TRANSFER_RECORD_TO, "Leeds").containsEntry(TRANSFER_RECORD_TO_EMAIL, "cp.duty@leeds.example.gov.uk")
        .containsEntry(TRANSFER_RECORD_BY, "sarah.social").containsEntry(TRANSFER_RECORD_HOW, "email")
        .containsEntry(TRANSFER_RECORD_WHAT, "The transfer record (PDF)");
    assertThat(String.valueOf(log.get(0).get(TRANSFER_RECORD_AT))).startsWith("2026-03-02");
    assertThat(String.valueOf(runtime.getVariable(plan.getId(), "notificationLog"))).contains("cp.duty@leeds.example.gov.uk", "Transfer record");

    // the case's history shows what went, when, to whom and by whom
    String page = org.coregroup.testing.Http.tasklist(port, "tom.manager").get("/oversight/cases/" + ref).body().replace("&#39;", "'");
    assertThat(page).contains("Transfer to another area", "Leeds was told of the move on Monday 2 March 2026.",
        "<th scope=\"row\">Monday 2 March 2026</th><td>The transfer record (PDF)</td><td>cp.duty@leeds.example.gov.uk</td>"
            + "<td>Sarah Social</td><td>Sent by email</td>");
  }

  static Map<String, Object> elsewhere(String name, String reason) {
    Map<String, Object> form = transferForm("2026-03-02");
    form.put(RECEIVING_AUTHORITY, OUTSIDE_THE_LIST);
    form.put(RECEIVING_AUTHORITY_ELSEWHERE, name);
    form.put(RECEIVING_AUTHORITY_ELSEWHERE_REASON, reason);
    return form;
  }

  /** A national plan agreed on Monday 15 December 2025 whose review on Monday 2 March 2026 found the child moved permanently. */
  ProcessInstance movedAtReview(String ref) {
    today("2025-12-15");
    ProcessInstance plan = runtime.startProcessInstanceByKey(KEY, ref, plan("national", "2025-12-15"));
    today("2026-03-02");
    forms.submitTaskForm(Cases.openTask(tasks, ref, TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(REVIEW_HELD_ON, "2026-03-02", PLAN_CONTINUES, "false", END_REASON, "moved-area"));
    return plan;
  }

  static Map<String, Object> transferForm(String toldOn) {
    Map<String, Object> form = new HashMap<>();
    form.put(RECEIVING_AUTHORITY, "Leeds");
    form.put(RECEIVING_AUTHORITY_CONTACT, "Duty manager, 0113 000 0000");
    form.put(RECEIVING_AUTHORITY_TOLD_ON, toldOn);
    form.put(TRANSFER_RECORDS_SENT, "The plan, the conference reports and minutes, the core group minutes, the chronology");
    return form;
  }

  static Map<String, Object> transferIn(String conference, String previousAuthority, String previousStart) {
    Map<String, Object> vars = new HashMap<>(plan("national", conference));
    vars.put(TRANSFER_IN, true);
    vars.put(PREVIOUS_AUTHORITY, previousAuthority);
    if (previousStart != null) {
      vars.put(PREVIOUS_PLAN_START_DATE, previousStart);
    }
    return vars;
  }
}
