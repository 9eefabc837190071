package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialHolidayScheduleTests {

  private static final WorkingCalendar calendar =
      new WorkingCalendar(ShippedHolidaySchedules.load());

  @Test
  void shipsTheSchedulesFrom2019To2026() {
    assertThat(calendar.knownYears())
        .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019 | 国办发明电〔2018〕15号",
        "2019 | 国办发明电〔2019〕3号",
        "2020 | 国办发明电〔2019〕16号",
        "2020 | 国办发明电〔2020〕1号",
        "2021 | 国办发明电〔2020〕27号",
        "2022 | 国办发明电〔2021〕11号",
        "2023 | 国办发明电〔2022〕16号",
        "2024 | 国办发明电〔2023〕7号",
        "2025 | 国办发明电〔2024〕12号",
        "2026 | 《国务院办公厅关于2026年部分节假日安排的通知》"
      })
  void citesTheNoticeEachScheduleComesFrom(int year, String citation) {
    assertThat(calendar.schedule(year))
        .hasValueSatisfying(schedule -> assertThat(schedule.source()).contains(citation));
  }

  @ParameterizedTest(name = "{0} – {1}")
  @CsvSource({
    "2024-01-01, 2024-01-01",
    "2024-02-10, 2024-02-17",
    "2024-04-04, 2024-04-06",
    "2024-05-01, 2024-05-05",
    "2024-06-10, 2024-06-10",
    "2024-09-15, 2024-09-17",
    "2024-10-01, 2024-10-07",
    "2025-01-01, 2025-01-01",
    "2025-01-28, 2025-02-04",
    "2025-04-04, 2025-04-06",
    "2025-05-01, 2025-05-05",
    "2025-05-31, 2025-06-02",
    "2025-10-01, 2025-10-08",
    "2026-01-01, 2026-01-03",
    "2026-02-15, 2026-02-23",
    "2026-04-04, 2026-04-06",
    "2026-05-01, 2026-05-05",
    "2026-06-19, 2026-06-21",
    "2026-09-25, 2026-09-27",
    "2026-10-01, 2026-10-07"
  })
  void givesEveryAnnouncedHolidayOff(LocalDate first, LocalDate last) {
    assertThat(first.datesUntil(last.plusDays(1)))
        .allSatisfy(day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-04",
        "2024-02-18",
        "2024-04-07",
        "2024-04-28",
        "2024-05-11",
        "2024-09-14",
        "2024-09-29",
        "2024-10-12",
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10"
      })
  void worksOnEveryAnnouncedMakeUpDay(LocalDate day) {
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @ParameterizedTest(name = "{0} has {1} working days")
  @CsvSource({"2024, 251", "2025, 248", "2026, 248"})
  void leavesNoOtherDayOffInTheYear(int year, int workingDays) {
    LocalDate lastDayOfPreviousYear = LocalDate.of(year - 1, 12, 31);
    LocalDate lastDayOfYear = LocalDate.of(year, 12, 31);

    assertThat(calendar.workingDaysBetween(lastDayOfPreviousYear, lastDayOfYear))
        .isEqualTo(workingDays);
  }

  @ParameterizedTest(name = "{0} working: {1}")
  @CsvSource({
    "2019-02-02, true",
    "2019-02-08, false",
    "2019-04-28, true",
    "2019-05-02, false",
    "2019-05-05, true",
    "2019-06-07, false",
    "2019-09-13, false",
    "2019-10-12, true",
    "2020-01-19, true",
    "2020-01-23, true",
    "2020-01-24, false",
    "2020-01-31, false",
    "2020-02-01, false",
    "2020-02-02, false",
    "2020-02-03, true",
    "2020-06-28, true",
    "2020-10-08, false",
    "2021-02-20, true",
    "2021-09-18, true",
    "2021-09-21, false",
    "2021-09-26, true",
    "2022-01-29, true",
    "2022-01-30, true",
    "2022-04-02, true",
    "2022-05-04, false",
    "2022-10-09, true",
    "2023-01-02, false",
    "2023-01-27, false",
    "2023-01-29, true",
    "2023-06-25, true",
    "2023-09-29, false",
    "2023-10-06, false",
    "2023-10-08, true"
  })
  void followsTheNoticesOf2019To2023(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void keepsTheDecemberDaysOfANoticeInThatNoticesYear() {
    assertThat(calendar.schedule(2019))
        .hasValueSatisfying(
            schedule -> {
              assertThat(schedule.holidays())
                  .contains(LocalDate.of(2018, 12, 30), LocalDate.of(2018, 12, 31));
              assertThat(schedule.workingWeekends()).contains(LocalDate.of(2018, 12, 29));
            });
    assertThat(calendar.schedule(2023))
        .hasValueSatisfying(
            schedule -> assertThat(schedule.holidays()).contains(LocalDate.of(2022, 12, 31)));
  }
}
