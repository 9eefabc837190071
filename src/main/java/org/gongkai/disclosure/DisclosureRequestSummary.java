package org.gongkai.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request in a list: personal data masked. */
public record DisclosureRequestSummary(
    String id,
    String trackingNumber,
    String agencyCode,
    Channel channel,
    LocalDate receivedAt,
    Applicant applicant,
    DisclosureStatus status,
    String statusLabel,
    @Nullable Outcome outcome,
    @Nullable LocalDate dueDate,
    boolean overdue) {}
