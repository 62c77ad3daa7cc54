package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.coregroup.input.JsonLists;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADR 0036: the list of local authorities a plan can be transferred to, as the product ships it. */
class LocalAuthoritiesTest {

  final LocalAuthorities list = LocalAuthorities.standard();

  @Test
  @DisplayName("ADR 0036: the 153 local authorities of England and the 22 of Wales, each once by name and by DfE code, sorted by name")
  void everyAuthorityOnce() {
    assertThat(list.all()).hasSize(175);
    assertThat(list.all().stream().filter(a -> a.country().equals("England"))).hasSize(153);
    assertThat(list.all().stream().filter(a -> a.country().equals("Wales"))).hasSize(22);
    assertThat(list.all()).extracting(LocalAuthorities.Authority::code).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("\\d{3}"));
    assertThat(list.all()).extracting(LocalAuthorities.Authority::name).doesNotHaveDuplicates();
    assertThat(list.all()).extracting(LocalAuthorities.Authority::gssCode).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[EW]0[6-9]\\d{6}|E10\\d{6}"));
    assertThat(list.all().get(0).name()).isEqualTo("Barking and Dagenham");
    assertThat(list.all().get(list.all().size() - 1).name()).isEqualTo("York");
  }

  @Test
  @DisplayName("ADR 0036: the five partnerships' authorities are on it with their DfE codes (Bedfordshire's three, Sandwell, Brent, the South West's, South East Wales's), and none that has been abolished")
  void partnershipsAndNoAbolished() {
    assertThat(code("Bedford")).isEqualTo("822");
    assertThat(code("Central Bedfordshire")).isEqualTo("823");
    assertThat(code("Luton")).isEqualTo("821");
    assertThat(code("Sandwell")).isEqualTo("333");
    assertThat(code("Brent")).isEqualTo("304");
    assertThat(code("Devon")).isEqualTo("878");
    assertThat(code("Cornwall")).isEqualTo("908");
    assertThat(code("Newport")).isEqualTo("680");
    assertThat(code("Blaenau Gwent")).isEqualTo("677");
    assertThat(code("Caerphilly")).isEqualTo("676");
    assertThat(code("Monmouthshire")).isEqualTo("679");
    assertThat(code("Torfaen")).isEqualTo("678");
    assertThat(code("Cumberland")).isEqualTo("942");
    assertThat(code("North Northamptonshire")).isEqualTo("940");
    for (String gone : List.of("Cumbria", "Northamptonshire", "Bournemouth", "Poole", "Bedfordshire")) {
      assertThat(list.find(gone)).as(gone).isEmpty();
    }
  }

  @Test
  @DisplayName("ADR 0036: an authority is found by its name as listed, whatever the case and spacing, or by its code; anything else is not found")
  void findByNameOrCode() {
    assertThat(list.find("  leeds ")).map(LocalAuthorities.Authority::code).contains("383");
    assertThat(list.find("383")).map(LocalAuthorities.Authority::name).contains("Leeds");
    assertThat(list.find("Kingston upon Hull, City of")).map(LocalAuthorities.Authority::code).contains("810");
    assertThat(list.find("Vale  of   Glamorgan")).map(LocalAuthorities.Authority::country).contains("Wales");
    assertThat(list.find("Leeds City Council")).isEmpty();
    assertThat(list.find("Glasgow City")).isEmpty();
    assertThat(list.find(null)).isEmpty();
  }

  @Test
  @DisplayName("ADR 0036: the form's choices are every authority but this one (coregroup.local-authority), then somewhere not on the list; a setting not on the list stops the application")
  void choicesLeaveThisAuthorityOut() {
    List<Map<String, Object>> brent = JsonLists.read(new ReceivingAuthorities("304").choices().toString());
    assertThat(brent).hasSize(175);
    assertThat(brent).extracting(o -> o.get("value")).doesNotContain("Brent").contains("Leeds", "Cardiff");
    assertThat(brent.get(brent.size() - 1)).containsEntry("value", ChildProtectionPlanProcess.OUTSIDE_THE_LIST)
        .containsEntry("label", ChildProtectionPlanProcess.OUTSIDE_THE_LIST_LABEL);
    assertThat(new ReceivingAuthorities("Brent").own().code()).isEqualTo("304");
    List<Map<String, Object>> none = JsonLists.read(new ReceivingAuthorities("").choices().toString());
    assertThat(none).hasSize(176).extracting(o -> o.get("value")).contains("Brent");
    assertThatThrownBy(() -> new ReceivingAuthorities("Brent Council")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("coregroup.local-authority");
  }

  private String code(String name) {
    return list.find(name).map(LocalAuthorities.Authority::code).orElse(null);
  }
}
