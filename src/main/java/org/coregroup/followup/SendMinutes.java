package org.coregroup.followup;

import static org.coregroup.followup.CoreGroupFollowUpProcess.*;
import static org.coregroup.meeting.CoreGroupMeetingProcess.MEETING_HELD_ON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.ProcessVariables;
import org.coregroup.notification.Attachment;
import org.coregroup.notification.NotificationLog;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendMinutes}: every member, absent ones included, gets the minutes, with the
 * family's copy attached where the family's listener made it; who, when, how is kept (R21).
 */
@Component("sendMinutes")
class SendMinutes implements JavaDelegate {

  private final FollowUpLetters letters;

  SendMinutes(FollowUpLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessVariables vars = new ProcessVariables(execution);
    int before = FollowUpLetters.log(execution).size();
    List<Attachment> files = execution.getVariable(FAMILY_MINUTES_PDF) instanceof byte[] pdf
        ? List.of(Attachment.pdf("minutes-for-the-family-" + vars.date(MEETING_HELD_ON) + ".pdf", pdf)) : List.of();
    letters.tell(execution, letters.everyone(vars), "minutes of the meeting of " + UkDates.day(vars.date(MEETING_HELD_ON)),
        vars.text(MINUTES) + (vars.text(PLAN_UPDATED) == null ? "" : "\n\nThe updated plan:\n" + vars.text(PLAN_UPDATED))
            + (files.isEmpty() ? "" : "\n\nAttached: the same minutes in plain language, for the family."),
        files);
    List<Map<String, Object>> received = new ArrayList<>();
    List<NotificationLog.Entry> entries = FollowUpLetters.log(execution);
    for (NotificationLog.Entry e : entries.subList(before, entries.size())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", e.to());
      row.put("at", e.at());
      row.put("how", e.how());
      received.add(row);
    }
    vars.setJson(MINUTES_RECEIVED_BY, received);
  }
}
