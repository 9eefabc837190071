package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayScheduleTests {

  private static final String NOTICE_2024 = "《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）";

  @Test
  void refusesAMakeUpDayOnAWeekday() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HolidaySchedule(
                    2024,
                    Set.of(LocalDate.of(2024, 2, 10)),
                    Set.of(LocalDate.of(2024, 2, 5)),
                    NOTICE_2024))
        .withMessage("2024-02-05 不是周末，不能作为调休上班日");
  }

  @Test
  void refusesADayThatIsBothAHolidayAndAMakeUpDay() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HolidaySchedule(
                    2024,
                    Set.of(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 10)),
                    Set.of(LocalDate.of(2024, 2, 4)),
                    NOTICE_2024))
        .withMessageContaining("2024-02-04");
  }

  @Test
  void refusesADateOutsideTheYearAndItsNeighbouringMonths() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HolidaySchedule(
                    2024, Set.of(LocalDate.of(2023, 11, 30)), Set.of(), NOTICE_2024))
        .withMessageContaining("2023-11-30");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HolidaySchedule(2024, Set.of(), Set.of(LocalDate.of(2025, 2, 1)), NOTICE_2024))
        .withMessageContaining("2025-02-01");
  }

  @Test
  void acceptsDaysOfThePreviousDecemberAndTheFollowingJanuary() {
    var schedule =
        new HolidaySchedule(
            2024,
            Set.of(LocalDate.of(2023, 12, 31), LocalDate.of(2025, 1, 1)),
            Set.of(LocalDate.of(2023, 12, 30)),
            NOTICE_2024);

    assertThat(schedule.holidays())
        .containsExactlyInAnyOrder(LocalDate.of(2023, 12, 31), LocalDate.of(2025, 1, 1));
  }

  @Test
  void refusesAScheduleWithoutItsSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HolidaySchedule(2024, Set.of(), Set.of(), "  "))
        .withMessageContaining("2024年");
  }

  @Test
  void cannotBeChangedAfterItIsCreated() {
    var holidays = new HashSet<>(Set.of(LocalDate.of(2024, 6, 10)));
    var schedule = new HolidaySchedule(2024, holidays, Set.of(), NOTICE_2024);

    holidays.add(LocalDate.of(2024, 6, 11));

    assertThat(schedule.holidays()).containsExactly(LocalDate.of(2024, 6, 10));
    assertThatThrownBy(() -> schedule.holidays().add(LocalDate.of(2024, 6, 12)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesTwoSchedulesForTheSameYear() {
    var schedule =
        new HolidaySchedule(2024, Set.of(LocalDate.of(2024, 1, 1)), Set.of(), NOTICE_2024);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WorkingCalendar(List.of(schedule, schedule)))
        .withMessageContaining("2024年");
  }

  @Test
  void refusesNeighbouringSchedulesThatDisagreeAboutADay() {
    var previousYear =
        new HolidaySchedule(2022, Set.of(), Set.of(LocalDate.of(2022, 12, 31)), "2022年的通知");
    var followingYear =
        new HolidaySchedule(2023, Set.of(LocalDate.of(2022, 12, 31)), Set.of(), "2023年的通知");
    var calendar = new WorkingCalendar(List.of(previousYear));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WorkingCalendar(List.of(previousYear, followingYear)))
        .withMessageContaining("2022-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.replace(followingYear))
        .withMessageContaining("2022-12-31");
    assertThat(calendar.knownYears()).containsExactly(2022);
  }
}
