package org.gongkai.worklist.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of a task list: a disclosure request or a complaint, its current step and its deadline.
 *
 * @param kind {@code DISCLOSURE}, {@code COMPLAINT} or {@code INSTRUCTION} (a leader's instruction)
 * @param stepKey the message key of the current step
 * @param person the applicant or citizen, masked
 * @param workingDaysLeft negative once the due date has passed; null when unknown
 */
record WorkItem(
    String kind,
    String id,
    String number,
    String stepKey,
    @Nullable String person,
    String unitName,
    LocalDate receivedOn,
    @Nullable LocalDate dueDate,
    boolean dueDateProvisional,
    @Nullable Integer workingDaysLeft,
    boolean paused,
    boolean overdue,
    String href) {

  /** Warnings go out three working days before the due date. */
  static final int NEARLY_DUE_WORKING_DAYS = 3;

  public boolean isOverdue() {
    return overdue || (workingDaysLeft != null && workingDaysLeft < 0);
  }

  public boolean isNearlyDue() {
    return !isOverdue()
        && !paused
        && workingDaysLeft != null
        && workingDaysLeft <= NEARLY_DUE_WORKING_DAYS;
  }
}
