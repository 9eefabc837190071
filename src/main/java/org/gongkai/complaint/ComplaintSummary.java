package org.gongkai.complaint;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A complaint in a list: the citizen's name and phone masked. */
public record ComplaintSummary(
    String id,
    String agencyCode,
    @Nullable String upstreamTicketId,
    ComplaintChannel channel,
    ComplaintCategory category,
    Urgency urgency,
    OffsetDateTime receivedAt,
    Citizen citizen,
    ComplaintStatus status,
    String statusLabel,
    @Nullable String unitCode,
    @Nullable OffsetDateTime dueAt,
    boolean overdue,
    int reopenCount,
    Set<ComplaintStep> awaitedSteps) {}
