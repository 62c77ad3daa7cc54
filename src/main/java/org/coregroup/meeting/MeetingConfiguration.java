package org.coregroup.meeting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The meeting's settings: the labels of the three columns (R20). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ColumnLabels.class)
class MeetingConfiguration {
}
