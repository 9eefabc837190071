package org.gongkai.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The dates a case can carry, wherever staff type them (API or page): years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. A date outside them is a typing slip, not a case fact, and the database's
 * DATE and DATETIME columns could not hold every such date anyway.
 */
public final class CaseDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2199;

  /** What staff read when a date falls outside the years a case can carry. */
  public static final String OUT_OF_RANGE = "日期应在 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间";

  private CaseDates() {}

  public static boolean plausible(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  public static boolean plausible(OffsetDateTime moment) {
    return plausible(moment.toLocalDate());
  }
}
