package org.coregroup.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.monitoring.RecordVisitProcess;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R23, R35, ADR 0036: the transfer record ({@code /cases/{reference}/transfer-record.pdf}) over real
 * HTTP with the Tasklist login: only the open plan's key worker and team manager get it; every
 * other login gets the same "not found", nobody signed in (or HTTP Basic, or a forged session) 401.
 */
@CoreGroupTest
class TransferRecordRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  final OpenCases cases = new OpenCases();

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  @Test
  @DisplayName("R35, ADR 0036: the key worker's transfer record of a plan for brothers and sisters is a tagged PDF with each child and their categories, the Core Group, the meeting and what it decided, the open action, the visit, whom to contact")
  void keyWorkerDownloadsTheRecord() throws Exception {
    String ref = siblingCase();
    HttpResponse<byte[]> pdf = Http.tasklist(port, "sarah.social").download("/cases/" + ref + "/transfer-record.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("transfer-record-" + ref + ".pdf");
    assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Transfer record: Amy Example and Ben Example (case " + ref + ")");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Amy Example", "Ben Example", "Neglect", "Physical abuse", "Monday 2 March 2026",
          "Helen Health", "Eddie School", "Meeting 1 on Monday 16 March 2026", "Weekly home visit", "Wednesday 4 March 2026",
          "Key worker Sarah Social", "Team manager Tom Manager", "Receiving authority not recorded yet");
    }
    HttpResponse<String> page = Http.tasklist(port, "tom.manager").get("/cases/" + ref + "/transfer-record.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"", "Ben Example");
  }

  @Test
  @DisplayName("R23, ADR 0036: a member of the case, its chair, a member of another case, an outsider, an administrator and a made-up reference get the same 404; nobody signed in, HTTP Basic without the Tasklist login, or a forged session cookie 401; no refusal shows the child; each download is in the audit trail")
  void onlyKeyWorkerOrTeamManager() throws Exception {
    Dates.today("2026-03-02");
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, PlanCases.plan("national", "2026-03-02"));
    String paulsCase = cases.add(Cases.newReference());
    Map<String, Object> other = new HashMap<>(PlanCases.plan("national", "2026-03-02"));
    other.put(ChildProtectionPlanProcess.CORE_GROUP_MEMBERS, SpinValues.jsonValue("""
        [{"name": "Paul Police", "role": "Police officer", "agency": "police", "userId": "paul.police"}]""").create());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, paulsCase, other);
    String path = "/cases/" + ref + "/transfer-record.pdf";

    assertThat(Http.tasklist(port, "sarah.social").download(path).statusCode()).isEqualTo(200);
    assertThat(Http.tasklist(port, "tom.manager").download(path).statusCode()).isEqualTo(200);
    for (String user : List.of("helen.health", "carol.chair", "paul.police", "olivia.outsider", "admin")) {
      for (String asked : List.of(path, "/cases/" + ref + "/transfer-record.html")) {
        HttpResponse<String> refused = Http.tasklist(port, user).get(asked);
        assertThat(refused.statusCode()).as(user + " " + asked).isEqualTo(404);
        assertThat(refused.body()).as(user).isEqualTo(TransferRecordController.NOT_FOUND);
      }
    }
    // Paul is a member of his own case, not its key worker: not his either
    assertThat(Http.tasklist(port, "paul.police").get("/cases/" + paulsCase + "/transfer-record.pdf").statusCode()).isEqualTo(404);
    assertThat(Http.tasklist(port, "sarah.social").get("/cases/NO-SUCH-CASE/transfer-record.pdf").statusCode()).isEqualTo(404);

    HttpResponse<String> nobody = Http.anonymous(port).get(path);
    assertThat(nobody.statusCode()).isEqualTo(401);
    assertThat(nobody.body()).contains("Please sign in").doesNotContain("Amy");
    assertThat(Http.rest(port, "sarah.social").get(path).statusCode()).as("HTTP Basic is not the Tasklist login").isEqualTo(401);
    assertThat(Http.anonymous(port).send(Http.anonymous(port).request(path).header("Cookie", "JSESSIONID=forged").GET())
        .statusCode()).isEqualTo(401);

    JsonNode trail = new ObjectMapper().readTree(Http.basic(port, "admin:" + Http.PASSWORD).get("/audit/cases/" + ref).body());
    assertThat(trail).anySatisfy(row -> {
      assertThat(row.get("userId").asText()).isEqualTo("sarah.social");
      assertThat(row.get("path").asText()).isEqualTo(path);
      assertThat(row.get("what").asText()).isEqualTo("the transfer record");
    });
    JsonNode helen = new ObjectMapper().readTree(Http.basic(port, "admin:" + Http.PASSWORD).get("/audit/users/helen.health").body());
    assertThat(helen).anySatisfy(row -> {
      assertThat(row.get("path").asText()).isEqualTo(path);
      assertThat(row.get("status").asInt()).isEqualTo(404);
    });
  }

  /** Amy (neglect) and Ben (physical abuse) on one plan from Monday 2 March 2026: a visit, then a core group with an action. */
  @Test
  @DisplayName("R23, R35, ADR 0033: when Ben moves alone, the record of his transfer is his: it names Ben and not Amy, who stays; no record of a transfer Amy is not making")
  void recordOfOneChildMovingAlone() throws Exception {
    String ref = siblingCase();
    Dates.today("2026-06-01");
    forms.submitTaskForm(Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2026-06-01", ChildProtectionPlanProcess.CHILD_OUTCOMES, SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true"},
             {"childNumber": 2, "planContinues": "false", "endReason": "moved-area"}]""").create()));
    assertThat(Cases.openTask(tasks, ref, ChildProtectionPlanProcess.TASK_TRANSFER_CHILDS_PLAN)).isNotNull();

    HttpResponse<String> bens = Http.tasklist(port, "sarah.social").get("/cases/" + ref + "/transfer-record.html?child=2");
    assertThat(bens.statusCode()).isEqualTo(200);
    assertThat(bens.body()).contains("Transfer record: Ben Example (case " + ref + ")", "Physical abuse", "Helen Health")
        .doesNotContain("Amy Example", "Neglect");
    assertThat(Http.tasklist(port, "sarah.social").get("/cases/" + ref + "/transfer-record.html?child=1").statusCode())
        .as("Amy stays: there is no transfer of hers").isEqualTo(404);
    assertThat(Http.tasklist(port, "helen.health").get("/cases/" + ref + "/transfer-record.html?child=2").statusCode())
        .as("a member, not the key worker").isEqualTo(404);
    HttpResponse<String> forged = Http.tasklist(port, "sarah.social").get("/cases/" + ref + "/transfer-record.html?child=two");
    assertThat(forged.statusCode()).as("not a child's number").isEqualTo(404);
    assertThat(forged.body()).isEqualTo(TransferRecordController.NOT_FOUND);
  }

  String siblingCase() {
    Dates.today("2026-03-02");
    String ref = cases.add(Cases.newReference());
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, PlanCases.siblingPlan("national", "2026-03-02", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]"""));
    Dates.today("2026-03-04");
    runtime.startProcessInstanceByKey(RecordVisitProcess.KEY, Map.of(RecordVisitProcess.CASE_REFERENCE, ref,
        RecordVisitProcess.VISIT_DATE, "2026-03-04", RecordVisitProcess.VISITED_BY, "helen.health",
        RecordVisitProcess.VISITOR_AGENCY, "health", RecordVisitProcess.CHILD_SEEN, "true", RecordVisitProcess.SEEN_ALONE, "false",
        RecordVisitProcess.VISIT_NOTES, "Home visit", RecordVisitProcess.CHILDREN_SEEN, "Amy Example, Ben Example"));
    Dates.today("2026-03-16");
    Map<String, Object> meeting = new HashMap<>(MeetingRecords.held("2026-03-16", "2026-04-13"));
    meeting.put(CoreGroupMeetingProcess.ACTIONS, SpinValues.jsonValue("""
        [{"what": "Weekly home visit", "owner": "Helen Health", "deadline": "2026-04-30", "why": "Amy's weight"}]""").create());
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), meeting);
    return ref;
  }
}
