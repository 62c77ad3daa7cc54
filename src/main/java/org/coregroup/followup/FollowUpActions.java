package org.coregroup.followup;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.coregroup.calendar.EngineClock;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.springframework.stereotype.Component;

/**
 * For {@code SubProcess_Action} of the follow-up: {@code ${followUpActions.assignee(actions,
 * actionNumber)}} and the like read one action of the meeting's list (R22).
 */
@Component("followUpActions")
public class FollowUpActions {

  public String assignee(Object actions, Object number) {
    return JsonLists.text(row(actions, number), ACTION_TASK_ASSIGNEE);
  }

  public Date due(Object actions, Object number) {
    LocalDate deadline = FormInput.toDate(row(actions, number).get(ACTION_DEADLINE));
    return EngineClock.endOfDay(deadline);
  }

  public String description(Object actions, Object number) {
    Map<String, Object> row = row(actions, number);
    return row.get(ACTION_WHAT) + " (owner: " + row.get(ACTION_OWNER) + "; by " + row.get(ACTION_DEADLINE)
        + "; why it matters: " + row.get(ACTION_WHY) + ")";
  }

  private static Map<String, Object> row(Object actions, Object number) {
    List<Map<String, Object>> rows = JsonLists.read(actions);
    return rows.get(Integer.parseInt(number.toString()) - 1);
  }
}
