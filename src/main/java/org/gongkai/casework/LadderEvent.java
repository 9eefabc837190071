package org.gongkai.casework;

import java.time.LocalDate;
import org.gongkai.platform.CaseEvent;
import org.jspecify.annotations.Nullable;

/**
 * A case reached a rung of the supervision ladder. Each case kind raises its own event record that
 * implements this, so that the supervision module can follow every kind without knowing it.
 */
public interface LadderEvent extends CaseEvent {

  LadderStep step();

  /** The due date the case ran late on. */
  LocalDate dueOn();

  /** How many working days the case has been overdue when it reached the rung. */
  int overdueWorkingDays();

  /** The unit that owes the reply, or null while nobody does (a ticket not yet dispatched). */
  @Nullable String responsibleUnitCode();

  /** The case's tracking number, for the kinds that have one. */
  @Nullable String trackingNumber();

  /** One line for the case's timeline. */
  @Override
  default String summary() {
    return switch (step()) {
      case CHASE -> "催办：已超过期限（" + dueOn() + "）仍未答复，请尽快办理并答复";
      case SUPERVISION -> "督办：超过期限（" + dueOn() + "）已满 " + overdueWorkingDays() + " 个工作日，已立督办件";
      case CIRCULATION -> "通报：超过期限（" + dueOn() + "）已满 " + overdueWorkingDays() + " 个工作日，在周报中通报";
    };
  }
}
