package org.coregroup.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Finds the refusal of a submission, whether the engine passed it on as it is or wrapped it. */
public final class Rejections {

  private Rejections() {
  }

  public static InputRejected rejected(ThrowingCallable submission) {
    Throwable thrown = catchThrowable(submission);
    assertThat(thrown).as("the submission should have been refused").isNotNull();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRejected rejected) {
        return rejected;
      }
    }
    throw new AssertionError("refused, but not by a rule of ours", thrown);
  }

  /** The refusal names {@code field} as a field in trouble. */
  public static InputRejected rejectedNaming(String field, ThrowingCallable submission) {
    InputRejected rejected = rejected(submission);
    assertThat(rejected.problems()).extracting(InputRejected.Problem::field).contains(field);
    return rejected;
  }
}
