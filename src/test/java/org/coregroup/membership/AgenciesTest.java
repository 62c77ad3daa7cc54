package org.coregroup.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.coregroup.input.FormInput;
import org.coregroup.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgenciesTest {

  @Test
  @DisplayName("Agencies appear by name, not by the start form's code")
  void byName() {
    assertThat(Agencies.name("health")).isEqualTo("Health");
    assertThat(Agencies.name("childrens-social-care")).isEqualTo("Children's social care");
    assertThat(Agencies.name("family")).isEqualTo("Family or carer");
    assertThat(Agencies.name("Probation")).isEqualTo("Probation");
  }

  @ParameterizedTest(name = "{0}: {1} offers the professional agencies by name")
  @CsvSource({"RecordVisitForm, visitorAgency", "RaiseProfessionalDifferenceForm, aboutAgency",
      "ResolveDifferenceForm, aboutAgency"})
  @DisplayName("A form asks for an agency by its name from a list, never as a typed code")
  void formsOfferAgenciesByName(String form, String key) throws Exception {
    JsonNode field = find(Json.MAPPER.readTree(Files.readString(Path.of("forms", form + ".form"))), key);
    assertThat(field).as(key).isNotNull();
    assertThat(field.path("type").asText()).isEqualTo("select");
    Map<String, String> offered = new LinkedHashMap<>();
    field.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
    Map<String, String> expected = new LinkedHashMap<>();
    Agencies.PROFESSIONAL.forEach(code -> expected.put(code, Agencies.name(code)));
    assertThat(offered).containsExactlyEntriesOf(expected);
  }

  @Test
  @DisplayName("An agency sent that the forms do not offer is refused, naming the field")
  void unknownAgencyRefused() {
    FormInput known = new FormInput(Map.of());
    Agencies.checkProfessional(known, "visitorAgency", "health", "The agency of the person who saw the child");
    assertThat(known.hasProblems()).isFalse();

    FormInput typed = new FormInput(Map.of());
    Agencies.checkProfessional(typed, "visitorAgency", "healthh", "The agency of the person who saw the child");
    assertThatThrownBy(typed::verify)
        .hasMessageContaining("The agency of the person who saw the child must be one of: Children's social care, Health");
  }

  private static JsonNode find(JsonNode node, String key) {
    if (key.equals(node.path("key").asText())) {
      return node;
    }
    for (JsonNode child : node.path("components")) {
      JsonNode found = find(child, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
