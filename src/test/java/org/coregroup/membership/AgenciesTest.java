package org.coregroup.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
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
}
