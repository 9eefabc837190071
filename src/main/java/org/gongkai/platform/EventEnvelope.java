package org.gongkai.platform;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every case event carries besides its facts. {@code caseVersion} grows by one with every
 * change of the case, so a consumer can apply events idempotently and in any order by keeping the
 * highest version it has seen; {@code occurredAt} is the business time of the change (what
 * statistics count by), {@code recordedAt} when the system wrote it.
 */
public record EventEnvelope(
    UUID eventId,
    String caseId,
    long caseVersion,
    OffsetDateTime occurredAt,
    OffsetDateTime recordedAt,
    String agencyCode,
    String actor) {}
