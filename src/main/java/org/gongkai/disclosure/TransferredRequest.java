package org.gongkai.disclosure;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A request handed to the complaint process: the original receipt time and the applicant. */
public record TransferredRequest(
    String requestId,
    String agencyCode,
    OffsetDateTime submittedAt,
    String applicantName,
    @Nullable String applicantPhone,
    String description) {}
