package org.coregroup.meeting;

import static org.coregroup.meeting.MoveMeetingProcess.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.identity.Roles;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CaseNews;
import org.coregroup.membership.Grants;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

/**
 * "Move a core group meeting" (R17 [004 4.7]): the key worker or team manager of the case moves
 * its next meeting. Who may is checked here ({@link CaseNews}); the date, times and notice are
 * checked by the meeting when the message arrives ({@code Task_CheckMeetingMove}), in the same
 * transaction, so a refused move keeps nothing.
 */
final class MoveRequest {

  static final List<String> SENT = List.of(NEW_MEETING_DATE, NEW_MEETING_TIME, NEW_MEETING_END_TIME, NEW_MEETING_VENUE,
      MOVE_REASON, MOVE_REQUESTED_BY);

  private MoveRequest() {
  }

  /** Start listener of {@code StartEvent_MoveAsked}. */
  @Component("checkMoveRequest")
  static class CheckMoveRequest implements ExecutionListener {
    private final CaseLookup cases;
    private final IdentityService identity;

    CheckMoveRequest(CaseLookup cases, IdentityService identity) {
      this.cases = cases;
      this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FormInput in = new FormInput(execution.getVariables());
      CaseNews.senderCase(in, execution, cases, identity, CASE_REFERENCE, MOVE_REQUESTED_BY,
          EnumSet.of(CaseNews.Role.KEY_WORKER, CaseNews.Role.TEAM_MANAGER));
      in.date(NEW_MEETING_DATE, "The new date");
      in.optionalShortText(NEW_MEETING_VENUE, "The new venue");
      in.text(MOVE_REASON, "Why the meeting must move");
      in.narratives(MOVE_REASON);
      in.verify();
    }
  }

  /** {@code EndEvent_MoveSent}: the case's meeting hears of the move. */
  @Component("sendMoveMeeting")
  static class SendMoveMeeting implements JavaDelegate {
    private final RuntimeService runtime;
    private final IdentityService identity;

    SendMoveMeeting(RuntimeService runtime, IdentityService identity) {
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, Object> move = new HashMap<>();
      SENT.forEach(name -> move.put(name, execution.getVariable(name)));
      String reference = execution.getProcessBusinessKey();
      if (CaseNews.send(runtime, identity, CoreGroupMeetingProcess.MESSAGE_MOVE_MEETING, reference, move) == 0) {
        throw new InputRejected(CASE_REFERENCE, "case '" + reference + "' has no core group meeting waiting to be held:"
            + " a meeting can be moved until it is recorded");
      }
    }
  }

  /** Every practitioner may start it, so that anyone but the key worker or team manager is refused in words. */
  @Component
  static class MoveMeetingAccess {
    private final Grants grants;

    MoveMeetingAccess(Grants grants) {
      this.grants = grants;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Order(5)
    void apply() {
      for (String group : Roles.PRACTITIONERS) {
        grants.toGroup(group, PROCESS_DEFINITION, KEY, READ, CREATE_INSTANCE);
        grants.toGroup(group, PROCESS_INSTANCE, "*", CREATE);
      }
    }
  }
}
