package org.gongkai.calendar;

import java.time.Instant;

/**
 * An administrator added or replaced a year's official holiday schedule; deadlines that fall in or
 * run through that year may have moved.
 */
public record HolidayScheduleChanged(
    int year, String source, Instant changedAt, String changedBy) {}
