package org.coregroup.delivery;

import static org.coregroup.delivery.UndeliveredEmailProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.EngineClock;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.UkDates;
import org.coregroup.calendar.WorkingDayDeadline;
import org.coregroup.membership.CaseFile;
import org.coregroup.membership.CaseLookup;
import org.coregroup.membership.CaseVariables;
import org.coregroup.notification.UndeliveredEmail;
import org.coregroup.plan.ChildProtectionPlanProcess;
import org.coregroup.notification.UndeliveredEmails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An email of a case that the outbox gave up on becomes a task for the case's key worker, open
 * case or closed: "Pass on an email that did not arrive", due within the product default's working
 * days, with what the email said and why it did not arrive (ADR 0037).
 */
@Service
class PassOnUndeliveredEmails implements UndeliveredEmails {

  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private final CaseLookup cases;
  private final RuntimeService runtime;
  private final DecisionService decisions;
  private final DeadlineVariables deadlines;

  PassOnUndeliveredEmails(CaseLookup cases, RuntimeService runtime, DecisionService decisions, DeadlineVariables deadlines) {
    this.cases = cases;
    this.runtime = runtime;
    this.decisions = decisions;
    this.deadlines = deadlines;
  }

  @Override
  public void report(UndeliveredEmail email) {
    Optional<CaseFile> found = cases.findOpenOrClosed(email.caseReference(), ChildProtectionPlanProcess.KEY);
    if (found.isEmpty()) {
      LOG.error("An email to {} that could not be delivered is of no case the product holds ({}): nobody can be asked to pass it on",
          email.to().email(), email.caseReference());
      return;
    }
    CaseFile file = found.get();
    Map<String, Object> variables = new HashMap<>(file.variables());
    String to = email.to().email();
    variables.put(UNDELIVERED_TO, email.to().name() == null ? to : email.to().name() + " (" + to + ")");
    variables.put(UNDELIVERED_TO_USER, email.to().userId());
    variables.put(UNDELIVERED_SUBJECT, email.subject() == null ? "(no subject)" : email.subject());
    variables.put(UNDELIVERED_TEXT, email.text());
    variables.put(UNDELIVERED_ATTACHMENTS, email.attachments().isEmpty() ? "none" : String.join(", ", email.attachments()));
    String written = WRITTEN.format(email.queuedAt().atZone(UkDates.LONDON));
    variables.put(UNDELIVERED_WRITTEN, written);
    variables.put(UNDELIVERED_WHY, email.refused()
        ? "The receiving mail server refused the address: it does not exist, or takes no mail for this person."
        : "The mail service could not send it, trying from " + written + " until it gave up.");
    variables.put(MAIL_SERVER_REPLY, email.serverReply());
    variables.putAll(deadlines.variables(PASS_ON_DUE, new WorkingDayDeadline(EngineClock.today(), workingDays(file),
        Jurisdiction.fromCode(file.jurisdiction()))));
    runtime.createProcessInstanceByKey(KEY).businessKey(file.caseReference()).setVariables(variables).execute();
  }

  /** The product default's working days to pass it on (ProductDefaultTimescales, which takes the case's profile). */
  private int workingDays(CaseFile file) {
    Object days = decisions.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(Variables.createVariables().putValue(CaseVariables.LOCAL_POLICY, file.localPolicy()))
        .evaluate().getSingleResult().getEntry(DAYS_TO_PASS_ON);
    return ((Number) days).intValue();
  }

  private static final Logger LOG = LoggerFactory.getLogger(PassOnUndeliveredEmails.class);
}
