package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.input.FormInput;
import org.springframework.stereotype.Component;

/**
 * ADR 0033: one child moved permanently to another area while their brothers and sisters stay
 * ({@code SubProcess_ChildTransfer}, one instance per child, inside the active plan): that child's
 * plan is transferred with the plan's own tasks' forms, checks and deadlines ({@link PlanTransfer},
 * {@code checkPlanTransfer}, {@code checkTransferInConference}, {@code checkTransferChase}), and
 * stays active, with the child's clocks, until the receiving authority's transfer-in conference is
 * recorded. Everything the transfer reads and writes is kept local to the child's instance
 * ({@link #VARIABLES}), so two children's transfers, and the plan's own, stay apart.
 */
final class ChildTransfer {

  /**
   * The variables of one transfer: what its forms send, what its checks keep and its deadlines.
   * A new field of the transfer forms belongs here too, or a child's transfer would write it on the plan.
   */
  static final List<String> VARIABLES = List.of(CHILD_NAME, REVIEW_HELD_ON, TRANSFER_NOTICE_DUE,
      TRANSFER_NOTICE_DUE + WorkingDayDeadline.RULE_SUFFIX, RECEIVING_AUTHORITY, RECEIVING_AUTHORITY_CODE,
      RECEIVING_AUTHORITY_ELSEWHERE, RECEIVING_AUTHORITY_ELSEWHERE_REASON, TRANSFER_RECORD_EMAIL, TRANSFER_RECORD_LOG,
      RECEIVING_AUTHORITY_CONTACT,
      RECEIVING_AUTHORITY_TOLD_ON, TRANSFER_RECORDS_SENT, TRANSFER_IN_CONFERENCE_DUE,
      TRANSFER_IN_CONFERENCE_DUE + WorkingDayDeadline.RULE_SUFFIX, TRANSFER_IN_CONFERENCE_ON,
      TRANSFER_IN_CONFERENCE_DECISION, TRANSFER_CHASE_NOTE, TRANSFER_RECORDED_BY, SIBLINGS_STILL_ON_PLAN);

  /** What the child's entry of {@code children} keeps of their transfer. */
  static final List<String> KEPT = List.of(RECEIVING_AUTHORITY, RECEIVING_AUTHORITY_CODE, RECEIVING_AUTHORITY_TOLD_ON,
      TRANSFER_RECORDS_SENT, TRANSFER_RECORD_LOG,
      TRANSFER_IN_CONFERENCE_ON, TRANSFER_IN_CONFERENCE_DECISION);

  private ChildTransfer() {
  }

  /** {@code Task_BeginChildsTransfer}: the child's own transfer variables, and "Transfer the plan" due as the plan's would be. */
  @Component("beginChildsTransfer")
  static class BeginChildsTransfer implements JavaDelegate {
    private final PlanTransfer transfer;

    BeginChildsTransfer(PlanTransfer transfer) {
      this.transfer = transfer;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SiblingGroup.Child child = ChildLeavesPlan.child(SiblingGroup.of(execution.getVariable(CHILDREN)),
          execution.getVariable(CHILD_NUMBER));
      LocalDate review = FormInput.toDate(child.values.get(MOVED_AREA_ON));
      Map<String, Object> local = new LinkedHashMap<>();
      VARIABLES.forEach(name -> local.put(name, null));
      local.put(CHILD_NAME, child.name());
      local.put(REVIEW_HELD_ON, review.toString());
      execution.setVariablesLocal(local);
      transfer.begin(execution, review);
    }
  }

  /**
   * {@code Task_EndChildsPlanOnTransfer}: the receiving authority held its transfer-in conference:
   * the child's plan ends that day as transferred and their clocks stop, and their exit plan
   * follows ({@code siblingsStillOnPlan}); for the last child on the plan the plan ends as
   * transferred, with its own exit plan.
   */
  @Component("endChildsPlanOnTransfer")
  static class EndChildsPlanOnTransfer implements JavaDelegate {
    private final PlanTransfer transfer;
    private final ChildClocks clocks;

    EndChildsPlanOnTransfer(PlanTransfer transfer, ChildClocks clocks) {
      this.transfer = transfer;
      this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<SiblingGroup.Child> children = SiblingGroup.of(execution.getVariable(CHILDREN));
      SiblingGroup.Child child = ChildLeavesPlan.child(children, execution.getVariable(CHILD_NUMBER));
      LocalDate heldOn = FormInput.toDate(execution.getVariable(TRANSFER_IN_CONFERENCE_ON));
      Map<String, Object> kept = new LinkedHashMap<>();
      KEPT.forEach(name -> kept.put(name, execution.getVariable(name)));
      child.transferred(kept);
      boolean stillOnPlan = child.onPlan();
      boolean othersStay = SiblingGroup.onPlan(children).stream().anyMatch(c -> c.number() != child.number());
      execution.setVariable(SIBLINGS_STILL_ON_PLAN, othersStay);
      if (!othersStay) {
        execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
        transfer.end(execution, heldOn);
        return;
      }
      // a child who turned 18 while moving has left the plan already, with their exit plan
      if (stillOnPlan) {
        child.end(EndReason.TRANSFERRED, heldOn);
        clocks.stop(execution.getProcessInstanceId(), List.of(child.number()));
      }
      execution.setVariable(CHILDREN, SpinValues.jsonValue(SiblingGroup.write(children)).create());
      execution.getProcessInstance().setVariable(ENDED_CHILD_NUMBERS, stillOnPlan ? String.valueOf(child.number()) : "");
    }
  }
}
