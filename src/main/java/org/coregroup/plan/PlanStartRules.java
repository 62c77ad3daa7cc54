package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.UkDates;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.input.FormInput;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.policy.LocalPolicy;

/**
 * Checks what the ICPC decided before a plan starts (R1-R4, R7): every problem is reported at
 * once, naming the field, and nothing is created while any remains.
 */
class PlanStartRules {

  /** The furthest ahead an expected date of birth may be: a pre-birth conference is held in pregnancy. */
  static final int EXPECTED_BIRTH_MONTHS = 10;

  private final PlanSchedule schedule;
  private final Function<String, Optional<LocalPolicy>> policies;
  private final Predicate<String> userExists;

  PlanStartRules(PlanSchedule schedule, Function<String, Optional<LocalPolicy>> policies,
      Predicate<String> userExists) {
    this.schedule = schedule;
    this.policies = policies;
    this.userExists = userExists;
  }

  PlanStart check(FormInput in, LocalDate today) {
    String caseReference = in.shortText(CASE_REFERENCE, "The case reference");
    // ADR 0033: one child, or brothers and sisters in one list; the same rules for each child
    List<SiblingGroup.StartChild> children = SiblingGroup.read(in, today);
    LocalDate icpcDate = in.date(ICPC_DATE, "The ICPC date");
    if (icpcDate != null && icpcDate.isBefore(today.minusYears(1))) {
      in.reject(ICPC_DATE, "the ICPC date " + FormInput.ukDate(icpcDate) + " is more than a year ago: a plan is"
          + " reviewed within 3 months of the conference and then every 6 months, so start it from the latest conference");
    }
    for (SiblingGroup.StartChild child : children) {
      if (icpcDate != null && child.birthDate() != null && icpcDate.isBefore(child.birthDate())) {
        in.reject(ICPC_DATE, "the ICPC date " + FormInput.ukDate(icpcDate) + " is before "
            + (children.size() == 1 ? "the child" : child.name()) + " was born ("
            + FormInput.ukDate(child.birthDate()) + "): for an unborn child give the expected date of birth instead");
      }
    }
    if (icpcDate != null) {
      if (icpcDate.isAfter(today)) {
        in.reject(ICPC_DATE, "the ICPC date " + UkDates.day(icpcDate) + " is in the future: start the plan once the conference has decided");
      }
      if (icpcDate.getDayOfWeek() == DayOfWeek.SATURDAY || icpcDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
        in.reject(ICPC_DATE, "the ICPC date is a " + dayName(icpcDate) + ": conferences are held on weekdays ("
            + UkDates.day(icpcDate) + " was given)");
      }
    }
    // Any profile with a row in the LocalPolicyDecision table: a manager adds one in Camunda Modeler.
    String localPolicy = in.text(LOCAL_POLICY, "Local policy");
    LocalPolicy policy = null;
    if (localPolicy != null) {
      policy = policies.apply(localPolicy).orElse(null);
      if (policy == null) {
        in.reject(LOCAL_POLICY, "'" + localPolicy + "' is not a known local policy: the local policy table has no row for it");
      } else if (!policy.missingRequired().isEmpty()) {
        in.reject(LOCAL_POLICY, "the " + localPolicy + " policy leaves empty what every case needs: "
            + String.join("; ", policy.missingRequired()) + ". A manager fills these cells in the local policy table");
        policy = null;
      }
    }
    Jurisdiction jurisdiction = Jurisdiction.ENGLAND_AND_WALES;
    try {
      jurisdiction = Jurisdiction.fromCode(in.optionalText(JURISDICTION));
    } catch (IllegalArgumentException e) {
      in.reject(JURISDICTION, e.getMessage());
    }
    String keyWorker = person(in, KEY_WORKER, "The key worker");
    String teamManager = person(in, TEAM_MANAGER, "The team manager");
    String chair = person(in, CONFERENCE_CHAIR, "The conference chair");
    CoreGroup members = CoreGroup.read(in, CORE_GROUP_MEMBERS);
    for (int i = 0; i < members.members().size(); i++) {
      CoreGroupMember member = members.members().get(i);
      if (member.hasLogin() && !userExists.test(member.userId())) {
        in.reject(CORE_GROUP_MEMBERS + "[" + (i + 1) + "].userId",
            "there is no user '" + member.userId() + "' (" + member.name() + ")");
      }
    }
    int interval = policy == null ? 0 : policy.meetingIntervalWeeks();
    Integer caseInterval = in.optionalWholeNumber(MEETING_INTERVAL_WEEKS, "The meeting interval", 1, 52);
    // R7: "at least every N weeks": the conference may set a shorter interval; brent's chair also a longer one [004 3.3]
    if (caseInterval != null && policy != null && caseInterval > interval && !policy.conferenceMaySetLongerInterval()) {
      in.reject(MEETING_INTERVAL_WEEKS, "the " + localPolicy + " policy has core groups at least every "
          + interval + " weeks; the conference can set a shorter interval, not " + caseInterval + " weeks");
    } else if (caseInterval != null) {
      interval = caseInterval;
    }
    LocalDateTime firstAt = firstCoreGroupAt(in);
    if (firstAt != null && icpcDate != null && policy != null) {
      WorkingDayDeadline firstCoreGroup = schedule.firstCoreGroup(icpcDate, policy, jurisdiction);
      LocalDate due = schedule.firstCoreGroupDue(icpcDate, policy, jurisdiction);
      if (firstAt.toLocalDate().isBefore(icpcDate) || firstAt.toLocalDate().isAfter(due)) {
        String within = schedule.firstCoreGroupByCalendarDays(icpcDate, policy, jurisdiction)
            ? policy.firstCoreGroupDays() + " days" : firstCoreGroup.workingDays() + " working days";
        in.reject(FIRST_CORE_GROUP_AT, "the first core group must meet between the conference ("
            + UkDates.day(icpcDate) + ") and " + UkDates.day(due) + ", within " + within + ", not on "
            + UkDates.day(firstAt.toLocalDate()));
      }
    }
    in.optionalShortText(FIRST_CORE_GROUP_VENUE, "The venue of the first core group");
    in.narratives(OUTLINE_PLAN);
    // R35 [WT], ADR 0031: a transfer-in conference is this plan's ICPC; the plan elsewhere is recorded
    // the eldest child's birth: a sibling group's plan elsewhere may have begun before the youngest was born
    LocalDate earliestBirth = children.stream().map(SiblingGroup.StartChild::bornOrExpected)
        .min(java.util.Comparator.naturalOrder()).orElse(null);
    TransferRules.TransferIn transferIn = TransferRules.checkTransferIn(in, icpcDate, earliestBirth, today);
    in.verify();
    return new PlanStart(caseReference, children, icpcDate, localPolicy, policy,
        jurisdiction, keyWorker, teamManager, chair, members, interval, firstAt,
        in.optionalText(FIRST_CORE_GROUP_VENUE), transferIn);
  }

  private String person(FormInput in, String field, String label) {
    String userId = in.shortText(field, label);
    if (userId != null && !userExists.test(userId)) {
      in.reject(field, "there is no user '" + userId + "'");
      return null;
    }
    return userId;
  }

  /** A date and time (yyyy-MM-ddTHH:mm); a date alone means the time is still to be agreed. */
  private static LocalDateTime firstCoreGroupAt(FormInput in) {
    if (!in.isPresent(FIRST_CORE_GROUP_AT)) {
      return null;
    }
    Object raw = in.raw(FIRST_CORE_GROUP_AT);
    try {
      return LocalDateTime.parse(raw.toString().trim());
    } catch (DateTimeParseException notDateTime) {
      LocalDate date = FormInput.toDate(raw);
      if (date == null) {
        in.reject(FIRST_CORE_GROUP_AT, "'" + raw + "' is not a date and time (expected yyyy-MM-ddTHH:mm)");
        return null;
      }
      return date.atStartOfDay();
    }
  }

  private static String dayName(LocalDate date) {
    String name = date.getDayOfWeek().name();
    return name.charAt(0) + name.substring(1).toLowerCase();
  }
}
