package org.gongkai.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.casework.CaseTimeline;
import org.jspecify.annotations.Nullable;

/**
 * A leader's instruction as the API answers it.
 *
 * @param history the item's timeline, oldest first
 */
public record InstructionDetails(
    String id,
    String trackingNumber,
    String agencyCode,
    String caseKind,
    String caseId,
    String text,
    String ownerUnitCode,
    String instructedBy,
    LocalDate registeredOn,
    LocalDate dueOn,
    InstructionStatus status,
    String statusLabel,
    boolean overdue,
    int rounds,
    @Nullable String answer,
    @Nullable OffsetDateTime answeredAt,
    @Nullable String leaderComment,
    @Nullable OffsetDateTime closedAt,
    List<CaseTimeline.Entry> history) {}
