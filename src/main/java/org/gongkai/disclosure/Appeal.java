package org.gongkai.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An administrative review or lawsuit about the reply. */
@Embeddable
class Appeal {

  @Column(name = "appeal_id", nullable = false)
  private String appealId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private AppealKind kind;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "result")
  private @Nullable AppealResult result;

  @Column(name = "decided_at")
  private @Nullable Instant decidedAt;

  protected Appeal() {}

  Appeal(String appealId, AppealKind kind, Instant filedAt) {
    this.appealId = appealId;
    this.kind = kind;
    this.filedAt = filedAt;
  }

  String appealId() {
    return appealId;
  }

  AppealKind kind() {
    return kind;
  }

  Instant filedAt() {
    return filedAt;
  }

  @Nullable AppealResult result() {
    return result;
  }

  @Nullable Instant decidedAt() {
    return decidedAt;
  }

  boolean isPending() {
    return result == null;
  }

  void decide(AppealResult result, Instant at) {
    this.result = result;
    this.decidedAt = at;
  }
}
