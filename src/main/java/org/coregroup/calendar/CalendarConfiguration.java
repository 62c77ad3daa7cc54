package org.coregroup.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the engine-free calendar a bean, with the bank holidays of the classpath. */
@Configuration
public class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(ClosureDayStore store) {
        return WorkingDayCalendar.fromClasspath(store);
    }
}
