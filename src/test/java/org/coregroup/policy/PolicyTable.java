package org.coregroup.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The local policy table as a manager edits it ({@code bpmn/LocalPolicyDecision.dmn}), evaluated
 * engine-free with Camunda's DMN engine: for engine-free tests and for tests of a changed table.
 */
public final class PolicyTable {

  public static final Path FILE = Path.of("bpmn", "LocalPolicyDecision.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private PolicyTable() {
  }

  /** The profile's row of the table as deployed from the repository. */
  public static LocalPolicy profile(String profile) {
    return evaluate(xml(), profile);
  }

  /** The file's text, for a test that changes a cell. */
  public static String xml() {
    try {
      return Files.readString(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The profile's row of the given table; null when it has no row. */
  public static LocalPolicy evaluate(String xml, String profile) {
    DmnDecision decision = DMN.parseDecision(LocalPolicy.DECISION_KEY,
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    DmnDecisionResultEntries row = DMN.evaluateDecision(decision, Map.of(LocalPolicy.INPUT, profile)).getSingleResult();
    return row == null ? null : LocalPolicy.fromResult(row);
  }
}
