package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calendar's health component and the home page's notice, on the running application. Whether
 * there is a notice depends on the injected clock's date (the suite runs at several), so the
 * expectations are taken from the same clock; {@link CalendarOutlookTests} pins the date rules.
 */
@IntegrationTest
class CalendarHealthIntegrationTests {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired CalendarOutlook outlook;

  @Test
  void administratorsSeeTheOfficialAndProvisionalYearsAndTheNotice() {
    JsonNode calendarHealth =
        StaffClient.as(port, "admin").get("/actuator/health").json().at("/components/calendar");

    assertThat(calendarHealth.path("status").asText()).isEqualTo("UP");
    JsonNode details = calendarHealth.path("details");
    assertThat(ints(details.path("officialYears")))
        .isEqualTo(List.copyOf(calendar.knownYears()))
        .contains(2019, 2026);
    int year = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(ints(details.path("provisionalYears")))
        .isEqualTo(Stream.of(year, year + 1).filter(calendar::isProvisional).toList());
    Optional<CalendarOutlook.Notice> notice = outlook.notice();
    if (notice.isPresent()) {
      assertThat(details.path("notice").asText()).isEqualTo(notice.get().text());
      assertThat(texts(details.path("enterAt")))
          .containsExactly("/admin/calendar", "PUT /api/admin/calendar/{year}");
    } else {
      assertThat(details.has("notice")).isFalse();
      assertThat(details.has("enterAt")).isFalse();
    }
  }

  @Test
  void anonymousProbesSeeTheComponentUpWithoutDetails() {
    JsonNode health = StaffClient.anonymous(port).get("/actuator/health").json();

    assertThat(health.at("/components/calendar/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/calendar/details").isMissingNode()).isTrue();
  }

  @Test
  void theHomePageShowsTheNoticeToAdministratorsWithALinkAndToLeadersWithout() {
    Optional<CalendarOutlook.Notice> notice = outlook.notice();
    Document admin = home("admin");
    Document leader = home("leader");
    Document frontDesk = home("frontdesk");

    if (notice.isPresent()) {
      assertThat(admin.getElementById("calendar-notice").text()).contains(notice.get().text());
      assertThat(admin.getElementById("calendar-notice-enter").attr("href"))
          .isEqualTo("/admin/calendar?year=" + notice.get().firstYear());
      assertThat(leader.getElementById("calendar-notice").text()).contains(notice.get().text());
      assertThat(leader.getElementById("calendar-notice-enter")).isNull();
    } else {
      assertThat(admin.getElementById("calendar-notice")).isNull();
      assertThat(leader.getElementById("calendar-notice")).isNull();
    }
    assertThat(frontDesk.getElementById("calendar-notice")).isNull();
    assertThat(admin.getElementById("nav-calendar").attr("href")).isEqualTo("/admin/calendar");
    assertThat(leader.getElementById("nav-calendar")).isNull();
  }

  private Document home(String username) {
    StaffClient client = StaffClient.anonymous(port);
    assertThat(client.logIn(username, RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    StaffClient.Response home = client.get("/");
    assertThat(home.status()).isEqualTo(200);
    return Jsoup.parse(home.body());
  }

  private static List<Integer> ints(JsonNode array) {
    assertThat(array.isArray()).as("%s is an array", array).isTrue();
    var values = new ArrayList<Integer>();
    array.forEach(n -> values.add(n.asInt()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("%s is an array", array).isTrue();
    var values = new ArrayList<String>();
    array.forEach(n -> values.add(n.asText()));
    return values;
  }
}
