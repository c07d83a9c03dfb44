package org.inforights.casework.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code casework.clock.*} and {@code casework.calendar.*}; both have defaults when absent. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ClockProperties.class, CalendarProperties.class, WorkingDayProperties.class, UrgentTargetProperties.class})
class DeadlineConfiguration {
}
