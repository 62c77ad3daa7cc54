package org.coregroup.plan;

/**
 * The contract of {@code bpmn/RecordBirthProcess.bpmn}: the key worker or team manager of a plan
 * agreed for an unborn child records the birth from Tasklist or REST ("Record the birth"); the
 * plan hears of it as {@link ChildProtectionPlanProcess#MESSAGE_CHILD_BORN}.
 */
public final class RecordBirthProcess {

  public static final String KEY = "RecordBirthProcess";

  public static final String START_EVENT = "StartEvent_ChildBorn";
  public static final String END_EVENT = "EndEvent_BirthSent";

  public static final String CASE_REFERENCE = ChildProtectionPlanProcess.CASE_REFERENCE;
  public static final String NAME_AT_BIRTH = ChildProtectionPlanProcess.NAME_AT_BIRTH;
  public static final String CHILD_BIRTH_DATE = ChildProtectionPlanProcess.CHILD_BIRTH_DATE;
  /** Which baby: the name the plan gives them; needed when more than one child of the plan is still to be born. */
  public static final String UNBORN_CHILD = ChildProtectionPlanProcess.UNBORN_CHILD;
  /** The logged-in user who recorded the birth (the process initiator). */
  public static final String BIRTH_RECORDED_BY = ChildProtectionPlanProcess.BIRTH_RECORDED_BY;

  private RecordBirthProcess() {
  }
}
