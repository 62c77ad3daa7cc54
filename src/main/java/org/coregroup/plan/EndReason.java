package org.coregroup.plan;

import java.util.Arrays;
import java.util.List;

/** Why a plan ends (R35); the codes are what forms and REST clients send. */
public enum EndReason {
  NO_LONGER_AT_RISK("no-longer-at-risk", true, true),
  /** Chosen at a review: the plan is transferred first and ends as {@link #TRANSFERRED}. */
  MOVED_AREA("moved-area", false, true),
  TURNED_18("turned-18", false, true),
  DIED("died", false, true),
  LEFT_UK("left-uk", false, true),
  /** The receiving authority held its transfer-in conference: the plan ends here (never chosen at a review). */
  TRANSFERRED("transferred", false, false);

  private final String code;
  private final boolean stepDown;
  private final boolean atReview;

  EndReason(String code, boolean stepDown, boolean atReview) {
    this.code = code;
    this.stepDown = stepDown;
    this.atReview = atReview;
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

  /** The reasons a review conference may give; a transfer ends the plan later, once the new area has met. */
  public static List<String> reviewCodes() {
    return Arrays.stream(values()).filter(r -> r.atReview).map(EndReason::code).toList();
  }

  public static EndReason fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown end reason '" + code + "'"));
  }
}
