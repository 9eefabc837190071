package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/** A leader's dashboard draws the year's overdue complaints per responsible unit, in two series. */
@BrowserTest
class DashboardOverdueByUnitBrowserTests {

  @Autowired Clock clock;

  @Autowired Organization organization;

  Browser browser;

  @Test
  void theOverdueChartAndTableShowEachUnitsClosedLateAndOpenOverdueComplaints() {
    String agency = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    String housing = agency + "-housing";
    String town = agency + "-town";
    organization.registerAgency(new NewAgency(agency, "驾驶舱图表测试县人民政府", AgencyKind.GOVERNMENT, null));
    organization.registerAgency(
        new NewAgency(housing, "驾驶舱图表测试县住房和城乡建设局", AgencyKind.DEPARTMENT, agency));
    organization.registerAgency(
        new NewAgency(town, "驾驶舱图表测试县城关镇人民政府", AgencyKind.TOWNSHIP, agency));
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    LocalDate received = LocalDate.of(year, 1, 1);
    List<String[]> stream = new ArrayList<>();
    DashboardIntegrationTests.closedComplaint(
        stream, agency, "h-late", received, housing, year + "-01-20", false);
    DashboardIntegrationTests.openComplaint(
        stream, agency, "t-past", received, town, today.minusDays(1), false);
    DashboardIntegrationTests.openComplaint(
        stream, agency, "t-flagged", received, town, today.minusDays(3), true);
    DashboardIntegrationTests.openComplaint(
        stream, agency, "u-past", received, null, today.minusDays(2), false);
    DashboardIntegrationTests.publish(stream);

    browser.logIn("admin");
    String page = "/dashboard?year=" + year + "&agencyCode=" + agency;
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              browser.go(page);
              assertThat(browser.field("table-overdue").getText()).contains("未派单");
            });

    assertThat(
            browser.driver().findElements(By.cssSelector("#table-overdue tbody th")).stream()
                .map(e -> e.getText())
                .toList())
        .containsExactly("驾驶舱图表测试县城关镇人民政府", "驾驶舱图表测试县住房和城乡建设局", "未派单");
    assertThat(browser.text()).doesNotContain("暂未记录承办单位");
    assertThat(browser.field("chart-overdue").getAttribute("aria-label"))
        .isEqualTo("超期群众诉求（按承办单位）");
    assertThat(browser.driver().findElements(By.cssSelector("#chart-overdue canvas"))).isNotEmpty();
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    Object drawn =
        js.executeScript(
            """
            const option = echarts.getInstanceByDom(document.getElementById('chart-overdue')).getOption();
            return [option.title[0].text, option.yAxis[0].name, option.yAxis[0].data,
              option.series.map(s => s.name), option.series.map(s => s.data)];
            """);
    assertThat(drawn)
        .isEqualTo(
            List.of(
                "超期群众诉求（按承办单位）",
                "承办单位",
                List.of("驾驶舱图表测试县城关镇人民政府", "驾驶舱图表测试县住房和城乡建设局", "未派单"),
                List.of("办结超期", "在办超期"),
                List.of(List.of(0L, 1L, 0L), List.of(2L, 0L, 1L))));
    js.executeScript("document.getElementById('chart-overdue').scrollIntoView();");
    browser.screenshot("overdue-chart");
    js.executeScript("document.getElementById('table-overdue').scrollIntoView();");
    browser.screenshot("overdue-table");
  }
}
