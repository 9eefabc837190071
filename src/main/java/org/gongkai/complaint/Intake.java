package org.gongkai.complaint;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The command to register a complaint, from the front desk or an upstream 110 / 12345 platform.
 *
 * @param upstreamTicketId the upstream platform's ticket id; the same id received twice makes one
 *     case
 * @param directAnswer answered on the spot (直办): the complaint is closed at once
 */
public record Intake(
    String agencyCode,
    ComplaintChannel channel,
    OffsetDateTime receivedAt,
    ComplaintCategory category,
    Urgency urgency,
    @Nullable String areaCode,
    String content,
    Citizen citizen,
    @Nullable String upstreamTicketId,
    boolean directAnswer) {}
