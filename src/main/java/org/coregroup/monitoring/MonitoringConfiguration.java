package org.coregroup.monitoring;

import org.coregroup.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the engine-free monitoring rules to the working-day calendar. */
@Configuration
class MonitoringConfiguration {

  @Bean
  MonitoringClocks monitoringClocks(WorkingDayCalendar calendar) {
    return new MonitoringClocks(calendar);
  }
}
