package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.coregroup.identity.AsSystem;
import org.springframework.stereotype.Component;

/**
 * {@code ThrowEvent_BirthRecorded}: the case's monitoring hears of the birth by business key and
 * starts the child-seen clocks from the date of birth (R24, R25). On a plan of brothers and
 * sisters (ADR 0033) only the monitoring of the child born hears of it (its {@code childNumber}),
 * with that child's name: a twin still to be born keeps waiting.
 */
@Component("sendBirthRecorded")
class SendBirthRecorded implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  SendBirthRecorded(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object stored = execution.getVariable(CHILDREN);
    List<SiblingGroup.Child> children = stored == null ? List.of() : SiblingGroup.of(stored);
    Object number = execution.getVariable(BORN_CHILD_NUMBER);
    SiblingGroup.Child born = children.size() > 1 && number instanceof Number n
        ? SiblingGroup.number(children, n.intValue()).orElse(null) : null;
    Map<String, Object> birth = born == null
        ? Map.of(CHILD_BIRTH_DATE, execution.getVariable(CHILD_BIRTH_DATE), CHILD_NAME, execution.getVariable(CHILD_NAME))
        : Map.of(CHILD_BIRTH_DATE, born.birthDate().toString(), CHILD_NAME, born.name());
    // A monitoring started before this model version waits for nothing: it counts from the ICPC.
    AsSystem.call(identity, () -> {
      MessageCorrelationBuilder message = runtime.createMessageCorrelation(MESSAGE_BIRTH_RECORDED)
          .processInstanceBusinessKey(execution.getProcessBusinessKey()).setVariables(birth);
      if (born != null) {
        message.processInstanceVariableEquals(CHILD_NUMBER, born.number());
      }
      return message.correlateAllWithResult();
    });
  }
}
