package org.coregroup.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The neutral labels of the three-column analysis and the safety scale in the minutes (R20),
 * set per deployment with {@code coregroup.meeting.labels.*}; the form's labels are edited in
 * Camunda Modeler ({@code forms/RecordCoreGroupMeetingForm.form}).
 */
@ConfigurationProperties("coregroup.meeting.labels")
record ColumnLabels(
    @DefaultValue("What we are worried about") String worries,
    @DefaultValue("What is working well") String workingWell,
    @DefaultValue("What needs to happen") String needsToHappen,
    @DefaultValue("Safety scale (0-10)") String safetyScale) {
}
