package org.coregroup.escalation;

import org.coregroup.calendar.DeadlineVariables;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.policy.LocalPolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the escalations' deadlines to the working-day calendar. */
@Configuration
class EscalationConfiguration {

  @Bean
  EscalationDeadlines escalationDeadlines(WorkingDayCalendar calendar, DeadlineVariables deadlines, LocalPolicies policies) {
    return new EscalationDeadlines(calendar, deadlines, policies);
  }
}
