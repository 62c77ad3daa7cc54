package org.coregroup.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.followup.CoreGroupFollowUpProcess;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.coregroup.meeting.MeetingRecords;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.plan.PlanCases;
import org.coregroup.testing.Cases;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.Dates;
import org.coregroup.testing.Http;
import org.coregroup.testing.OpenCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family's plan and minutes over real HTTP with the Tasklist login: a case with a meeting
 * whose minutes were sent out; who gets the documents, who is refused, and what they say.
 */
@CoreGroupTest
class FamilyDocumentDownloadTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  final OpenCases cases = new OpenCases();
  String ref;

  @BeforeEach
  void caseWithAMeeting() {
    Dates.today("2026-11-02");
    ref = cases.add(Cases.newReference());
    Map<String, Object> vars = new HashMap<>(PlanCases.plan("national", "2026-11-02"));
    vars.put(ChildProtectionPlanProcess.OUTLINE_PLAN, "Amy is seen at home every week.");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, ref, vars);

    Dates.today("2026-11-12");
    Map<String, Object> record = new HashMap<>(MeetingRecords.held("2026-11-12", "2026-12-10"));
    record.put(CoreGroupMeetingProcess.ATTENDANCE, MeetingRecords.attendance(Map.of("Eddie School", "apologies")));
    record.put(CoreGroupMeetingProcess.ACTIONS, SpinValues.jsonValue("""
        [{"what": "Weekly home visit", "owner": "Helen Health", "deadline": "2026-12-01", "why": "Amy's weight"}]""").create());
    forms.submitTaskForm(Cases.openTask(tasks, ref, CoreGroupMeetingProcess.TASK_RECORD_MEETING).getId(), record);
  }

  @AfterEach
  void close() {
    cases.closeAll(runtime);
  }

  void circulateMinutes() {
    String task = Cases.openTask(tasks, ref, CoreGroupFollowUpProcess.TASK_CIRCULATE_MINUTES).getId();
    forms.submitTaskForm(task, Variables.createVariables().putValue(CoreGroupFollowUpProcess.MINUTES,
        tasks.getVariable(task, CoreGroupFollowUpProcess.MINUTES)));
  }

  @Test
  @DisplayName("Families: the key worker downloads the family's plan and the minutes once sent, as PDF, in plain words with dates written out")
  void keyWorkerDownloads() throws Exception {
    Http sarah = Http.tasklist(port, "sarah.social");
    HttpResponse<String> early = sarah.get("/cases/" + ref + "/meetings/2026-11-12/minutes.pdf");
    assertThat(early.statusCode()).isEqualTo(404);
    assertThat(early.body()).contains("whose notes have been sent out");

    circulateMinutes();
    HttpResponse<byte[]> plan = sarah.download("/cases/" + ref + "/plan.pdf");
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(plan.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(plan.headers().firstValue("Content-Disposition").orElse("")).contains("plan-" + ref + ".pdf");
    assertThat(text(plan.body())).contains("The plan to keep Amy Example safe", "Monday 2 November 2026", "neglect",
        "Amy is seen at home every week.", "At the last meeting, on Thursday 12 November 2026", "What is going well",
        "Weekly home visit", "Tuesday 1 December 2026", "Thursday 10 December 2026", "Family hub",
        "Sarah Social, your social worker: sarah.social@coregroup.example")
        .doesNotContain("NEG", "2026-11-02");

    HttpResponse<byte[]> minutes = sarah.download("/cases/" + ref + "/meetings/2026-11-12/minutes.pdf");
    assertThat(minutes.statusCode()).isEqualTo(200);
    assertThat(text(minutes.body())).contains("Notes of the meeting about Amy Example on Thursday 12 November 2026",
        "Who was there", "Eddie School", "Could not come and said sorry", "What we are worried about",
        "Amy has missed school and meals", "The full notes of the meeting");
    assertThat(sarah.get("/cases/" + ref + "/meetings/2026-11-12/minutes.html").body())
        .startsWith("<!DOCTYPE html>").contains("lang=\"en-GB\"", "<th scope=\"col\">What is going well</th>");
  }

  @Test
  @DisplayName("R23: members and the team manager get the family's documents; someone outside the case, nobody signed in and a wrong day are refused, and the refusal says nothing of the case")
  void whoGetsThem() throws Exception {
    circulateMinutes();
    for (String user : List.of("helen.health", "tom.manager", "carol.chair")) {
      assertThat(Http.tasklist(port, user).download("/cases/" + ref + "/plan.pdf").statusCode()).as(user).isEqualTo(200);
    }
    Http paul = Http.tasklist(port, "paul.police");
    for (String path : List.of("/cases/" + ref + "/plan.pdf", "/cases/" + ref + "/plan.html",
        "/cases/" + ref + "/meetings/2026-11-12/minutes.pdf")) {
      HttpResponse<String> refused = paul.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.body()).isEqualTo(FamilyDocumentController.NOT_FOUND).doesNotContain("Amy");
    }
    // an unknown case answers exactly as a case one may not see
    assertThat(paul.get("/cases/NO-SUCH-CASE/plan.pdf").body()).isEqualTo(FamilyDocumentController.NOT_FOUND);

    HttpResponse<String> nobody = Http.anonymous(port).get("/cases/" + ref + "/plan.pdf");
    assertThat(nobody.statusCode()).isEqualTo(401);
    assertThat(nobody.body()).contains("Please sign in").doesNotContain("Amy");
    HttpResponse<String> forged = Http.anonymous(port).send(Http.anonymous(port).request("/cases/" + ref + "/plan.pdf")
        .header("Cookie", "JSESSIONID=forged").GET());
    assertThat(forged.statusCode()).isEqualTo(401);

    HttpResponse<String> badDay = Http.tasklist(port, "sarah.social").get("/cases/" + ref + "/meetings/12-11-2026/minutes.pdf");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.body()).startsWith("Meeting day:");
  }

  @Test
  @DisplayName("Families, ADR 0033: the plan of brothers and sisters names each child with their own category in words, and whose plan has ended")
  void siblingPlanNamesEachChildsCategory() throws Exception {
    Dates.today("2026-11-02");
    String siblings = cases.add(Cases.newReference());
    Map<String, Object> vars = PlanCases.siblingPlan("national", "2026-11-02", """
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Ben Example", "childBirthDate": "2021-03-10", "categoryOfAbuse": "PHY"}]""");
    runtime.startProcessInstanceByKey(ChildProtectionPlanProcess.KEY, siblings, vars);
    // at the review Amy's category becomes emotional abuse and Ben's plan ends
    Dates.today("2027-02-01");
    forms.submitTaskForm(Cases.openTask(tasks, siblings, ChildProtectionPlanProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of(ChildProtectionPlanProcess.REVIEW_HELD_ON, "2027-02-01", ChildProtectionPlanProcess.CHILD_OUTCOMES, SpinValues.jsonValue("""
            [{"childNumber": 1, "planContinues": "true", "newCategoryOfAbuse": "EMO"},
             {"childNumber": 2, "planContinues": "false", "endReason": "no-longer-at-risk"}]""").create()));

    HttpResponse<byte[]> plan = Http.tasklist(port, "sarah.social").download("/cases/" + siblings + "/plan.pdf");
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(text(plan.body())).contains("The plan to keep Amy Example and Ben Example safe",
        "What the conference was worried about for each child:", "Amy Example: emotional abuse.",
        "Ben Example: physical abuse. The plan for Ben Example ended on Monday 1 February 2027.")
        .doesNotContain("NEG", "PHY", "EMO", "2027-02-01");
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // as read aloud: lines wrapped by the page are one text
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
