package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator opens the working calendar from the home page, reads a provisional year, and
 * enters a year's official schedule from the State Council's notice. Far years only: entering a
 * schedule recomputes the open cases' deadlines, and none of them runs into 2098.
 */
@BrowserTest
class CalendarPageBrowserTests {

  private static final String SOURCE_2098 = "《国务院办公厅关于2098年部分节假日安排的通知》（测试）";

  Browser browser;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  /**
   * Test contexts started later read the stored schedules: leave them none of this test's. (This
   * context's calendar keeps 2098 official; no other test counts days in 2098.)
   */
  @AfterEach
  void removeTheEnteredSchedule() {
    jdbc.update("DELETE FROM calendar_schedule WHERE schedule_year = 2098");
    jdbc.update("DELETE FROM calendar_official_year WHERE schedule_year = 2098");
  }

  @Test
  void anAdministratorReadsAProvisionalYearAndEntersAnOfficialSchedule() {
    browser.logIn("admin").screenshot("home");
    browser.click("节假日与调休安排（工作日历）").waitForPath("/admin/calendar");
    assertThat(browser.text()).contains("各年度安排", "官方", "保存官方安排");
    browser.screenshot("calendar");

    browser.go("/admin/calendar?year=2099");
    assertThat(browser.field("calendar-chosen-status").getText()).isEqualTo("暂定");
    assertThat(browser.field("calendar-provisional").getText())
        .contains("根据《全国年节及纪念日放假办法》（2024年修订）推算的暂定安排", "录入后即替换暂定安排");
    assertThat(browser.field("calendar-festivals").getText()).contains("春节", "补假");
    browser.screenshot("provisional-2099");

    browser.go("/admin/calendar?year=2098");
    assertThat(browser.field("calendar-chosen-status").getText()).isEqualTo("暂定");
    assertThat(browser.field("year").getAttribute("value")).isEqualTo("2098");
    browser
        .type("source", SOURCE_2098)
        .type("holidays", "2098-01-01\n2098-01-22至2098-01-28\n2098-10-01/2098-10-07")
        .type("workingWeekends", "2098-01-04, 2098-10-11");
    browser.screenshot("entering-2098");
    browser.click("保存官方安排");

    // the page after the redirect has the same path: wait for its message
    String saved = "已保存2098年官方安排，未办结案件的期限将按新安排重新计算。";
    awaitText(saved);
    assertThat(browser.path()).isEqualTo("/admin/calendar");
    assertThat(browser.field("calendar-saved").getText()).isEqualTo(saved);
    assertThat(browser.field("calendar-chosen-status").getText()).isEqualTo("官方");
    assertThat(browser.field("calendar-year-2098").getText()).contains("官方", SOURCE_2098);
    assertThat(browser.field("calendar-holidays").getText())
        .contains("2098-01-22（星期三）至2098-01-28（星期二），共7天")
        .contains("2098-10-01（星期三）至2098-10-07（星期二），共7天");
    assertThat(browser.field("calendar-working-weekends").getText())
        .contains("2098-01-04（星期六）", "2098-10-11（星期六）");
    assertThat(browser.field("holidays").getAttribute("value"))
        .isEqualTo("2098-01-01\n2098-01-22/2098-01-28\n2098-10-01/2098-10-07");
    browser.screenshot("official-2098");
    assertThat(calendar.isProvisional(2098)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2098, 1, 4))).isTrue();
  }

  @Test
  void aDayBothHolidayAndMakeUpDayIsNamedAndWhatWasTypedIsKept() {
    browser.logIn("admin").go("/admin/calendar?year=2099");
    browser
        .type("source", "《国务院办公厅关于2099年部分节假日安排的通知》（测试）")
        .type("holidays", "2099-01-01至2099-01-03")
        .type("workingWeekends", "2099-01-03");
    browser.click("保存官方安排");

    awaitText("提交的内容有误");
    assertThat(
            browser
                .driver()
                .findElement(By.xpath("//textarea[@id='workingWeekends']/following-sibling::p"))
                .getText())
        .isEqualTo("以下日期既列为放假日期又列为调休上班日期：2099-01-03（星期六）");
    assertThat(browser.field("holidays").getAttribute("value")).isEqualTo("2099-01-01至2099-01-03");
    assertThat(browser.field("workingWeekends").getAttribute("value")).isEqualTo("2099-01-03");
    assertThat(browser.field("source").getAttribute("value"))
        .isEqualTo("《国务院办公厅关于2099年部分节假日安排的通知》（测试）");
    browser.screenshot("both-holiday-and-make-up-day");
    assertThat(calendar.isProvisional(2099)).isTrue();
  }

  @Test
  void theFrontDeskGetsTheFriendlyForbiddenPage() {
    browser.logIn("frontdesk").go("/admin/calendar");

    assertThat(browser.text()).contains("您没有访问此页面的权限");
    browser.screenshot("forbidden");
  }

  private void awaitText(String text) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> browser.text().contains(text));
  }
}
