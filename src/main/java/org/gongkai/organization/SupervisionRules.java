package org.gongkai.organization;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How an agency supervises its cases: the rungs of the supervision ladder in working days, and the
 * floors below which the weekly digest names a unit.
 *
 * <p>The ladder: a reminder (提醒) {@code reminderWorkingDays} before the due date (null: each case
 * kind's own default), 催办 on the first overdue working day, 督办 once the case has been overdue for
 * {@code superviseAfterWorkingDays} working days (a supervised item opens), 通报 once it has been
 * overdue for {@code circulateAfterWorkingDays}.
 *
 * @param reminderWorkingDays working days before the due date the reminder goes out, or null for
 *     the case kind's default
 * @param superviseAfterWorkingDays overdue working days after which the case is supervised (督办)
 * @param circulateAfterWorkingDays overdue working days after which the unit is named (通报)
 * @param onTimeRateFloor the lowest acceptable on-time closure rate, as a percentage
 * @param satisfactionRateFloor the lowest acceptable satisfaction rate, as a percentage
 */
public record SupervisionRules(
    @Nullable Integer reminderWorkingDays,
    int superviseAfterWorkingDays,
    int circulateAfterWorkingDays,
    BigDecimal onTimeRateFloor,
    BigDecimal satisfactionRateFloor) {

  /** The most working days any rung may be set to. */
  public static final int MAX_WORKING_DAYS = 60;

  /** The reminder lead time: the agency's, else the case kind's default. */
  public int reminderWorkingDays(int kindDefault) {
    return reminderWorkingDays == null ? kindDefault : reminderWorkingDays;
  }
}
