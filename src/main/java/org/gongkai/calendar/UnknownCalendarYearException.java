package org.gongkai.calendar;

import java.util.List;
import org.gongkai.platform.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Thrown when a question about working days reaches a year that has no official holiday schedule
 * and for which none is derived: before 2019, when the Regulations in their present form took
 * effect, or after 2100. Answered as a 422 problem.
 */
public class UnknownCalendarYearException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public UnknownCalendarYearException(int year) {
    super(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "calendar-year-unknown",
        "工作日历缺少该年度的节假日安排",
        "工作日历中没有"
            + year
            + "年的节假日安排，也不推算该年（只为"
            + StatutoryHolidays.FIRST_YEAR
            + "至"
            + StatutoryHolidays.LAST_YEAR
            + "年推算暂定安排），请管理员先录入该年的官方安排",
        List.of());
    this.year = year;
  }

  public int year() {
    return year;
  }
}
