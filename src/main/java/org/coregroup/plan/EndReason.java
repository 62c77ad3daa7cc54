package org.coregroup.plan;

import java.util.Arrays;
import java.util.List;

/** Why a plan ends (R35); the codes are what forms and REST clients send. */
public enum EndReason {
  NO_LONGER_AT_RISK("no-longer-at-risk", true),
  MOVED_AREA("moved-area", false),
  TURNED_18("turned-18", false),
  DIED("died", false),
  LEFT_UK("left-uk", false);

  private final String code;
  private final boolean stepDown;

  EndReason(String code, boolean stepDown) {
    this.code = code;
    this.stepDown = stepDown;
  }

  public String code() {
    return code;
  }

  /**
   * A Team Around the Child or Child in Need meeting follows (R35) when the child stays here
   * with needs: not when the child died, moved away, left the UK or is now an adult.
   */
  public boolean needsStepDown() {
    return stepDown;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(EndReason::code).toList();
  }

  public static EndReason fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown end reason '" + code + "'"));
  }
}
