package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request in a work list or a search result: personal data masked, with the reply deadline as it
 * stands today.
 *
 * @param workingDaysLeft working days from today to the due date, negative once it has passed; null
 *     when the request is finished or the calendar cannot tell
 * @param paused whether the clock stands still (correction, consultation, fee)
 */
public record DisclosureWorkItem(
    String id,
    String trackingNumber,
    String agencyCode,
    String handlingUnit,
    Applicant applicant,
    LocalDate receivedAt,
    DisclosureStatus status,
    @Nullable Outcome outcome,
    @Nullable LocalDate dueDate,
    @Nullable Integer workingDaysLeft,
    boolean paused,
    boolean overdue,
    Set<DisclosureStep> awaitedSteps) {}
