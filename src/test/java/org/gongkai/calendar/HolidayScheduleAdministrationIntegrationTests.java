package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.platform.ProblemException;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class HolidayScheduleAdministrationIntegrationTests {

  @LocalServerPort int port;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @Autowired HolidaySchedules schedules;
  @Autowired ApplicationEvents events;

  @Test
  void anAdministratorEntersNextYearsScheduleAndDeadlinesUseItAtOnce() {
    Map<String, Object> schedule =
        Map.of(
            "holidays",
                List.of("2030-01-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05"),
            "workingWeekends", List.of("2030-01-26"),
            "source", "《国务院办公厅关于2030年部分节假日安排的通知》");

    Response response = admin().put("/api/admin/calendar/2030", schedule);

    assertThat(response.status()).isEqualTo(200);
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 4))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 26))).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2030, 2, 1), 1))
        .isEqualTo(LocalDate.of(2030, 2, 6));
    assertThat(
            jdbc.queryForObject(
                "SELECT source FROM calendar_schedule WHERE schedule_year = 2030", String.class))
        .isEqualTo("《国务院办公厅关于2030年部分节假日安排的通知》");
    JsonNode read = StaffClient.as(port, "frontdesk").get("/api/calendar/2030").json();
    assertThat(read.path("workingWeekends").get(0).asText()).isEqualTo("2030-01-26");
  }

  @Test
  void anAdministratorCorrectsAShippedYearAndTheDatabaseVersionWins() {
    HolidaySchedule shipped = calendar.schedule(2019).orElseThrow();
    List<String> holidays =
        new java.util.ArrayList<>(shipped.holidays().stream().map(LocalDate::toString).toList());
    holidays.add("2019-03-04");

    Response response =
        admin()
            .put(
                "/api/admin/calendar/2019",
                Map.of(
                    "holidays",
                    holidays,
                    "workingWeekends",
                    shipped.workingWeekends().stream().map(LocalDate::toString).toList(),
                    "source",
                    shipped.source() + "（测试更正）"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 3, 4))).isFalse();
    assertThat(calendar.schedule(2019).orElseThrow().source()).endsWith("（测试更正）");
  }

  @Test
  void refusesAMakeUpWorkingDayThatIsNotAWeekendAndStoresNothing() {
    Response response =
        admin()
            .put(
                "/api/admin/calendar/2032",
                Map.of(
                    "holidays",
                    List.of("2032-01-01"),
                    "workingWeekends",
                    List.of("2032-01-05"),
                    "source",
                    "测试"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("title").asText()).isEqualTo("提交的内容有误");
    assertThat(response.json().path("detail").asText()).contains("2032-01-05");
    assertThat(storedYears(2032)).isZero();
    assertThat(calendar.knownYears()).doesNotContain(2032);
  }

  @Test
  void publishesTheChangeSoThatOpenCasesCanRecomputeTheirDeadlines() {
    schedules.replace(2029, Set.of(LocalDate.of(2029, 1, 1)), Set.of(), "测试来源", "admin");

    assertThat(events.stream(HolidayScheduleChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.year()).isEqualTo(2029);
              assertThat(e.source()).isEqualTo("测试来源");
              assertThat(e.changedBy()).isEqualTo("admin");
            });
  }

  @Test
  void aReleaseThatShipsANewlyOfficialYearRecomputesOpenCasesOnceOnStart() {
    int year = calendar.knownYears().stream().max(Integer::compare).orElseThrow();
    jdbc.update("DELETE FROM calendar_official_year WHERE schedule_year = ?", year);

    schedules.recomputeForNewlyOfficialYears();
    schedules.recomputeForNewlyOfficialYears();

    assertThat(events.stream(HolidayScheduleChanged.class))
        .singleElement()
        .satisfies(e -> assertThat(e.year()).isEqualTo(year));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_official_year WHERE schedule_year = ?",
                Integer.class,
                year))
        .isEqualTo(1);
  }

  @Test
  void servesAYearNotYetAnnouncedAsProvisional() {
    JsonNode provisional = StaffClient.as(port, "handler").get("/api/calendar/2095").json();

    assertThat(provisional.path("provisional").asBoolean()).isTrue();
    assertThat(provisional.path("holidays").toString()).contains("2095-01-01", "2095-10-03");
    assertThat(provisional.path("workingWeekends").size()).isZero();
    JsonNode years = StaffClient.as(port, "handler").get("/api/calendar").json();
    assertThat(years.get(0).path("year").asInt()).isEqualTo(2019);
    assertThat(years.get(0).path("provisional").asBoolean()).isFalse();
  }

  @Test
  void publishesNothingWhenTheScheduleIsRefused() {
    assertThatThrownBy(
            () ->
                schedules.replace(2028, Set.of(), Set.of(LocalDate.of(2028, 1, 5)), "测试", "admin"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("2028-01-05");

    assertThat(events.stream(HolidayScheduleChanged.class)).isEmpty();
    assertThat(storedYears(2028)).isZero();
  }

  @Test
  void refusesAnImpossibleDateNamingTheField() {
    Response response =
        admin()
            .send(
                "PUT",
                "/api/admin/calendar/2032",
                "{\"holidays\":[\"2032-13-01\"],\"workingWeekends\":[],\"source\":\"测试\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("holidays[0]");
    assertThat(storedYears(2032)).isZero();
  }

  @Test
  void refusesAScheduleWithoutSourceListingEveryMissingField() {
    Response response = admin().send("PUT", "/api/admin/calendar/2032", "{\"holidays\":[]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("workingWeekends", "source");
    assertThat(storedYears(2032)).isZero();
  }

  @Test
  void answersAYearTheCalendarDoesNotKnowWithAClearProblem() {
    Response response = StaffClient.as(port, "handler").get("/api/calendar/2018");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("detail").asText()).contains("2018年");
  }

  private int storedYears(int year) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM calendar_schedule WHERE schedule_year = ?", Integer.class, year);
  }

  private StaffClient admin() {
    return StaffClient.as(port, "admin");
  }
}
