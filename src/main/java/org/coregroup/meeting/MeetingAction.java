package org.coregroup.meeting;

import java.time.LocalDate;

/**
 * One SMART action of the plan (R6, R22): what, who owns it, by when, why it matters; {@code
 * assignee} is the owner's login, or the key worker's for an owner without one (a family member).
 */
record MeetingAction(int number, String what, String owner, LocalDate deadline, String why, String assignee) {
}
