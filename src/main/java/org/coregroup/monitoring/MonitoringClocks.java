package org.coregroup.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.policy.LocalPolicy;
import org.coregroup.json.Json;

/**
 * The monitoring rules, engine-free: when the child must next be seen (R24) and seen alone by the
 * key worker (R25), which visits count, and when a long-running plan is reviewed for drift (R31).
 */
class MonitoringClocks {


  private final WorkingDayCalendar calendar;

  MonitoringClocks(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The conference's value for the case wins over the profile's. */
  static Integer inForce(Integer caseValue, Integer profileValue) {
    return caseValue != null ? caseValue : profileValue;
  }

  /** R24: seen again within N working days of the ICPC or the last visit that saw the child. */
  WorkingDayDeadline childSeen(LocalDate from, int workingDays, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(from, workingDays, jurisdiction);
  }



  /** R25: seen alone by the key worker within N weeks of the ICPC or the last such visit. */
  LocalDate seenAloneDue(LocalDate from, int weeks) {
    return calendar.addWeeks(from, weeks);
  }

  LocalDate driftReviewOn(LocalDate icpcDate, int months) {
    return calendar.addMonths(icpcDate, months);
  }

  /** R31: the team manager reviews a drifting plan within the policy's working days. */
  WorkingDayDeadline driftReview(LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(today, policy.driftReviewWorkingDays(), jurisdiction);
  }

  WorkingDayDeadline legalPlanningMeeting(LocalDate today, LocalPolicy policy, Jurisdiction jurisdiction) {
    return new WorkingDayDeadline(today, policy.legalPlanningMeetingWorkingDays(), jurisdiction);
  }

  /** R31: the months open at which the team manager reviews the plan for drift (9, 12 and 18 by default). */
  static List<Integer> driftMonths(LocalPolicy policy) {
    return java.util.stream.Stream.of(policy.driftReviewFirstMonths(), policy.driftReviewSecondMonths(),
        policy.driftReviewThirdMonths()).filter(java.util.Objects::nonNull).sorted().toList();
  }

  /** The drift review after the one at {@code months}, or null after the last. */
  static Integer nextDriftMonths(int months, LocalPolicy policy) {
    return driftMonths(policy).stream().filter(m -> m > months).findFirst().orElse(null);
  }

  /** A visit restarts the child-seen clock when the child was seen, on or after the day it runs from. */
  static boolean restartsChildSeen(Visit visit, LocalDate clockFrom) {
    return visit.childSeen() && !visit.visitDate().isBefore(clockFrom);
  }

  /**
   * A visit restarts the seen-alone clock when the key worker saw the child alone, on or after the
   * day it runs from, and recorded it herself: one recorded on her behalf is kept but restarts nothing.
   */
  static boolean restartsSeenAlone(Visit visit, String keyWorker, LocalDate clockFrom) {
    return visit.childSeen() && visit.seenAlone() && keyWorker != null && keyWorker.equals(visit.visitedBy())
        && (visit.recordedBy() == null || visit.recordedBy().equals(visit.visitedBy()))
        && !visit.visitDate().isBefore(clockFrom);
  }

  /** Adds one visit to the case's list of visits (Json), oldest first. */
  static String addVisit(Object visitsJson, Visit visit) {
    List<Map<String, Object>> visits = readList(visitsJson);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(CaseMonitoringProcess.VISIT_DATE, visit.visitDate().toString());
    entry.put(CaseMonitoringProcess.VISITED_BY, visit.visitedBy());
    entry.put(CaseMonitoringProcess.VISITOR_AGENCY, visit.visitorAgency());
    entry.put(CaseMonitoringProcess.CHILD_SEEN, visit.childSeen());
    entry.put(CaseMonitoringProcess.SEEN_ALONE, visit.seenAlone());
    entry.put(CaseMonitoringProcess.BEDROOM_SEEN, visit.bedroomSeen());
    entry.put(CaseMonitoringProcess.VISIT_NOTES, visit.visitNotes());
    entry.put(CaseMonitoringProcess.RECORDED_BY, visit.recordedBy());
    visits.add(entry);
    visits.sort((a, b) -> a.get(CaseMonitoringProcess.VISIT_DATE).toString().compareTo(b.get(CaseMonitoringProcess.VISIT_DATE).toString()));
    return write(visits);
  }

  /** Adds one entry to a Json list kept in a variable. */
  static String append(Object listJson, Map<String, Object> entry) {
    List<Map<String, Object>> list = readList(listJson);
    list.add(entry);
    return write(list);
  }

  private static List<Map<String, Object>> readList(Object json) {
    if (json == null) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(Json.MAPPER.readValue(json.toString(), new TypeReference<List<Map<String, Object>>>() { }));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The list kept in the case is not JSON: " + json, e);
    }
  }

  private static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list cannot be written as JSON", e);
    }
  }
}
