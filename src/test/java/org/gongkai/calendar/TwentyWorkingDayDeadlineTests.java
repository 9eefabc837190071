package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwentyWorkingDayDeadlineTests {

  private static final WorkingCalendar calendar =
      new WorkingCalendar(ShippedHolidaySchedules.load());

  @ParameterizedTest(name = "received {0}, reply due {1}")
  @CsvSource({
    "2025-03-03, 2025-03-31",
    "2020-01-20, 2020-02-25",
    "2022-01-24, 2022-02-24",
    "2024-02-01, 2024-03-05",
    "2025-01-20, 2025-02-21",
    "2026-02-09, 2026-03-13",
    "2019-04-26, 2019-05-27",
    "2021-09-24, 2021-10-27",
    "2023-09-25, 2023-10-27",
    "2024-09-20, 2024-10-23",
    "2025-09-26, 2025-10-30",
    "2026-09-18, 2026-10-22",
    "2025-12-15, 2026-01-13"
  })
  void setsTheReplyDeadlineTwentyWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(calendar.addWorkingDays(received, 20)).isEqualTo(due);
  }

  @ParameterizedTest(name = "received {0}, reply due {1}")
  @CsvSource({
    "2020-01-20, 2020-02-25",
    "2024-02-01, 2024-03-05",
    "2025-01-20, 2025-02-21",
    "2026-02-09, 2026-03-13",
    "2024-09-20, 2024-10-23",
    "2025-09-26, 2025-10-30",
    "2025-12-15, 2026-01-13"
  })
  void countsTheSameWorkingDaysInBothDirections(LocalDate received, LocalDate due) {
    assertThat(calendar.workingDaysBetween(received, due)).isEqualTo(20);
    assertThat(calendar.workingDaysBetween(received, due.minusDays(1))).isEqualTo(19);
    assertThat(calendar.workingDaysBetween(due, received)).isEqualTo(-20);
  }

  @Test
  void countsAMakeUpSaturdayAsAWorkingDay() {
    LocalDate makeUpSaturday = LocalDate.of(2025, 10, 11);

    assertThat(calendar.isWorkingDay(makeUpSaturday)).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 10), 1)).isEqualTo(makeUpSaturday);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 13)))
        .isEqualTo(3);
  }

  @Test
  void startsCountingOnTheFirstWorkingDayWhenReceivedDuringAHoliday() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2024, 10, 3), 1))
        .isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(calendar.addWorkingDays(LocalDate.of(2024, 10, 3), 20))
        .isEqualTo(LocalDate.of(2024, 11, 1));
  }

  @Test
  void countsNothingForZeroWorkingDays() {
    LocalDate nationalDay = LocalDate.of(2024, 10, 1);

    assertThat(calendar.addWorkingDays(nationalDay, 0)).isEqualTo(nationalDay);
    assertThat(calendar.workingDaysBetween(nationalDay, nationalDay)).isZero();
  }

  @Test
  void countsNoWorkingDayAcrossTheExtendedSpringFestivalOf2020() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 2)))
        .isZero();
  }

  @Test
  void refusesANegativeNumberOfWorkingDays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 5, 6), -1));
  }

  @Test
  void refusesAYearBeforeTheRegulationsInTheirPresentForm() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2018, 6, 5)))
        .isInstanceOfSatisfying(
            UnknownCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2018))
        .hasMessageContaining("工作日历中没有2018年的节假日安排");
  }

  @Test
  void countsAYearNotYetAnnouncedOverItsProvisionalSchedule() {
    // 20 working days from 2026-12-20 (a Sunday): 9 in December, 元旦 2027-01-01 off
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
        .isEqualTo(LocalDate.of(2027, 1, 18));
    assertThat(calendar.isProvisional(2027)).isTrue();
    assertThat(calendar.isProvisional(2026)).isFalse();
    assertThat(calendar.provisionalYears(LocalDate.of(2026, 12, 20), LocalDate.of(2028, 1, 18)))
        .containsExactly(2027, 2028);
    // 除夕 2027 is 02-05 by GB/T 33661-2017, and the weekend days of 春节 give 02-09 and 02-10 off
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 1))
        .isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 4)))
        .isEqualTo(10);
  }

  @Test
  void countsIntoANewYearOnceItsScheduleIsEntered() {
    var calendar = new WorkingCalendar(ShippedHolidaySchedules.load());
    var newYearOnly =
        new HolidaySchedule(2027, Set.of(LocalDate.of(2027, 1, 1)), Set.of(), "测试用的2027年安排");

    calendar.replace(newYearOnly);

    assertThat(calendar.knownYears()).contains(2027);
    assertThat(calendar.isProvisional(2027)).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 1))
        .isEqualTo(LocalDate.of(2027, 2, 5));
  }

  @Test
  void movesTheDeadlineWhenTheSpringFestivalHolidayIsExtended() {
    var asFirstAnnounced =
        new HolidaySchedule(
            2020,
            Set.of(
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 24),
                LocalDate.of(2020, 1, 25),
                LocalDate.of(2020, 1, 26),
                LocalDate.of(2020, 1, 27),
                LocalDate.of(2020, 1, 28),
                LocalDate.of(2020, 1, 29),
                LocalDate.of(2020, 1, 30)),
            Set.of(LocalDate.of(2020, 1, 19), LocalDate.of(2020, 2, 1)),
            "《国务院办公厅关于2020年部分节假日安排的通知》（国办发明电〔2019〕16号）");
    var calendar = new WorkingCalendar(Set.of(asFirstAnnounced));
    LocalDate received = LocalDate.of(2020, 1, 20);

    assertThat(calendar.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2020, 2, 21));

    calendar.replace(TwentyWorkingDayDeadlineTests.calendar.schedule(2020).orElseThrow());

    assertThat(calendar.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2020, 2, 25));
  }

  @Test
  void countsWarningDaysBackwardsOverHolidaysAndMakeUpDays() {
    assertThat(calendar.workingDaysBefore(LocalDate.of(2025, 3, 31), 3))
        .isEqualTo(LocalDate.of(2025, 3, 26));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2025, 4, 28), 3))
        .isEqualTo(LocalDate.of(2025, 4, 24));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2025, 10, 9), 1))
        .isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2025, 3, 31), 0))
        .isEqualTo(LocalDate.of(2025, 3, 31));
  }
}
