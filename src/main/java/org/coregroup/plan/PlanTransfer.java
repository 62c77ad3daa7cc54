package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.Submitter;
import org.coregroup.notification.Mail;
import org.coregroup.policy.LocalPolicies;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/**
 * A transfer out (R35 [WT]): the deadlines of its two steps, counted with the case's local policy
 * (a case started before the table had these columns takes the latest table's), and the end of the
 * plan once the receiving authority's transfer-in conference is recorded.
 */
@Component
class PlanTransfer {

  private final PlanSchedule schedule;
  private final DeadlineVariables deadlines;
  private final LocalPolicies policies;
  private final PlanEnding ending;

  PlanTransfer(PlanSchedule schedule, DeadlineVariables deadlines, LocalPolicies policies, PlanEnding ending) {
    this.schedule = schedule;
    this.deadlines = deadlines;
    this.policies = policies;
    this.ending = ending;
  }

  /** The review found the child moved: "Transfer the plan" is due the profile's working days after it. */
  void begin(VariableScope scope, LocalDate review) {
    LocalPolicy policy = policies.inForce(scope);
    deadlines.set(scope, TRANSFER_NOTICE_DUE, schedule.transferNotice(review, policy, new PlanVariables(scope).jurisdiction()));
  }

  /** The receiving authority was told: its transfer-in conference is due the national working days after. */
  void told(VariableScope scope, LocalDate toldOn) {
    LocalPolicy policy = policies.inForce(scope);
    deadlines.set(scope, TRANSFER_IN_CONFERENCE_DUE,
        schedule.transferInConference(toldOn, policy, new PlanVariables(scope).jurisdiction()));
  }

  /** The transfer-in conference was held: the plan here ends that day. */
  void end(VariableScope scope, LocalDate heldOn) {
    ending.end(scope, EndReason.TRANSFERRED, heldOn);
  }

  /**
   * Only the case's key worker or team manager records a step of the transfer (a task handed on
   * to another member stays theirs to do): anyone else is refused naming {@link #TRANSFER_RECORDED_BY}.
   * Returns who did it: the logged-in user, or the assignee when the product itself acts.
   */
  static String recordedBy(FormInput in, IdentityService identity, DelegateTask task) {
    String user = Submitter.userId(identity);
    if (user == null) {
      return task.getAssignee();
    }
    Object keyWorker = task.getVariable(KEY_WORKER);
    Object teamManager = task.getVariable(TEAM_MANAGER);
    if (!user.equals(keyWorker) && !user.equals(teamManager)) {
      in.reject(TRANSFER_RECORDED_BY, "only the key worker or the team manager of this case can record its transfer to another area");
    }
    return user;
  }

  /**
   * Completion of {@code Task_TransferPlan}: the receiving authority (from the list, not this one, or
   * one outside the list with a reason), when it was told, the records sent, and the secure email
   * address the transfer record goes to (refused while email is not set up here: the key worker
   * would think it sent). The record itself is made and sent by the oversight's
   * {@code sendTransferRecord}, the next listener (ADR 0036).
   */
  @Component("checkPlanTransfer")
  static class CheckPlanTransfer implements TaskListener {
    private final PlanTransfer transfer;
    private final IdentityService identity;
    private final ReceivingAuthorities authorities;
    private final Mail mail;

    CheckPlanTransfer(PlanTransfer transfer, IdentityService identity, ReceivingAuthorities authorities, Mail mail) {
      this.transfer = transfer;
      this.identity = identity;
      this.authorities = authorities;
      this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      String by = recordedBy(in, identity, task);
      TransferRules.TransferOut out = TransferRules.checkNotice(in, FormInput.toDate(task.getVariable(REVIEW_HELD_ON)),
          EngineClock.today(), authorities.list(), authorities.own());
      if (out.recordEmail() != null && !mail.configured()) {
        in.reject(TRANSFER_RECORD_EMAIL, "email is not set up on this system, so the record cannot be sent from here: "
            + "download it from this task and send it securely yourself, and leave this empty");
      }
      in.verify();
      task.setVariable(RECEIVING_AUTHORITY, out.authority());
      task.setVariable(RECEIVING_AUTHORITY_CODE, out.authorityCode());
      task.setVariable(RECEIVING_AUTHORITY_ELSEWHERE_REASON, out.outsideListReason());
      task.setVariable(TRANSFER_RECORD_EMAIL, out.recordEmail());
      task.setVariable(RECEIVING_AUTHORITY_CONTACT, out.contact());
      task.setVariable(RECEIVING_AUTHORITY_TOLD_ON, out.toldOn().toString());
      task.setVariable(TRANSFER_RECORDS_SENT, out.recordsSent());
      task.setVariable(TRANSFER_RECORDED_BY, by);
      transfer.told(task, out.toldOn());
    }
  }

  /** Completion of {@code Task_RecordTransferInConference}: the day the receiving authority held it. */
  @Component("checkTransferInConference")
  static class CheckTransferInConference implements TaskListener {
    private final IdentityService identity;

    CheckTransferInConference(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      String by = recordedBy(in, identity, task);
      LocalDate heldOn = TransferRules.checkTransferInConference(in,
          FormInput.toDate(task.getVariable(RECEIVING_AUTHORITY_TOLD_ON)), EngineClock.today());
      in.verify();
      task.setVariable(TRANSFER_IN_CONFERENCE_ON, heldOn.toString());
      task.setVariable(TRANSFER_RECORDED_BY, by);
    }
  }

  /** Completion of {@code Task_ChaseTransferInConference}: what the team manager did. */
  @Component("checkTransferChase")
  static class CheckTransferChase implements TaskListener {
    private final IdentityService identity;

    CheckTransferChase(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput in = new FormInput(task.getVariables());
      recordedBy(in, identity, task);
      in.text(TRANSFER_CHASE_NOTE, "What you did");
      in.verify();
    }
  }

  /** {@code Task_EndPlanOnTransfer}: the plan ends on the day of the transfer-in conference. */
  @Component("endPlanOnTransfer")
  static class EndPlanOnTransfer implements JavaDelegate {
    private final PlanTransfer transfer;

    EndPlanOnTransfer(PlanTransfer transfer) {
      this.transfer = transfer;
    }

    @Override
    public void execute(DelegateExecution execution) {
      transfer.end(execution, new PlanVariables(execution).date(TRANSFER_IN_CONFERENCE_ON));
    }
  }
}
