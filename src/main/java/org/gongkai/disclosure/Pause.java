package org.gongkai.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period during which the reply clock stood still; open while {@code endedOn} is null. */
@Embeddable
class Pause {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private PauseKind kind;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private @Nullable LocalDate endedOn;

  protected Pause() {}

  Pause(PauseKind kind, LocalDate startedOn) {
    this.kind = kind;
    this.startedOn = startedOn;
  }

  PauseKind kind() {
    return kind;
  }

  LocalDate startedOn() {
    return startedOn;
  }

  @Nullable LocalDate endedOn() {
    return endedOn;
  }

  boolean isOpen() {
    return endedOn == null;
  }

  void end(LocalDate on) {
    this.endedOn = on;
  }
}
