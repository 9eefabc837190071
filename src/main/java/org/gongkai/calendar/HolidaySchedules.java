package org.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators add or replace a year's official schedule at run time, without a release: the
 * State Council announces the next year's holidays each autumn.
 */
@Service
public class HolidaySchedules {

  /** The actor of changes the system makes by itself. */
  static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(HolidaySchedules.class);

  private final CalendarScheduleRecords records;
  private final WorkingCalendar calendar;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  HolidaySchedules(
      CalendarScheduleRecords records,
      WorkingCalendar calendar,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      Clock clock) {
    this.records = records;
    this.calendar = calendar;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the year's schedule, overriding any earlier one, and publishes the change. */
  @Transactional
  public HolidaySchedule replace(
      int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekends, String source, String by) {
    HolidaySchedule schedule;
    try {
      schedule = new HolidaySchedule(year, holidays, workingWeekends, source);
      calendar.checkReplaceable(schedule);
    } catch (IllegalArgumentException invalid) {
      throw ProblemException.invalid("schedule", invalid.getMessage());
    }
    Instant now = clock.instant();
    records
        .findById(year)
        .ifPresentOrElse(
            existing -> existing.update(schedule, now, by),
            () -> records.save(new CalendarScheduleRecord(schedule, now, by)));
    recordOfficial(schedule, now);
    // registered before the event, so that the calendar holds the new year before the listeners
    // that recompute open cases run after the commit
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            calendar.replace(schedule);
          }
        });
    events.publishEvent(new HolidayScheduleChanged(year, schedule.source(), now, by));
    return schedule;
  }

  /**
   * On start, an official year that open cases have not been counted over yet — a release that
   * ships the notice of a year that was provisional, or the first start of this version — has them
   * recomputed, once: one {@link HolidayScheduleChanged} for the latest such year (recomputing
   * counts every date anew over the whole calendar, whatever year is named).
   */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void recomputeForNewlyOfficialYears() {
    Set<Integer> recorded =
        Set.copyOf(
            jdbc.queryForList("SELECT schedule_year FROM calendar_official_year", Integer.class));
    Instant now = clock.instant();
    HolidaySchedule latest = null;
    for (int year : calendar.knownYears()) {
      if (!recorded.contains(year)) {
        HolidaySchedule schedule = calendar.schedule(year).orElseThrow();
        if (recordOfficial(schedule, now)) {
          latest = schedule;
        }
      }
    }
    if (latest != null) {
      log.info(
          "Official holiday schedules not yet counted over (latest {}): open cases are recomputed",
          latest.year());
      events.publishEvent(new HolidayScheduleChanged(latest.year(), latest.source(), now, SYSTEM));
    }
  }

  /** Notes that open cases are counted over the official schedule of its year; false if noted. */
  private boolean recordOfficial(HolidaySchedule schedule, Instant now) {
    try {
      return jdbc.update(
              "INSERT INTO calendar_official_year (schedule_year, source, recorded_at)"
                  + " SELECT ?, ?, ? FROM (SELECT 1) AS one WHERE NOT EXISTS"
                  + " (SELECT 1 FROM calendar_official_year WHERE schedule_year = ?)",
              schedule.year(),
              schedule.source(),
              java.sql.Timestamp.from(now),
              schedule.year())
          == 1;
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      return false;
    }
  }

  /** Picks up schedules that another instance stored. */
  @Scheduled(fixedDelayString = "${gongkai.calendar.refresh-interval:PT5M}")
  @Transactional(readOnly = true)
  public void refresh() {
    records.findAll().forEach(r -> calendar.replace(r.schedule()));
  }
}
