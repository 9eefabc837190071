package org.gongkai.calendar;

import java.util.List;
import org.gongkai.platform.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Thrown when a question about working days reaches a year whose official holiday schedule has not
 * been entered; the calendar never guesses. Answered as a 422 problem.
 */
public class UnknownCalendarYearException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public UnknownCalendarYearException(int year) {
    super(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "calendar-year-unknown",
        "工作日历缺少该年度的节假日安排",
        "工作日历中没有" + year + "年的节假日安排，请管理员先录入该年的官方安排",
        List.of());
    this.year = year;
  }

  public int year() {
    return year;
  }
}
