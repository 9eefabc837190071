package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.calendar.ChineseDates.Anchor;
import org.gongkai.calendar.StatutoryHolidays.Festival;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryHolidaysTests {

  private static final Map<Integer, HolidaySchedule> OFFICIAL =
      ShippedHolidaySchedules.load().stream()
          .collect(Collectors.toMap(HolidaySchedule::year, s -> s));

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void derivesOnlyDaysThatTheOfficialScheduleGivesOff(int year) {
    HolidaySchedule official = OFFICIAL.get(year);
    HolidaySchedule derived = StatutoryHolidays.provisionalSchedule(year);

    assertThat(derived.provisional()).isTrue();
    assertThat(derived.workingWeekends()).isEmpty();
    assertThat(derived.holidays())
        .isNotEmpty()
        .allSatisfy(day -> assertThat(official.holidays()).as("%s", day).contains(day));
  }

  @Test
  void derives2027FromThe2024RevisionWithSubstituteDaysAfterWeekendHolidays() {
    Map<String, Festival> festivals =
        StatutoryHolidays.festivals(2027).stream()
            .collect(Collectors.toMap(Festival::name, f -> f));

    assertThat(festivals).containsOnlyKeys("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
    assertFestival(festivals.get("元旦"), List.of("2027-01-01"), List.of());
    // 除夕 2027-02-05 (Fri), 初一 Sat, 初二 Sun, 初三 Mon: two substitute days off follow
    assertFestival(
        festivals.get("春节"),
        List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"),
        List.of("2027-02-09", "2027-02-10"));
    assertFestival(festivals.get("清明节"), List.of("2027-04-05"), List.of());
    assertFestival(
        festivals.get("劳动节"),
        List.of("2027-05-01", "2027-05-02"),
        List.of("2027-05-03", "2027-05-04"));
    assertFestival(festivals.get("端午节"), List.of("2027-06-09"), List.of());
    assertFestival(festivals.get("中秋节"), List.of("2027-09-15"), List.of());
    assertFestival(
        festivals.get("国庆节"),
        List.of("2027-10-01", "2027-10-02", "2027-10-03"),
        List.of("2027-10-04", "2027-10-05"));
  }

  @Test
  void theProvisional2027ScheduleHoldsTheStatutoryAndSubstituteDaysOnly() {
    HolidaySchedule schedule = StatutoryHolidays.provisionalSchedule(2027);

    assertThat(schedule.holidays())
        .containsExactlyInAnyOrderElementsOf(
            dates(
                "2027-01-01",
                "2027-02-05",
                "2027-02-06",
                "2027-02-07",
                "2027-02-08",
                "2027-02-09",
                "2027-02-10",
                "2027-04-05",
                "2027-05-01",
                "2027-05-02",
                "2027-05-03",
                "2027-05-04",
                "2027-06-09",
                "2027-09-15",
                "2027-10-01",
                "2027-10-02",
                "2027-10-03",
                "2027-10-04",
                "2027-10-05"));
    assertThat(schedule.source()).contains("尚未公布2027年", "《全国年节及纪念日放假办法》（2024年修订）");
  }

  @Test
  void before2025TheSpringFestivalHasNoNewYearsEveAndLabourDayOneDay() {
    Map<String, Festival> festivals =
        StatutoryHolidays.festivals(2024).stream()
            .collect(Collectors.toMap(Festival::name, f -> f));

    // 2024: 初一 Sat 02-10, 初二 Sun, 初三 Mon; 除夕 02-09 was a working day by that year's rules
    assertFestival(
        festivals.get("春节"),
        List.of("2024-02-10", "2024-02-11", "2024-02-12"),
        List.of("2024-02-13", "2024-02-14"));
    assertFestival(festivals.get("劳动节"), List.of("2024-05-01"), List.of());
  }

  @Test
  void aHolidayOnADayAnotherAlreadyTakesGivesASubstituteDayToo() {
    Map<String, Festival> festivals =
        StatutoryHolidays.festivals(2020).stream()
            .collect(Collectors.toMap(Festival::name, f -> f));

    // 中秋 fell on 国庆 2020-10-01; 10-03 was a Saturday
    assertThat(festivals.get("中秋节").days()).containsExactly(LocalDate.parse("2020-10-01"));
    assertThat(
            festivals.values().stream()
                .flatMap(f -> f.substitutes().stream())
                .filter(d -> d.getMonthValue() == 10))
        .containsExactlyInAnyOrder(LocalDate.parse("2020-10-05"), LocalDate.parse("2020-10-06"));
  }

  @Test
  void correctsIcu4jWhereTheNewMoonFallsOnTheOtherSideOfBeijingMidnight() {
    assertThat(ChineseDates.of(2027, Anchor.FIRST_MONTH_BEGINS)).isEqualTo("2027-02-06");
    assertThat(ChineseDates.CORRECTIONS.get(0).year()).isEqualTo(2027);
    assertThat(ChineseDates.CORRECTIONS)
        .allSatisfy(
            correction -> {
              assertThat(ChineseDates.fromLibrary(correction.year(), correction.anchor()))
                  .as("ICU4J still computes %s for %s", correction.library(), correction)
                  .isEqualTo(correction.library())
                  .isNotEqualTo(correction.day());
              assertThat(ChineseDates.of(correction.year(), correction.anchor()))
                  .isEqualTo(correction.day());
              assertThat(correction.source()).isNotBlank();
            });
  }

  @Test
  void derivesNoYearBefore2019() {
    assertThat(StatutoryHolidays.derivable(2018)).isFalse();
    assertThatThrownBy(() -> StatutoryHolidays.provisionalSchedule(2018))
        .isInstanceOf(UnknownCalendarYearException.class);
  }

  private static void assertFestival(
      Festival festival, List<String> days, List<String> substitutes) {
    assertThat(festival.days()).as(festival.name()).containsExactlyElementsOf(dates(days));
    assertThat(festival.substitutes())
        .as(festival.name() + " 补假")
        .containsExactlyElementsOf(dates(substitutes));
  }

  private static List<LocalDate> dates(String... days) {
    return dates(List.of(days));
  }

  private static List<LocalDate> dates(List<String> days) {
    return days.stream().map(LocalDate::parse).toList();
  }
}
