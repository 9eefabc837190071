package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.calendar.Calendars;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.casework.Change;

/** An object mother of disclosure requests for plain tests of the rules. */
final class RequestMother {

  static final WorkingCalendar CALENDAR = Calendars.shipped();

  private RequestMother() {}

  /** A request handed in at the front desk at 10:00 Beijing time on {@code day}. */
  static DisclosureRequest receivedInPersonOn(LocalDate day) {
    OffsetDateTime submitted = day.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8));
    Registration registration =
        new Registration(
            "demo-county",
            Channel.IN_PERSON,
            submitted,
            day,
            new Applicant(ApplicantType.NATURAL_PERSON, "欧阳某", null, null, null, null),
            "本街道老旧小区改造计划",
            "了解改造安排",
            DeliveryMethod.POST,
            null,
            null);
    return DisclosureRequest.register(
        registration, "〔2025〕第1号", "demo-county", change(submitted), CALENDAR);
  }

  /** A change by a handler at 09:00 Beijing time on {@code day}. */
  static Change on(LocalDate day) {
    return change(day.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8)));
  }

  static Change change(OffsetDateTime at) {
    return new Change(at, Instant.parse("2025-12-01T00:00:00Z"), "handler");
  }
}
