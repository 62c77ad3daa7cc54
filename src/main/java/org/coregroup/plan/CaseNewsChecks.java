package org.coregroup.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CaseNews;
import org.springframework.stereotype.Component;

/**
 * The start listeners and senders of the plan's small "tell the case" processes: "Record the child
 * looked after" (R34) and "Bring the review forward" (R32). Each checks who may send it
 * ({@link CaseNews}) and what it carries; the plan checks the message again when it arrives.
 */
final class CaseNewsChecks {

  private CaseNewsChecks() {
  }

  /** Start listener of {@code StartEvent_ChildLookedAfter}: the key worker or team manager; a date between the plan's start and today. */
  @Component("checkChildLookedAfterReport")
  static class CheckChildLookedAfterReport implements ExecutionListener {
    private final CaseLookup cases;
    private final IdentityService identity;

    CheckChildLookedAfterReport(CaseLookup cases, IdentityService identity) {
      this.cases = cases;
      this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FormInput in = new FormInput(execution.getVariables());
      CaseFile found = CaseNews.senderCase(in, execution, cases, identity, ChildLookedAfterProcess.CASE_REFERENCE,
          ChildLookedAfterProcess.LOOKED_AFTER_RECORDED_BY, EnumSet.of(CaseNews.Role.KEY_WORKER, CaseNews.Role.TEAM_MANAGER)).orElse(null);
      LocalDate from = in.date(ChildLookedAfterProcess.LOOKED_AFTER_FROM, "The date the child became looked after");
      if (from != null && from.isAfter(EngineClock.today())) {
        in.reject(ChildLookedAfterProcess.LOOKED_AFTER_FROM, "the date " + UkDates.day(from) + " is in the future: record it once the child is looked after");
      }
      if (from != null && found != null && from.isBefore(found.icpcDate())) {
        in.reject(ChildLookedAfterProcess.LOOKED_AFTER_FROM, "the date " + UkDates.day(from) + " is before the plan began ("
            + UkDates.day(found.icpcDate()) + ")");
      }
      in.verify();
    }
  }

  /** {@code EndEvent_LookedAfterSent}: the plan hears of it. */
  @Component("sendChildLookedAfter")
  static class SendChildLookedAfter implements JavaDelegate {
    private final RuntimeService runtime;
    private final IdentityService identity;

    SendChildLookedAfter(RuntimeService runtime, IdentityService identity) {
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      send(runtime, identity, execution, ChildProtectionPlanProcess.MESSAGE_CHILD_LOOKED_AFTER, ChildLookedAfterProcess.CASE_REFERENCE,
          ChildLookedAfterProcess.LOOKED_AFTER_FROM, ChildLookedAfterProcess.LOOKED_AFTER_RECORDED_BY);
    }
  }

  /** Start listener of {@code StartEvent_ReviewForwardAsked}: the conference chair, with a date and a reason. */
  @Component("checkReviewForwardRequest")
  static class CheckReviewForwardRequest implements ExecutionListener {
    private final CaseLookup cases;
    private final IdentityService identity;

    CheckReviewForwardRequest(CaseLookup cases, IdentityService identity) {
      this.cases = cases;
      this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FormInput in = new FormInput(execution.getVariables());
      CaseNews.senderCase(in, execution, cases, identity, BringReviewForwardProcess.CASE_REFERENCE,
          BringReviewForwardProcess.REVIEW_FORWARD_BY, EnumSet.of(CaseNews.Role.CONFERENCE_CHAIR));
      // the plan refuses a date that is not between today and the review now set (Task_MoveReviewDate)
      in.date(BringReviewForwardProcess.NEW_REVIEW_DATE, "The new review date");
      in.text(BringReviewForwardProcess.REVIEW_FORWARD_REASON, "Why the review is brought forward");
      in.narratives(BringReviewForwardProcess.REVIEW_FORWARD_REASON);
      in.verify();
    }
  }

  /** {@code EndEvent_ReviewForwardSent}: the plan hears of it and moves the review task. */
  @Component("sendReviewBroughtForward")
  static class SendReviewBroughtForward implements JavaDelegate {
    private final RuntimeService runtime;
    private final IdentityService identity;

    SendReviewBroughtForward(RuntimeService runtime, IdentityService identity) {
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      send(runtime, identity, execution, ChildProtectionPlanProcess.MESSAGE_BRING_REVIEW_FORWARD, BringReviewForwardProcess.CASE_REFERENCE,
          BringReviewForwardProcess.NEW_REVIEW_DATE, BringReviewForwardProcess.REVIEW_FORWARD_REASON, BringReviewForwardProcess.REVIEW_FORWARD_BY);
    }
  }

  private static void send(RuntimeService runtime, IdentityService identity, DelegateExecution execution, String message,
      String referenceField, String... variables) {
    Map<String, Object> sent = new HashMap<>();
    for (String name : variables) {
      sent.put(name, execution.getVariable(name));
    }
    String reference = execution.getProcessBusinessKey();
    if (CaseNews.send(runtime, identity, message, reference, sent) == 0) {
      throw new InputRejected(referenceField, "the plan of case '" + reference + "' cannot take this now: it is ending");
    }
  }
}
