package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.Organization;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report author opens the annual report page in Chromium, picks the year, finds the request
 * answered that year in its cell and clicks through to it. The year 2024 of {@code demo-county}
 * belongs to this test.
 */
@BrowserTest
class ReportPageBrowserTests {

  private static final int YEAR = 2024;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Organization organization;
  @Autowired StatisticsProjections projections;
  @Autowired TransactionTemplate transactions;

  Browser browser;

  @Test
  void theAuthorPicksTheYearClicksTheDisclosedCellAndFindsTheRequest() {
    String tracking = discloseToANaturalPerson(LocalDate.of(YEAR, 5, 6));
    StaffClient author = StaffClient.as(port, "author");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        author
                            .get("/api/reports/disclosure/" + YEAR + "?agencyCode=demo-county")
                            .json()
                            .at("/sectionThree/rows/2/values/0")
                            .asLong())
                    .isEqualTo(1));

    browser.logIn("author").screenshot("home");
    browser.click("政府信息公开工作年度报告（第三、四部分）").waitForPath("/reports/annual");
    browser.choose("report-year", Integer.toString(YEAR)).choose("report-agency", "demo-county");
    // the form sends the browser to the page it is on: wait for the chosen year's report
    browser.click("查看报告").waitForText("示范县人民政府2024年政府信息公开工作年度报告（统计表）");

    assertThat(browser.text())
        .contains("示范县人民政府2024年政府信息公开工作年度报告（统计表）")
        .contains("三、收到和处理政府信息公开申请情况")
        .contains("（一）予以公开")
        .contains("四、政府信息公开行政复议、行政诉讼情况")
        .contains("勾稽关系校验")
        .contains("共受理群众诉求");
    assertThat(browser.field("report-year").getAttribute("value")).isEqualTo("2024");
    WebElement disclosed = numberCell("disclosed", "NATURAL_PERSON");
    assertThat(disclosed.getText()).isEqualTo("1");
    assertThat(numberCell("new_received", "NATURAL_PERSON").getText()).isEqualTo("1");
    assertThat(browser.driver().findElements(By.id("report-checks-failed"))).isEmpty();
    assertThat(browser.field("download-xlsx").getAttribute("href"))
        .endsWith(
            "/api/reports/disclosure/2024.xlsx?agencyCode=demo-county&includeSubordinates=false");
    browser.screenshot("report-2024");
    scrollTo(By.id("section-three"));
    browser.screenshot("report-2024-section-three");
    scrollTo(By.id("complaint-figures"));
    browser.screenshot("report-2024-complaints");

    disclosed.findElement(By.tagName("a")).click();
    browser.waitForPath("/reports/annual/cells");

    assertThat(browser.text())
        .contains("（一）予以公开")
        .contains("自然人")
        .contains("共 1 件")
        .contains(tracking);
    WebElement caseLink = browser.driver().findElement(By.linkText(tracking));
    assertThat(caseLink.getAttribute("href")).contains("/disclosure-requests/");
    browser.screenshot("disclosed-cell");

    browser.click("返回年度报告").waitForPath("/reports/annual");
    assertThat(browser.field("report-year").getAttribute("value")).isEqualTo("2024");
  }

  @Test
  void aReportThatDoesNotAddUpIsShownWithARedWarning() {
    String agency = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    organization.registerAgency(new NewAgency(agency, "校验测试县人民政府", AgencyKind.GOVERNMENT, null));
    List<EventRecord> batch = new ArrayList<>();
    for (String event :
        CaseEvents.disclosureRequest(
            "odd-" + agency,
            agency,
            "NATURAL_PERSON",
            LocalDate.of(YEAR, 2, 1),
            "SOMETHING_NEW",
            LocalDate.of(YEAR, 2, 20))) {
      batch.add(new EventRecord(GongkaiTopics.DISCLOSURE_REQUESTS, -1, 0, event));
    }
    transactions.executeWithoutResult(status -> projections.forActiveGeneration().project(batch));

    browser.logIn("admin").go("/reports/annual?year=" + YEAR + "&agencyCode=" + agency);

    WebElement warning = browser.field("report-checks-failed");
    assertThat(warning.getText()).contains("警告：本表数据未通过勾稽关系校验");
    assertThat(warning.getCssValue("color")).isEqualTo("rgba(204, 0, 0, 1)");
    browser.screenshot("failed-check");
  }

  @Test
  void theFrontDeskIsShownTheFriendlyForbiddenPage() {
    browser.logIn("frontdesk").go("/reports/annual");

    assertThat(browser.text()).contains("您没有访问此页面的权限");
    browser.screenshot("forbidden");
  }

  private void scrollTo(By element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'});",
            browser.driver().findElement(element));
  }

  private WebElement numberCell(String row, String column) {
    return browser
        .driver()
        .findElement(By.cssSelector("td[data-row='" + row + "'][data-column='" + column + "']"));
  }

  /** A natural person's request received on the day and disclosed; its tracking number. */
  private String discloseToANaturalPerson(LocalDate received) {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", at(received, 9),
                    "receivedAt", received.toString(),
                    "applicant",
                        Map.of("type", "NATURAL_PERSON", "name", "钱七", "phone", "13600001234"),
                    "description", "申请公开本县2023年道路养护资金使用情况",
                    "purpose", "了解",
                    "deliveryMethod", "EMAIL"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().get("id").asText();
    String path = "/api/disclosure-requests/" + id;
    DueTimers.awaitFired(runtime, management, id);
    post(
        "handler",
        path + "/decision",
        id,
        Map.of("outcome", "DISCLOSED", "note", "予以公开", "at", at(received.plusDays(1), 10)));
    post(
        "reviewer",
        path + "/review",
        id,
        Map.of("approved", true, "comment", "同意", "at", at(received.plusDays(2), 10)));
    post(
        "handler",
        path + "/reply",
        id,
        Map.of("method", "EMAIL", "at", at(received.plusDays(3), 10)));
    return registered.json().get("trackingNumber").asText();
  }

  private void post(String user, String path, String id, Map<String, Object> body) {
    Response response = StaffClient.as(port, user).post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    DueTimers.awaitFired(runtime, management, id);
  }

  private static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(8)).toString();
  }
}
