package org.coregroup.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The forms as deployed: free text never reaches a Markdown text component, labels name the fields. */
class InputFormsTest {

  /** Values the product itself writes or checks as a date, time or login, or percent-encodes: no room for markup. */
  static final Set<String> GENERATED = Set.of("meetingDate", "meetingStartTime", "meetingEndTime", "newMeetingDate",
      "newMeetingTime", "meetingHeldOn", "minutesDue", "minuteTaker",
      // the words bean's: dates in words, and names with Markdown's characters escaped (WordsTest)
      "meetingDateInWords", "newMeetingDateInWords", "meetingHeldOnInWords", "minutesDueInWords", "minuteTakerName",
      "absentAgencyName", "reviewHeldOnInWords", "receivingAuthorityToldOnInWords", "transferInConferenceDueInWords", "keyWorkerName",
      "childNameInWords",
      // the case reference percent-encoded for the review form's link (the plan's start check)
      "caseReferenceInLinks",
      // the number of a child on a plan of brothers and sisters (the multi-instance's element, ADR 0033)
      "childNumber",
      // the partnership's asks of an absent member, from the policy table (Task_ConfirmAttendance)
      "absenceAsks");

  static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  @Test
  @DisplayName("Finding 10: no text component fills in a free-text variable, so a link in a record is never live in another member's form")
  void noFreeTextInMarkdown() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), found);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("Finding 9: a refusal names fields by their form labels, rows of a list by number")
  void labels() {
    assertThat(FieldLabels.of("coreGroupMembers[2].email")).isEqualTo("Core group members, row 2, Email");
    assertThat(FieldLabels.of("caseReference")).isEqualTo("Case reference");
    assertThat(FieldLabels.of("notOnAnyForm")).isEqualTo("Not on any form");
    assertThat(new InputRejected("keyWorker", "there is no user 'x'").getMessage())
        .isEqualTo("Please correct: Key worker (login name): there is no user 'x'");
  }

  private static void collect(JsonNode container, String form, List<String> found) {
    for (JsonNode component : container.path("components")) {
      if ("html".equals(component.path("type").asText())) {
        found.add(form + ": an HTML view"); // form-js puts its content into the page as HTML
      }
      if ("text".equals(component.path("type").asText())) {
        String text = component.path("text").asText();
        if (text.startsWith("=")) {
          found.add(form + ": a FEEL text component");
        }
        Matcher used = TEMPLATE.matcher(text);
        while (used.find()) {
          // a block's end ({{/if}}) fills in nothing; its start ({{#if x}}) only decides what shows
          if (!GENERATED.contains(used.group(1)) && !used.group(1).startsWith("/")) {
            found.add(form + ": {{" + used.group(1) + "}}");
          }
        }
      }
      collect(component, form, found);
    }
  }
}
