package org.coregroup.family;

import static org.coregroup.followup.CoreGroupFollowUpProcess.FAMILY_MINUTES_PDF;
import static org.coregroup.followup.CoreGroupFollowUpProcess.MEETING_RECORD;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.coregroup.membership.CaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Task_SendMinutes}: the family's copy of these minutes, in plain language as
 * the key worker can download it, as a PDF for the minutes email. Kept only while the minutes are
 * sent (a transient variable): the case keeps the record it is made from, not the file.
 */
@Component("attachFamilyMinutes")
class AttachFamilyMinutes implements ExecutionListener {

  private final FamilyRecords records;

  AttachFamilyMinutes(FamilyRecords records) {
    this.records = records;
  }

  /**
   * Without a meeting record there is nothing to make it from; a PDF that cannot be made is
   * logged and the minutes go without it (the members still get them, the key worker can
   * download the family's copy later).
   */
  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> vars = execution.getVariables(); // the record, the minutes, the key worker and manager
    if (vars.get(MEETING_RECORD) == null) {
      return;
    }
    try {
      FamilyDocuments.Meeting meeting = FamilyRecords.meeting(vars);
      Object child = vars.get(CaseVariables.CHILD_NAME);
      byte[] pdf = FamilyPdf.render(FamilyDocuments.minutes(child == null ? "the child" : child.toString(), meeting,
          records.contacts(vars)));
      execution.setVariable(FAMILY_MINUTES_PDF, Variables.byteArrayValue(pdf, true));
    } catch (RuntimeException e) {
      LOG.warn("The family's copy of the minutes of case {} could not be made; the minutes go without it",
          execution.getProcessBusinessKey(), e);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(AttachFamilyMinutes.class);
}
