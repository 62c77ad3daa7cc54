package org.coregroup.oversight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.EngineClock;
import org.coregroup.document.TaggedPdf;
import org.coregroup.identity.AsSystem;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.CaseFile;
import org.coregroup.notification.Attachment;
import org.coregroup.notification.NotificationLog;
import org.coregroup.notification.Notifier;
import org.coregroup.notification.People;
import org.coregroup.notification.Recipient;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The transfer record of a plan that moves to another area (R35, ADR 0036): made from the case's
 * history ({@link CaseRecords}) as a tagged PDF, for the key worker or team manager of the open
 * plan only - downloaded from "Transfer the plan" ({@code /cases/{reference}/transfer-record.pdf})
 * or emailed by the product to the secure address the key worker gives on completing it.
 */
@Service
class TransferRecords {

  static final String WHAT = "The transfer record (PDF)";

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CaseRecords records;

  TransferRecords(RuntimeService runtime, IdentityService identity, CaseRecords records) {
    this.runtime = runtime;
    this.identity = identity;
    this.records = records;
  }

  /**
   * The record of the open plan {@code reference} for {@code userId}, when they are its key worker
   * or its team manager; empty for anyone else (a member, a chair, an administrator, someone of
   * another case) and for a case that is not open, alike. With {@code childNumber}, the record of
   * that child's own transfer while their brothers and sisters stay (ADR 0033): that child only,
   * with their transfer's details; empty when no transfer of that child is under way.
   */
  Optional<TransferRecord.Contents> forKeyWorkerOrManager(String reference, String userId, Integer childNumber) {
    if (reference == null || reference.isBlank() || userId == null) {
      return Optional.empty();
    }
    return AsSystem.call(identity, () -> {
      Optional<String> planId = runtime.createProcessInstanceQuery()
          .processDefinitionKey(ChildProtectionPlanProcess.KEY).processInstanceBusinessKey(reference).list().stream()
          .filter(p -> !p.isEnded()).map(ProcessInstance::getId).findFirst();
      if (planId.isEmpty()) {
        return Optional.<TransferRecord.Contents>empty();
      }
      Map<String, Object> plan = runtime.getVariables(planId.get());
      if (!userId.equals(plan.get(ChildProtectionPlanProcess.KEY_WORKER)) && !userId.equals(plan.get(ChildProtectionPlanProcess.TEAM_MANAGER))) {
        return Optional.<TransferRecord.Contents>empty();
      }
      if (childNumber == null) {
        return Optional.of(records.transfer(CaseFile.of(reference, plan), plan, EngineClock.today()));
      }
      // the child's own transfer keeps its variables on its own execution (ChildTransfer.VARIABLES)
      return runtime.createVariableInstanceQuery().processInstanceIdIn(planId.get())
          .variableName(ChildProtectionPlanProcess.TRANSFER_NOTICE_DUE).list().stream()
          .map(v -> runtime.getVariables(v.getExecutionId()))
          .filter(vars -> childNumber.equals(vars.get(ChildProtectionPlanProcess.CHILD_NUMBER)))
          .findFirst().map(this::of);
    });
  }

  /** The record of the plan whose variables {@code scope} sees (the task "Transfer the plan" being completed). */
  TransferRecord.Contents of(VariableScope scope) {
    return of(scope.getVariables());
  }

  private TransferRecord.Contents of(Map<String, Object> vars) {
    String reference = String.valueOf(vars.get(ChildProtectionPlanProcess.CASE_REFERENCE));
    TransferRecord.Contents whole = records.transfer(CaseFile.of(reference, vars), vars, EngineClock.today());
    return vars.get(ChildProtectionPlanProcess.CHILD_NUMBER) instanceof Integer number
        ? onlyChild(whole, number) : whole;
  }

  /**
   * The record for one child who moves while their brothers and sisters stay: the receiving
   * authority has no need of the others' details, so only that child's entry, the family's visits
   * saying whether they saw that child (naming no other) and their own child-seen clock are kept. The Core Group's meetings
   * and concerns are the family's and stay.
   */
  private static CaseHistory.Visit visitOf(CaseHistory.Visit v, String name) {
    boolean seen = v.childrenSeen() != null && v.childrenSeen().contains(name);
    boolean alone = v.childrenSeenAlone() != null && v.childrenSeenAlone().contains(name);
    return new CaseHistory.Visit(v.on(), v.by(), v.agency(), seen, alone, seen ? List.of(name) : List.of(),
        alone ? List.of(name) : List.of(), true);
  }

  static TransferRecord.Contents onlyChild(TransferRecord.Contents c, int childNumber) {
    if (childNumber < 1 || childNumber > c.children().size() || c.children().size() < 2) {
      return c;
    }
    TransferRecord.Child child = c.children().get(childNumber - 1);
    String name = child.name();
    CaseHistory h = c.history();
    CaseHistory history = h == null ? null : new CaseHistory(h.reference(), name, h.icpc(), h.localPolicy(), h.plan(),
        h.meetings(), h.minutes(),
        h.visits().stream().map(v -> !v.siblings() ? v : visitOf(v, name)).toList(),
        h.childSeen().stream().filter(s -> s.child() == null || s.child().equals(name)).toList(),
        h.concerns(), h.escalations());
    return new TransferRecord.Contents(c.reference(), List.of(child), c.planStartedOn(), c.previousAuthority(),
        c.previousPlanStart(), c.contacts(), c.members(), c.membershipHistory(), c.decisions(), history,
        c.nextCoreGroupDue(), c.nextReviewDue(), c.transfer(), c.madeOn());
  }

  static byte[] pdf(TransferRecord.Contents contents) {
    return TaggedPdf.render(TransferRecord.xhtml(contents));
  }

  /**
   * Second complete listener of {@code Task_TransferPlan}, after {@code checkPlanTransfer} has
   * checked the address: with a secure email address given, the record goes to it as a PDF; the
   * notification log and the plan's {@code transferRecordLog} keep what was sent, when, to whom,
   * by whom and how. Without one, nothing is sent (the key worker downloads it).
   */
  @Component("sendTransferRecord")
  static class SendTransferRecord implements TaskListener {
    private final TransferRecords transfers;
    private final Notifier notifier;
    private final People people;

    SendTransferRecord(TransferRecords transfers, Notifier notifier, People people) {
      this.transfers = transfers;
      this.notifier = notifier;
      this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
      Object email = task.getVariable(ChildProtectionPlanProcess.TRANSFER_RECORD_EMAIL);
      if (email == null || email.toString().isBlank()) {
        return;
      }
      TransferRecord.Contents contents = transfers.of(task);
      String authority = contents.transfer().authority();
      Object by = task.getVariable(ChildProtectionPlanProcess.TRANSFER_RECORDED_BY);
      Recipient keyWorker = people.user(String.valueOf(task.getVariable(ChildProtectionPlanProcess.KEY_WORKER)));
      String subject = TransferRecord.title(contents);
      String text = "Dear colleague,\n\nThe child protection plan for "
          + TransferRecord.names(contents.children().stream().map(TransferRecord.Child::name).toList())
          + " (our case " + contents.reference() + ") is transferring to " + authority + ", as the child has moved permanently to your area. "
          + "The transfer record for your transfer-in conference is attached: the plan, the Core Group, the meetings and what they decided, "
          + "open actions, visits and the child-seen record, concerns and escalations.\n\nPlease contact the key worker, "
          + keyWorker.name() + (keyWorker.hasEmail() ? " (" + keyWorker.email() + ")" : "") + ", with any question.\n";
      notifier.tell(task, List.of(new Recipient(authority, null, email.toString())), subject, text,
          List.of(Attachment.pdf(TransferRecord.fileName(contents.reference()), pdf(contents))));
      List<NotificationLog.Entry> log = NotificationLog.fromJson(task.getVariable(NotificationLog.VARIABLE)).entries();
      String how = log.isEmpty() ? Notifier.BY_EMAIL : log.get(log.size() - 1).how();
      List<Map<String, Object>> sent = new ArrayList<>(Optional.ofNullable(
          JsonLists.read(task.getVariable(ChildProtectionPlanProcess.TRANSFER_RECORD_LOG))).orElse(List.of()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_AT, EngineClock.now().toInstant().toString());
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_WHAT, WHAT);
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_TO, authority);
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_TO_EMAIL, email.toString());
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_BY, by == null ? null : by.toString());
      row.put(ChildProtectionPlanProcess.TRANSFER_RECORD_HOW, how);
      sent.add(row);
      task.setVariable(ChildProtectionPlanProcess.TRANSFER_RECORD_LOG, SpinValues.jsonValue(JsonLists.write(sent)).create());
    }
  }

}
