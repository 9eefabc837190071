package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Work goes on in a year whose holiday schedule is not announced: its dates are provisional, said
 * to be, and watched by the engine's timers; entering the official schedule moves the dates of open
 * cases of both kinds, one {@code DueDateRecomputed} each, and their timers with them.
 *
 * <p>So that this runs on any date, the calendar of this test knows the official schedules of the
 * years before today's only: this year and the next are provisional, as next year is every autumn.
 */
@IntegrationTest
// entering a schedule changes this context's calendar: each test starts on a fresh one
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ProvisionalYearsIntegrationTests {

  @TestConfiguration
  static class OnlyPastYearsAnnounced {
    @Bean
    @Primary
    WorkingCalendar pastYearsOnlyCalendar(Clock clock) {
      int thisYear = LocalDate.now(clock.withZone(BUSINESS_ZONE)).getYear();
      return new WorkingCalendar(
          ShippedHolidaySchedules.load().stream().filter(s -> s.year() < thisYear).toList());
    }
  }

  private final Set<Integer> enteredYears = new HashSet<>();

  /** Other test contexts read stored schedules; leave them none of this test's. */
  @AfterEach
  void removeEnteredSchedules() {
    Set<Integer> shipped = new HashSet<>();
    ShippedHolidaySchedules.load().forEach(schedule -> shipped.add(schedule.year()));
    for (int year : enteredYears) {
      jdbc.update("DELETE FROM calendar_schedule WHERE schedule_year = ?", year);
      if (!shipped.contains(year)) {
        jdbc.update("DELETE FROM calendar_official_year WHERE schedule_year = ?", year);
      }
    }
  }

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void openCasesRunOnProvisionalDatesUntilTheOfficialScheduleMovesThemAndTheirTimers() {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    assertThat(calendar.isProvisional(today.getYear())).isTrue();
    String request = registerRequestReceivedToday();
    String complaint = dispatchComplaintReceivedToday();

    JsonNode deadline = as("handler").get("/api/disclosure-requests/" + request).json();
    LocalDate requestDue = LocalDate.parse(deadline.path("dueDate").asText());
    assertThat(requestDue).isEqualTo(calendar.addWorkingDays(today, 20));
    assertThat(deadline.at("/deadline/provisional").asBoolean()).isTrue();
    // late in December the period reaches into next year too: 「2026、2027年节假日安排尚未公布…」
    assertThat(deadline.at("/deadline/explanation").toString())
        .containsPattern(today.getYear() + "(、\\d{4})?年节假日安排尚未公布，暂按《全国年节及纪念日放假办法》推算，公布后自动重算");
    assertThat(timerVariables(request)).containsEntry("overdueAt", startOf(requestDue.plusDays(1)));
    assertThat(jobDueDates(request))
        .containsExactly(startOf(calendar.workingDaysBefore(requestDue, 3)));

    // 13 working days for a complaint, extended by 7: due on the same day as the request
    Response extended =
        as("reviewer")
            .post(
                "/api/complaints/" + complaint + "/extension",
                Map.of("workingDays", 7, "reason", "需要现场核查"));
    assertThat(extended.status()).isEqualTo(200);
    JsonNode complaintCase = extended.json();
    LocalDate complaintDue = LocalDate.parse(complaintCase.at("/deadline/dueOn").asText());
    assertThat(complaintDue).isEqualTo(requestDue);
    assertThat(complaintCase.at("/deadline/provisional").asBoolean()).isTrue();
    assertThat(complaintCase.at("/deadline/explanation").toString()).contains("经批准延期7个工作日", "尚未公布");
    assertThat(timerVariables(complaint))
        .containsEntry("overdueAt", startOf(complaintDue.plusDays(1)));

    // The notice gives one day off more than the statute: the very day both are due.
    enterOfficialSchedule(requestDue);

    LocalDate newRequestDue = calendar.addWorkingDays(today, 20);
    assertThat(newRequestDue).isAfter(requestDue);
    JsonNode moved = as("handler").get("/api/disclosure-requests/" + request).json();
    assertThat(moved.path("dueDate").asText()).isEqualTo(newRequestDue.toString());
    assertThat(moved.at("/deadline/provisional").asBoolean()).isFalse();
    assertThat(types(moved)).containsOnlyOnce("DueDateRecomputed");
    assertThat(timerVariables(request))
        .containsEntry("overdueAt", startOf(newRequestDue.plusDays(1)))
        .containsEntry("warnAt", startOf(calendar.workingDaysBefore(newRequestDue, 3)));
    assertThat(jobDueDates(request))
        .containsExactly(startOf(calendar.workingDaysBefore(newRequestDue, 3)));

    JsonNode movedComplaint = as("handler").get("/api/complaints/" + complaint).json();
    LocalDate newComplaintDue = LocalDate.parse(movedComplaint.at("/deadline/dueOn").asText());
    assertThat(newComplaintDue).isAfter(complaintDue);
    assertThat(movedComplaint.at("/deadline/provisional").asBoolean()).isFalse();
    assertThat(types(movedComplaint)).containsOnlyOnce("DueDateRecomputed");
    assertThat(timerVariables(complaint))
        .containsEntry("overdueAt", startOf(newComplaintDue.plusDays(1)));
  }

  @Test
  void anExtensionIntoAProvisionalYearGetsADueDate() {
    String request = registerRequestReceivedToday();
    Response extended =
        as("reviewer")
            .post(
                "/api/disclosure-requests/" + request + "/extension",
                Map.of("workingDays", 20, "reason", "需要协调多个部门"));
    assertThat(extended.status()).isEqualTo(200);
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    assertThat(extended.json().path("dueDate").asText())
        .isEqualTo(calendar.addWorkingDays(today, 40).toString());
    assertThat(
            as("handler")
                .get("/api/disclosure-requests/" + request)
                .json()
                .at("/deadline/provisional")
                .asBoolean())
        .isTrue();
  }

  /** Enters the official schedule of the day's year: the provisional one and that day off. */
  /**
   * Enters the official schedules of the years from today's to the one of {@code extraDayOff}:
   * those before it as derived (late in December a period spans both years), and that one with
   * {@code extraDayOff} as a day off more than the statute gives.
   */
  private void enterOfficialSchedule(LocalDate extraDayOff) {
    int thisYear = LocalDate.now(clock.withZone(BUSINESS_ZONE)).getYear();
    // first the year after: a due date the extra day off pushes past the year's end (a case
    // received early in December is due on 31 December) then lies in an official year as well;
    // entered as its provisional schedule, it moves no date
    enterOfficialSchedule(extraDayOff.getYear() + 1, List.of());
    for (int year = thisYear; year < extraDayOff.getYear(); year++) {
      enterOfficialSchedule(year, List.of());
    }
    enterOfficialSchedule(extraDayOff.getYear(), List.of(extraDayOff));
  }

  private void enterOfficialSchedule(int year, List<LocalDate> extraDaysOff) {
    enteredYears.add(year);
    HolidaySchedule provisional = calendar.schedule(year).orElseThrow();
    List<String> holidays = new ArrayList<>();
    provisional.holidays().forEach(day -> holidays.add(day.toString()));
    extraDaysOff.forEach(day -> holidays.add(day.toString()));
    {
      Response entered =
          as("admin")
              .put(
                  "/api/admin/calendar/" + year,
                  Map.of(
                      "holidays",
                      holidays,
                      "workingWeekends",
                      List.of(),
                      "source",
                      "《国务院办公厅关于" + year + "年部分节假日安排的通知》（测试）"));
      assertThat(entered.status()).isEqualTo(200);
      assertThat(entered.json().path("provisional").asBoolean()).isFalse();
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                            + " AND event_type LIKE '%HolidayScheduleChanged'",
                        Integer.class)
                    == 0);
  }

  private String registerRequestReceivedToday() {
    OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
    Response registered =
        as("frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", now.minusMinutes(5).toString(),
                    "receivedAt", now.toLocalDate().toString(),
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "年末", "phone", "13800000000"),
                    "description", "跨年的答复期限",
                    "purpose", "了解",
                    "deliveryMethod", "EMAIL"));
    assertThat(registered.status()).isEqualTo(201);
    return registered.json().path("id").asText();
  }

  private String dispatchComplaintReceivedToday() {
    Map<String, Object> body = new HashMap<>();
    body.put("agencyCode", "demo-county");
    body.put("channel", "PHONE");
    body.put("receivedAt", OffsetDateTime.now(clock).withNano(0).minusMinutes(5).toString());
    body.put("category", "COMPLAINT");
    body.put("urgency", "NORMAL");
    body.put("content", "小区夜间施工噪音扰民");
    body.put("citizen", Map.of("name", "赵六", "phone", "13900000000"));
    body.put("directAnswer", false);
    Response received = as("frontdesk").post("/api/complaints", body);
    assertThat(received.status()).isEqualTo(201);
    String id = received.json().path("id").asText();
    Response dispatched =
        as("frontdesk")
            .post("/api/complaints/" + id + "/dispatch", Map.of("unitCode", "demo-housing"));
    assertThat(dispatched.status()).isEqualTo(200);
    return id;
  }

  private Map<String, Object> timerVariables(String caseId) {
    ProcessInstance instance = instance(caseId);
    Map<String, Object> variables = new HashMap<>();
    runtime
        .getVariables(instance.getId(), List.of("warnAt", "overdueAt"))
        .forEach((name, value) -> variables.put(name, value));
    return variables;
  }

  private List<Date> jobDueDates(String caseId) {
    return management.createJobQuery().processInstanceId(instance(caseId).getId()).list().stream()
        .map(Job::getDuedate)
        .toList();
  }

  private ProcessInstance instance(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(BUSINESS_ZONE).toInstant());
  }

  private static List<String> types(JsonNode caseJson) {
    return StreamSupport.stream(caseJson.path("timeline").spliterator(), false)
        .map(entry -> entry.path("type").asText())
        .toList();
  }

  private StaffClient as(String user) {
    return StaffClient.as(port, user);
  }
}
