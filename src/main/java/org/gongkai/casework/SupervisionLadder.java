package org.gongkai.casework;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.organization.SupervisionRulebook;
import org.gongkai.organization.SupervisionRules;
import org.gongkai.platform.process.DeadlineWatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The supervision ladder every case kind climbs when it runs late, on its agency's rules: the
 * reminder (提醒) some working days before the due date; the overdue mark when the due date has
 * passed; 催办 on the first overdue working day; 督办 and 通报 once the case has been overdue for as many
 * working days as the agency set. Each rung falls at the start of its business day.
 */
@Component
public class SupervisionLadder {

  private final SupervisionRulebook rulebook;
  private final WorkingCalendar calendar;

  SupervisionLadder(SupervisionRulebook rulebook, WorkingCalendar calendar) {
    this.rulebook = rulebook;
    this.calendar = calendar;
  }

  /**
   * The deadline watch of a case of the agency that owes a reply by {@code due}.
   *
   * @param kindReminderWorkingDays the case kind's reminder lead time, unless the agency set one
   * @param earliestReminder the first day a reminder makes sense (a short time limit would put it
   *     before the clock started), or null for no such bound
   */
  public DeadlineWatch watch(
      String agencyCode,
      LocalDate due,
      int kindReminderWorkingDays,
      @Nullable LocalDate earliestReminder,
      boolean paused) {
    SupervisionRules rules = rulebook.rules(agencyCode);
    OffsetDateTime reminder;
    try {
      LocalDate day =
          calendar.workingDaysBefore(due, rules.reminderWorkingDays(kindReminderWorkingDays));
      if (earliestReminder != null && day.isBefore(earliestReminder)) {
        day = earliestReminder.isAfter(due) ? due : earliestReminder;
      }
      reminder = startOf(day);
    } catch (UnknownCalendarYearException unknown) {
      reminder = null;
    }
    return new DeadlineWatch(
        reminder,
        startOf(due.plusDays(1)),
        startOf(overdueWorkingDay(due, 1)),
        startOf(overdueWorkingDay(due, rules.superviseAfterWorkingDays() + 1)),
        startOf(overdueWorkingDay(due, rules.circulateAfterWorkingDays() + 1)),
        paused);
  }

  /**
   * A rung of the ladder as the watch places it: when it fell, and how many whole working days the
   * case had been overdue then.
   */
  public record Rung(OffsetDateTime at, int overdueWorkingDays) {}

  /** The rung of a running watch over a case due on {@code due}; null when the watch is idle. */
  public @Nullable Rung rung(DeadlineWatch watch, LocalDate due, LadderStep step) {
    OffsetDateTime at =
        switch (step) {
          case CHASE -> watch.chaseAt();
          case SUPERVISION -> watch.superviseAt();
          case CIRCULATION -> watch.circulateAt();
        };
    return at == null ? null : new Rung(at, overdueWorkingDays(due, at.toLocalDate()));
  }

  /**
   * How many whole working days a case due on {@code due} has been overdue when {@code day} begins
   * (counted in calendar days where no schedule covers them).
   */
  public int overdueWorkingDays(LocalDate due, LocalDate day) {
    LocalDate yesterday = day.minusDays(1);
    if (!yesterday.isAfter(due)) {
      return 0;
    }
    try {
      return calendar.workingDaysBetween(due, yesterday);
    } catch (UnknownCalendarYearException unknown) {
      return (int) (yesterday.toEpochDay() - due.toEpochDay());
    }
  }

  /**
   * The {@code n}-th working day after the due date; counted in calendar days where no schedule
   * covers the count.
   */
  private LocalDate overdueWorkingDay(LocalDate due, int n) {
    try {
      return calendar.addWorkingDays(due, n);
    } catch (UnknownCalendarYearException unknown) {
      return due.plusDays(n);
    }
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
  }
}
