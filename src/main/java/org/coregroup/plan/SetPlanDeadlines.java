package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.policy.LocalPolicy;
import org.springframework.stereotype.Component;

/** {@code Task_SetPlanDeadlines}: the first core group (R4), the first review (R32), the 18th birthday, or for an unborn child when the birth is due to be recorded. */
@Component("setPlanDeadlines")
class SetPlanDeadlines implements JavaDelegate {

  private final PlanSchedule schedule;
  private final DeadlineVariables deadlines;

  SetPlanDeadlines(PlanSchedule schedule, DeadlineVariables deadlines) {
    this.schedule = schedule;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanVariables vars = new PlanVariables(execution);
    LocalPolicy policy = vars.policy();
    // The row as it is today, every column kept (empty ones too): the case counts with it from now
    // on without evaluating the table again.
    execution.setVariable(POLICY, policy.asMap());
    Jurisdiction jurisdiction = vars.jurisdiction();
    LocalDate icpc = vars.date(ICPC_DATE);
    WorkingDayDeadline firstCoreGroup = schedule.firstCoreGroup(icpc, policy, jurisdiction);
    LocalDate firstDue = schedule.firstCoreGroupDue(icpc, policy, jurisdiction);
    LocalDate agreedFirst = vars.date(FIRST_CORE_GROUP_AT) != null ? vars.date(FIRST_CORE_GROUP_AT) : firstDue;
    if (schedule.firstCoreGroupByCalendarDays(icpc, policy, jurisdiction)) {
      // counted in calendar days: a calendar change does not move it
      execution.setVariable(FIRST_CORE_GROUP_DUE, EngineClock.endOfDay(firstDue));
    } else {
      deadlines.set(execution, FIRST_CORE_GROUP_DUE, firstCoreGroup);
    }
    execution.setVariable(NEXT_CORE_GROUP_DUE, EngineClock.endOfDay(agreedFirst));
    execution.setVariable(MEETING_NUMBER, 1);
    execution.setVariable(NEXT_REVIEW_DUE, EngineClock.endOfDay(schedule.firstReviewDue(icpc, policy)));
    execution.setVariable(REVIEW_NUMBER, 1);
    execution.setVariable(LAST_CONFERENCE_ON, icpc.toString());
    vars.setHistory(MeetingHistory.empty());
    execution.setVariable(MEMBERSHIP_HISTORY_SUMMARY, MembershipHistory.fromJson(null).summary());
    List<SiblingGroup.Child> children = SiblingGroup.of(execution.getVariable(CHILDREN));
    if (children.size() > 1) {
      // ADR 0033: brothers and sisters; the plan's 18th birthday is the next child's to turn 18
      // (none while every child is still to be born), and each child keeps their own categories
      // in the list. Babies still to be born are awaited one birth at a time, the key worker asked
      // for a birth the profile's days after the first expected date.
      execution.setVariable(CHILD_BORN, SiblingGroup.anyBorn(children));
      execution.setVariable(EIGHTEENTH_BIRTHDAY, SiblingGroup.nextToTurn18(children)
          .map(c -> EngineClock.startOfDay(c.eighteenthBirthday())).orElse(null));
      LocalDate expected = SiblingGroup.firstExpected(children);
      execution.setVariable(AWAITING_BIRTH, expected != null);
      if (expected != null) {
        execution.setVariable(BIRTH_RECORD_DUE, EngineClock.endOfDay(
            BirthRules.birthRecordDue(expected, policy.birthRecordOverdueDays())));
      }
      return;
    }
    LocalDate born = vars.date(CHILD_BIRTH_DATE);
    execution.setVariable(CHILD_BORN, born != null);
    execution.setVariable(AWAITING_BIRTH, born == null);
    if (born != null) {
      execution.setVariable(EIGHTEENTH_BIRTHDAY, EngineClock.startOfDay(born.plusYears(18)));
    } else {
      // An unborn child (R1): no 18th birthday until the birth is recorded; the key worker is
      // asked for it the profile's number of days after the expected date.
      execution.setVariable(BIRTH_RECORD_DUE, EngineClock.endOfDay(
          BirthRules.birthRecordDue(vars.date(EXPECTED_BIRTH_DATE), policy.birthRecordOverdueDays())));
    }
    String category = vars.text(CATEGORY_OF_ABUSE);
    execution.setVariable(LATEST_CATEGORY_OF_ABUSE, category);
    execution.setVariable(CATEGORY_HISTORY, SpinValues.jsonValue(CategoryHistory.start(category, icpc)).create());
  }
}
