package org.coregroup.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.UkDates;
import org.coregroup.identity.AsSystem;
import org.coregroup.identity.SignedInUser;
import org.coregroup.membership.CaseFile;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.membership.CaseLookup;
import org.coregroup.notification.People;
import org.springframework.stereotype.Service;

/**
 * What a supervisor oversees: the cases membership says they may see, each with its next deadline
 * and overdue work; and the figures the charts show. Who may see which case is decided by
 * {@link CaseLookup} only; the open tasks and the history of those cases are then read on the
 * product's behalf.
 */
@Service
class OversightCases {

  static final List<String> PLAN_LENGTHS = List.of("Under 9 months", "9 to 12 months", "12 to 18 months", "18 months or more");

  record Row(CaseFile file, String keyWorkerName, String nextTask, LocalDate nextDeadline, long daysOverdue,
      List<String> overdueTasks, long monthsOpen) {
  }

  /** The cases and the figures of the four charts, over the same cases. */
  record Overview(List<Row> rows, Map<String, Integer> overdueByKind, Map<String, Integer> plansByLength,
      List<Timeliness.Month> timeliness, List<AttendanceByAgency.Row> attendance, LocalDate today) {
  }

  private final CaseLookup lookup;
  private final TaskService tasks;
  private final IdentityService identity;
  private final People people;
  private final CaseRecords records;

  OversightCases(CaseLookup lookup, TaskService tasks, IdentityService identity, People people, CaseRecords records) {
    this.lookup = lookup;
    this.tasks = tasks;
    this.identity = identity;
    this.people = people;
    this.records = records;
  }

  /** The open tasks of the cases (for the table and the first two charts); the history is read only when asked for. */
  Overview forUser(SignedInUser.User user) {
    return overview(user, false);
  }

  /** The same cases with their history: every chart. */
  Overview withHistory(SignedInUser.User user) {
    return overview(user, true);
  }

  private Overview overview(SignedInUser.User user, boolean withHistory) {
    List<CaseFile> cases = lookup.casesSupervisedBy(user.id(), user.groupIds());
    LocalDate today = EngineClock.today();
    List<Row> rows = AsSystem.call(identity, () -> cases.stream().map(c -> row(c, today)).toList());
    Map<String, Integer> byKind = new TreeMap<>();
    rows.forEach(r -> r.overdueTasks().forEach(kind -> byKind.merge(kind, 1, Integer::sum)));
    Map<String, Integer> byLength = new LinkedHashMap<>();
    PLAN_LENGTHS.forEach(l -> byLength.put(l, 0));
    rows.forEach(r -> byLength.merge(lengthBand(r.monthsOpen()), 1, Integer::sum));
    // the charts over the past months count the cases that ended in them too
    List<CaseHistory> histories = new ArrayList<>();
    if (withHistory) {
      cases.forEach(c -> histories.add(records.read(c)));
      Set<String> open = cases.stream().map(CaseFile::caseReference).collect(Collectors.toSet());
      lookup.casesEndedSince(user.id(), user.groupIds(), firstDayOfTheMonths(today).atStartOfDay(UkDates.LONDON).toInstant(),
          ChildProtectionPlanProcess.KEY).stream()
          .filter(c -> !open.contains(c.caseReference())).forEach(c -> histories.add(records.read(c)));
    }
    return new Overview(rows, byKind, byLength, Timeliness.lastTwelveMonths(histories, today),
        AttendanceByAgency.since(histories, firstDayOfTheMonths(today)), today);
  }

  /** The first day of the 12 months the charts cover. */
  static LocalDate firstDayOfTheMonths(LocalDate today) {
    return today.withDayOfMonth(1).minusMonths(Timeliness.MONTHS - 1L);
  }

  /** One case the user oversees, with its history; empty for any other reference (the same for a case that does not exist). */
  Optional<CaseHistory> history(SignedInUser.User user, String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 100) {
      return Optional.empty();
    }
    return lookup.casesSupervisedBy(user.id(), user.groupIds()).stream()
        .filter(c -> reference.equals(c.caseReference())).findFirst().map(records::read);
  }

  private Row row(CaseFile file, LocalDate today) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(file.caseReference()).active().list();
    Task next = open.stream().filter(t -> t.getDueDate() != null)
        .min(Comparator.comparing(Task::getDueDate)).orElse(null);
    LocalDate nextDeadline = next == null ? null : UkDates.dayOf(next.getDueDate());
    long daysOverdue = nextDeadline != null && nextDeadline.isBefore(today) ? ChronoUnit.DAYS.between(nextDeadline, today) : 0;
    List<String> overdue = open.stream()
        .filter(t -> t.getDueDate() != null && UkDates.dayOf(t.getDueDate()).isBefore(today))
        .map(Task::getName).sorted().toList();
    long months = file.icpcDate() == null ? 0 : ChronoUnit.MONTHS.between(file.icpcDate(), today);
    return new Row(file, nameOf(file.keyWorker()), next == null ? null : next.getName(), nextDeadline, daysOverdue, overdue, months);
  }

  /** R31: plans open 9, 12 and 18 months are reviewed. */
  static String lengthBand(long months) {
    if (months >= 18) {
      return PLAN_LENGTHS.get(3);
    }
    if (months >= 12) {
      return PLAN_LENGTHS.get(2);
    }
    return months >= 9 ? PLAN_LENGTHS.get(1) : PLAN_LENGTHS.get(0);
  }

  private String nameOf(String userId) {
    return userId == null ? "" : people.user(userId).name();
  }
}
