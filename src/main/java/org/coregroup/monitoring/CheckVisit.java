package org.coregroup.monitoring;

import org.coregroup.calendar.UkDates;
import static org.coregroup.monitoring.RecordVisitProcess.*;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.membership.Agencies;
import org.coregroup.input.Submitter;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.OnBehalfOf;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_VisitMade} (R26): only a member of the case records a visit
 * (looked up under the member's own authorization), dated between the start of the plan and
 * today, saying who saw the child for which agency and whether the child was seen, and alone.
 * Who recorded it is the logged-in user; who saw the child is that user, or the member named in
 * {@code onBehalfOf} when the visit is recorded for them, never a name in the payload.
 */
@Component("checkVisit")
class CheckVisit implements ExecutionListener {

  private final CaseLookup cases;
  private final IdentityService identity;

  CheckVisit(CaseLookup cases, IdentityService identity) {
    this.cases = cases;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = new FormInput(execution.getVariables());
    String reference = in.isPresent(CASE_REFERENCE) ? in.optionalText(CASE_REFERENCE) : execution.getProcessBusinessKey();
    Optional<CaseFile> found = cases.findForCurrentUser(reference);
    if (reference == null) {
      in.reject(CASE_REFERENCE, "The case reference is required");
    } else if (found.isEmpty()) {
      in.reject(CASE_REFERENCE, "there is no open case '" + reference + "' that you belong to");
    }
    LocalDate today = EngineClock.today();
    LocalDate date = in.date(VISIT_DATE, "The date of the visit");
    if (date != null && date.isAfter(today)) {
      in.reject(VISIT_DATE, "the visit date " + UkDates.day(date) + " is in the future: record a visit once it has happened");
    }
    LocalDate planStart = found.map(CaseFile::icpcDate).orElse(null);
    if (date != null && planStart != null && date.isBefore(planStart)) {
      in.reject(VISIT_DATE, "the visit date " + UkDates.day(date) + " is before the plan began (" + UkDates.day(planStart) + ")");
    }
    String recordedBy = Submitter.self(in, identity, RECORDED_BY, "Recorded by");
    String visitedBy = OnBehalfOf.read(in, found.orElse(null)).orElse(null);
    if (visitedBy == null) {
      visitedBy = Submitter.userId(identity) == null ? in.optionalShortText(VISITED_BY, "Who saw the child")
          : Submitter.self(in, identity, VISITED_BY, "Who saw the child");
    } else if (in.isPresent(VISITED_BY) && !visitedBy.equals(in.optionalText(VISITED_BY))) {
      in.reject(VISITED_BY, "Who saw the child is the member named under \"On behalf of\"");
    }
    if (visitedBy == null) {
      visitedBy = recordedBy;
    }
    if (visitedBy == null) {
      in.reject(VISITED_BY, "Who saw the child is required");
    }
    String label = "The agency of the person who saw the child";
    Agencies.checkProfessional(in, VISITOR_AGENCY, in.shortText(VISITOR_AGENCY, label), label);
    in.optionalText(VISIT_NOTES);
    in.optionalText(CHILDREN_SEEN);
    Boolean seen = in.yesNo(CHILD_SEEN, "Was the child seen");
    Boolean alone = in.isPresent(SEEN_ALONE) ? in.yesNo(SEEN_ALONE, "Was the child seen alone") : Boolean.FALSE;
    if (Boolean.TRUE.equals(alone) && Boolean.FALSE.equals(seen)) {
      in.reject(SEEN_ALONE, "a child who was not seen cannot have been seen alone");
    }
    Boolean bedroom = in.isPresent(BEDROOM_SEEN) ? in.yesNo(BEDROOM_SEEN, "Was the child's bedroom seen") : null;
    in.verify();
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(VISIT_DATE, date.toString());
    execution.setVariable(VISITED_BY, visitedBy);
    execution.setVariable(RECORDED_BY, recordedBy);
    execution.setVariable(CHILD_SEEN, seen);
    execution.setVariable(SEEN_ALONE, alone);
    execution.setVariable(BEDROOM_SEEN, bedroom);
  }
}
