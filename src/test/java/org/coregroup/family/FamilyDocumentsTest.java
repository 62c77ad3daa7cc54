package org.coregroup.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The family's plan and minutes: plain words, nothing typed can become markup, an accessible PDF. */
class FamilyDocumentsTest {

  static final List<FamilyDocuments.Contact> CONTACTS = List.of(
      new FamilyDocuments.Contact("Sarah Social", "your social worker", "sarah.social@coregroup.example"));

  static FamilyDocuments.Meeting meeting(String venue) {
    return new FamilyDocuments.Meeting(LocalDate.parse("2026-12-08"),
        List.of(new FamilyDocuments.Attendance("Helen Health", "Health", "present"),
            new FamilyDocuments.Attendance("Eddie School", "Education", "apologies")),
        "I like school", "We want help with money", "Amy has missed meals <b>often</b>", "Mum takes Amy to the GP",
        "Meals every day; see http://example.org", List.of(new FamilyDocuments.Action("Weekly home visit", "Helen Health",
            LocalDate.parse("2027-01-05"))), "Full notes.\n\nSecond paragraph", LocalDate.parse("2027-01-19"), "10:00", venue);
  }

  @Test
  @DisplayName("Families [001 Avoid jargon]: the minutes say who came in words, the three columns under family headings, who does what by when, the next meeting and whom to call, with dates written out")
  void minutesInPlainWords() {
    String html = FamilyDocuments.minutes("Amy Example", meeting("Family hub, 1 High Street"), CONTACTS);
    assertThat(html).contains("Notes of the meeting about Amy Example on Tuesday 8 December 2026",
        "Could not come and said sorry", "What we are worried about", "What is going well", "What needs to happen next",
        "Who will do what, and by when", "Weekly home visit", "Tuesday 5 January 2027",
        "The next meeting is on Tuesday 19 January 2027 at 10:00, at Family hub, 1 High Street.",
        "Sarah Social, your social worker: sarah.social@coregroup.example", "<p>Full notes.</p><p>Second paragraph</p>");
    assertThat(html).doesNotContain("2026-12-08", "apologies<", "present<", "sarah.social<");
  }

  @Test
  @DisplayName("Families: whatever a practitioner typed is shown as text - markup is escaped, a web address is not a link")
  void typedTextIsText() {
    String html = FamilyDocuments.minutes("Amy <script>alert(1)</script>", meeting("Hub"), CONTACTS);
    assertThat(html).contains("Amy &lt;script&gt;alert(1)&lt;/script&gt;", "missed meals &lt;b&gt;often&lt;/b&gt;",
        "see http://example.org").doesNotContain("<script>", "<b>", "<a ");
  }

  @Test
  @DisplayName("Families: a venue that must be kept private is not written in the family's copy")
  void privateVenue() {
    String html = FamilyDocuments.minutes("Amy Example", meeting(null), CONTACTS);
    assertThat(html).contains("Tuesday 19 January 2027 at 10:00. Your social worker will tell you where.");
  }

  @Test
  @DisplayName("Families: the plan says what the conference was worried about, the plan, the last meeting, what happens next and who is in the Core Group")
  void planInPlainWords() {
    FamilyDocuments.Plan plan = new FamilyDocuments.Plan("Amy Example", LocalDate.parse("2026-11-02"), "neglect",
        "Amy is fed every day.", List.of(new FamilyDocuments.Member("Helen Health", "Health visitor", "Health")), CONTACTS,
        LocalDate.parse("2027-01-19"), LocalDate.parse("2027-02-02"), List.of(meeting("Hub")));
    String html = FamilyDocuments.plan(plan);
    assertThat(html).contains("The plan to keep Amy Example safe", "Monday 2 November 2026", "worried about: neglect",
        "Amy is fed every day.", "At the last meeting, on Tuesday 8 December 2026", "Helen Health (Health visitor, Health)",
        "will be by Tuesday 2 February 2027", "The next meeting is on Tuesday 19 January 2027");
  }

  @Test
  @DisplayName("Families, ADR 0033: a plan for brothers and sisters names each child with what the conference was worried about for them, and says whose plan has ended")
  void siblingPlanShowsEachChildsCategory() {
    FamilyDocuments.Plan plan = new FamilyDocuments.Plan("Amy Example and Ben <i>Example</i>", LocalDate.parse("2026-11-02"), null,
        "Both children are fed every day.", List.of(), CONTACTS, null, null, List.of(),
        List.of(new FamilyDocuments.ChildCategory("Amy Example", "neglect", null),
            new FamilyDocuments.ChildCategory("Ben <i>Example</i>", "physical abuse", LocalDate.parse("2027-02-01"))));
    String html = FamilyDocuments.plan(plan);
    assertThat(html).contains("What the conference was worried about for each child:", "<li>Amy Example: neglect.</li>",
        "<li>Ben &lt;i&gt;Example&lt;/i&gt;: physical abuse. The plan for Ben &lt;i&gt;Example&lt;/i&gt; ended on Monday 1 February 2027.</li>")
        .doesNotContain("<i>", "2027-02-01", "worried about: ");
  }

  @Test
  @DisplayName("Families, ADR 0033: a baby still to be born is named as the conference named them, with the day the baby is expected")
  void unbornBabyInASiblingPlan() {
    FamilyDocuments.Plan plan = new FamilyDocuments.Plan("Amy Example and Baby of Jane Example", LocalDate.parse("2026-11-02"), null,
        "Amy is fed every day.", List.of(), CONTACTS, null, null, List.of(),
        List.of(new FamilyDocuments.ChildCategory("Amy Example", "neglect", null),
            new FamilyDocuments.ChildCategory("Baby of Jane Example", "neglect", null, LocalDate.parse("2027-01-20"))));
    assertThat(FamilyDocuments.plan(plan)).contains("<li>Amy Example: neglect.</li>",
        "<li>Baby of Jane Example (the baby is expected around Wednesday 20 January 2027): neglect.</li>");
    assertThat(FamilyRecords.siblings("""
        [{"childName": "Amy Example", "childBirthDate": "2019-06-01", "categoryOfAbuse": "NEG"},
         {"childName": "Baby of Jane Example", "expectedBirthDate": "2027-01-20", "categoryOfAbuse": "NEG"}]"""))
        .extracting(FamilyDocuments.ChildCategory::expectedOn).containsExactly(null, LocalDate.parse("2027-01-20"));
  }

  @Test
  @DisplayName("Families, accessibility: the PDF is tagged (structure tree, marked content), in British English, with its title shown, its font embedded, and its words extractable")
  void accessiblePdf() throws Exception {
    byte[] pdf = FamilyPdf.render(FamilyDocuments.minutes("Amy Example", meeting("Hub"), CONTACTS));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Notes of the meeting about Amy Example on Tuesday 8 December 2026");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      doc.getPages().forEach(page -> page.getResources().getFontNames().forEach(name -> {
        try {
          assertThat(page.getResources().getFont(name).isEmbedded()).as("font " + name).isTrue();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Who was there", "What is going well", "Weekly home visit", "Tuesday 5 January 2027");
    }
  }

  @Test
  @DisplayName("Families: a name with accents or letters beyond English reads back from the PDF as it was typed, even when typed as a letter and a separate accent")
  void namesReadBackAsTyped() throws Exception {
    String decomposed = "Zoe\u0308 \u0141ukasz Nguye\u0302\u0303n";
    byte[] pdf = FamilyPdf.render(FamilyDocuments.minutes(decomposed, meeting("Hub"), CONTACTS));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Zo\u00eb \u0141ukasz Nguy\u1ec5n");
    }
  }
}
