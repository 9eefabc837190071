package org.gongkai.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The command to register a request.
 *
 * @param receivedOn the legal receipt date (Art. 31), which the deadline runs from
 * @param handlingUnit the department or township that handles it; the agency itself when null
 * @param linkedComplaintId the complaint this request was turned from, if any
 */
public record Registration(
    String agencyCode,
    Channel channel,
    OffsetDateTime submittedAt,
    LocalDate receivedOn,
    Applicant applicant,
    String description,
    @Nullable String purpose,
    @Nullable DeliveryMethod deliveryMethod,
    @Nullable String handlingUnit,
    @Nullable String linkedComplaintId) {}
