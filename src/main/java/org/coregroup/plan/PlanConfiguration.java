package org.coregroup.plan;

import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.membership.CaseAccess;
import org.coregroup.policy.LocalPolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plan's engine-free rules to the calendar, the policy table and the identity service. */
@Configuration
class PlanConfiguration {

  @Bean
  PlanSchedule planSchedule(WorkingDayCalendar calendar) {
    return new PlanSchedule(calendar);
  }

  @Bean
  PlanStartRules planStartRules(PlanSchedule schedule, LocalPolicies policies, CaseAccess access) {
    return new PlanStartRules(schedule, policies::forProfile, access::userExists);
  }
}
