package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The working-calendar page over real HTTP: an official year's form comes pre-filled, and bad input
 * comes back with the message next to its field and what was typed, storing nothing. Only far years
 * (2097, 2099) are typed; the browser test enters one.
 */
@IntegrationTest
class CalendarPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOfficialYearIsShownInRunsAndItsFormIsPreFilled() {
    Document page = Jsoup.parse(admin().get("/admin/calendar?year=2025").body());

    assertThat(page.getElementById("calendar-year-2025").text()).contains("官方", "2025年部分节假日安排");
    assertThat(page.getElementById("calendar-chosen-status").text()).isEqualTo("官方");
    // 2025's Spring Festival: 28 January to 4 February, with the make-up days 26 January, 8
    // February
    assertThat(page.getElementById("calendar-holidays").text())
        .contains("2025-01-28（星期二）至2025-02-04（星期二），共8天 春节");
    assertThat(page.getElementById("calendar-working-weekends").text())
        .contains("2025-01-26（星期日）", "2025-02-08（星期六）");
    assertThat(page.getElementById("year").val()).isEqualTo("2025");
    assertThat(page.getElementById("source").val()).contains("2025年部分节假日安排");
    assertThat(page.getElementById("holidays").val()).contains("2025-01-28/2025-02-04");
    assertThat(page.getElementById("workingWeekends").val()).contains("2025-01-26");
  }

  @Test
  void aProvisionalYearListsItsFestivalsWithTheirSubstituteDays() {
    Document page = Jsoup.parse(admin().get("/admin/calendar?year=2099").body());

    assertThat(page.getElementById("calendar-chosen-status").text()).isEqualTo("暂定");
    assertThat(page.getElementById("calendar-provisional").text())
        .contains("《全国年节及纪念日放假办法》（2024年修订）");
    assertThat(page.getElementById("calendar-festivals").text())
        .contains("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
    // 1 January 2099 is a Thursday: no substitute day
    assertThat(page.getElementById("calendar-festivals").select("tr").get(1).text())
        .isEqualTo("元旦 2099-01-01（星期四），共1天 无");
    assertThat(page.getElementById("calendar-festivals").select("tr").get(2).text())
        .isEqualTo("春节 2099-01-20（星期二）至2099-01-23（星期五），共4天 无");
    assertThat(page.getElementById("year").val()).isEqualTo("2099");
    assertThat(page.getElementById("holidays").val()).isEmpty();
  }

  @Test
  void unreadableDatesDatesOutsideTheYearAndWeekdayMakeUpDaysAreNamedNextToTheirFields() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("year", "2097");
    form.put("source", "测试通知");
    form.put("holidays", "2097-01-01\n2097-02-30\n2098-03-01至2098-03-02");
    form.put("workingWeekends", "2097-01-07, 2097-01-05");

    Response response = admin().submitForm("/admin/calendar", form, "/admin/calendar");

    assertThat(response.status()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select(".form-errors").text()).contains("提交的内容有误");
    assertThat(fieldError(page, "holidays"))
        .contains("无法识别的日期：“2097-02-30”")
        .contains("不属于2097年安排的日期：“2098-03-01至2098-03-02”")
        .contains("2096年12月、2098年1月");
    // 2097-01-07 is a Monday; 2097-01-05 a Saturday
    assertThat(fieldError(page, "workingWeekends"))
        .contains("以下日期不是周末，不能作为调休上班日：2097-01-07（星期一）")
        .doesNotContain("2097-01-05");
    assertThat(page.getElementById("holidays").val())
        .isEqualTo("2097-01-01\n2097-02-30\n2098-03-01至2098-03-02");
    assertThat(page.getElementById("workingWeekends").val()).isEqualTo("2097-01-07, 2097-01-05");
    assertThat(page.getElementById("source").val()).isEqualTo("测试通知");
    assertThat(calendar.isProvisional(2097)).isTrue();
    assertThat(storedYears(2097)).isZero();
  }

  @Test
  void aYearAndASourceAreRequired() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("year", "20x7");
    form.put("source", " ");
    form.put("holidays", "2097-01-01");
    form.put("workingWeekends", "");

    Response response = admin().submitForm("/admin/calendar", form, "/admin/calendar");

    Document page = Jsoup.parse(response.body());
    assertThat(fieldError(page, "year")).contains("请填写2000至2100之间的年份");
    assertThat(fieldError(page, "source")).contains("请注明安排的依据");
    assertThat(page.getElementById("year").val()).isEqualTo("20x7");
  }

  @Test
  void aYearTheCalendarDoesNotManageIsAProblemPage() {
    Response response = admin().get("/admin/calendar?year=1999");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).contains("工作日历只管理2000至2100年的节假日安排");
  }

  @Test
  void otherRolesAreRefusedAndAFormWithoutTheCsrfTokenStoresNothing() {
    Response refused = loggedIn("leader").get("/admin/calendar");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("您没有访问此页面的权限");

    Response withoutToken =
        admin()
            .submitForm(
                "/admin/calendar",
                Map.of(
                    "year",
                    "2097",
                    "source",
                    "测试",
                    "holidays",
                    "2097-01-01",
                    "workingWeekends",
                    ""),
                null);

    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(storedYears(2097)).isZero();
  }

  private static String fieldError(Document page, String field) {
    Element error = page.getElementById(field).parent().selectFirst("p.error");
    assertThat(error).as("the error next to %s", field).isNotNull();
    return error.text();
  }

  private int storedYears(int year) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM calendar_schedule WHERE schedule_year = ?", Integer.class, year);
  }

  /** An administrator logged in through the login page, as pages need a session. */
  private StaffClient admin() {
    return loggedIn("admin");
  }

  private StaffClient loggedIn(String username) {
    StaffClient client = StaffClient.anonymous(port);
    assertThat(client.logIn(username, RealInfrastructure.PASSWORD).status()).isEqualTo(302);
    return client;
  }
}
