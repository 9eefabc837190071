package org.gongkai.calendar;

/** Working calendars for plain tests of the rules, without an application around them. */
public final class Calendars {

  private static final WorkingCalendar SHIPPED =
      new WorkingCalendar(ShippedHolidaySchedules.load());

  private Calendars() {}

  /** The calendar of the official schedules shipped with the application (2019–2026). */
  public static WorkingCalendar shipped() {
    return SHIPPED;
  }
}
