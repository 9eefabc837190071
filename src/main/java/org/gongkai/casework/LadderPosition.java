package org.gongkai.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The highest rung of the supervision ladder a case has reached, and for which due date: each rung
 * is reached once per due date, however often the deadline watch restarts.
 */
@Embeddable
public record LadderPosition(
    @Enumerated(EnumType.STRING) @Column(name = "ladder_step") @Nullable LadderStep step,
    @Column(name = "ladder_due_on") @Nullable LocalDate dueOn) {

  public static LadderPosition none() {
    return new LadderPosition(null, null);
  }

  /** Whether {@code next} is a rung not yet reached for {@code due}. */
  public boolean mayClimbTo(LadderStep next, LocalDate due) {
    return !due.equals(dueOn) || step == null || next.compareTo(step) > 0;
  }
}
