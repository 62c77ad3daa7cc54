package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What Tasklist shows of a refusal: the rule's own words, without the engine's codes and ids. */
class PlainErrorsTest {

  @Test
  @DisplayName("A refused start reads without 'Cannot instantiate process definition <id>:'")
  void startPrefix() {
    assertThat(PlainErrors.message("Cannot instantiate process definition RaiseConcernProcess:1:e851b137-3a2c-11f0-9e4b-02fc00000001: "
        + "Please correct: The case reference is required")).isEqualTo("Please correct: The case reference is required");
  }

  @Test
  @DisplayName("A refused task form reads without 'Cannot submit task form' and 'ENGINE-03051 There was an exception while invoking the TaskListener'")
  void listenerWrapper() {
    assertThat(PlainErrors.message("Cannot submit task form e851b137-3a2c-11f0-9e4b-02fc00000001: ENGINE-03051 There was an "
        + "exception while invoking the TaskListener. Message: 'Please correct: Safety scale must be between 0 and 10, not 11'"))
        .isEqualTo("Please correct: Safety scale must be between 0 and 10, not 11");
  }

  @Test
  @DisplayName("Any other engine message loses its code and the ids in it")
  void codesAndIds() {
    assertThat(PlainErrors.message("ENGINE-03040 No task found with id 'e851b137-3a2c-11f0-9e4b-02fc00000001'"))
        .isEqualTo("No task found");
  }
}
