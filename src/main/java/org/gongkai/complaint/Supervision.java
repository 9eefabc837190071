package org.gongkai.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** A supervised item (督办件) on a complaint: by a leader, or automatic when it ran late (催办). */
@Embeddable
record Supervision(
    @Column(name = "supervision_id", nullable = false) String supervisionId,
    @Column(name = "note", nullable = false) String note,
    @Column(name = "deadline", nullable = false) LocalDate deadline,
    @Column(name = "supervised_at", nullable = false) Instant supervisedAt,
    @Column(name = "supervisor", nullable = false) String supervisor,
    @Column(name = "automatic", nullable = false) boolean automatic) {}
