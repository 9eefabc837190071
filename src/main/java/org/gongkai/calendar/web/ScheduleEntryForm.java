package org.gongkai.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that enters or corrects a year's official schedule, as typed: every field a string, so
 * that the form comes back exactly as it was typed with its messages.
 *
 * @param year the year of the notice
 * @param source the notice's title and number
 * @param holidays the days off, see {@link DateList}
 * @param workingWeekends the make-up working days, see {@link DateList}
 */
record ScheduleEntryForm(
    @NotBlank(message = "{calendar.page.error.year}") @Nullable String year,
    @NotBlank(message = "{calendar.page.error.source}")
        @Size(max = 500, message = "{calendar.page.error.sourceLength}")
        @Nullable String source,
    @NotBlank(message = "{calendar.page.error.noHolidays}") @Nullable String holidays,
    @Nullable String workingWeekends) {

  static ScheduleEntryForm empty(int year) {
    return new ScheduleEntryForm(String.valueOf(year), "", "", "");
  }
}
