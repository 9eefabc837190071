package org.gongkai.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.awaitility.Awaitility;
import org.gongkai.statistics.WeekFigures;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.gongkai.support.PhoneComplaints;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leader in Chromium: opens the latest weekly digest from the home page, follows the number of
 * complaints received to the cases behind it, writes an instruction (批示) on one of them, and
 * downloads the digest as Word.
 */
@BrowserTest
class LeaderDigestBrowserTests {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired WeekFigures figures;

  Browser browser;

  @Test
  void theLeaderFollowsANumberToItsCasesWritesAnInstructionAndDownloadsTheDigest()
      throws IOException, InterruptedException {
    LocalDate lastMonday =
        LocalDate.now(clock.withZone(BUSINESS_ZONE))
            .minusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String complaint = complaintReceivedOn(lastMonday);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        figures
                            .cases(
                                Set.of("demo-county"),
                                lastMonday,
                                lastMonday.plusDays(6),
                                WeekFigures.Figure.COMPLAINTS_RECEIVED,
                                null,
                                null)
                            .stream()
                            .map(WeekFigures.CaseLine::caseId))
                    .contains(complaint));

    browser.logIn("leader").screenshot("home");
    browser.click("每周督办周报");
    String digestPath = browser.waitForPathStartingWith("/digests/weekly/");
    assertThat(browser.text()).contains("工作周报").contains("三、本周数据");
    browser.screenshot("digest");

    browser.field("figure-COMPLAINTS_RECEIVED-THIS_WEEK").click();
    browser.waitForPath(digestPath + "/cases");
    assertThat(browser.text()).contains("受理的群众诉求").contains("（本周）");
    assertThat(browser.text()).doesNotContain("吴十一").doesNotContain("13700003333");
    browser.screenshot("cases-behind-the-number");

    browser.driver().findElement(By.linkText(complaint.substring(0, 8))).click();
    browser.waitForPath("/complaints/" + complaint);
    browser.click("对此件作出批示").waitForPath("/instructions/new");
    browser
        .type("text", "请住建局本周内核实并书面报告")
        .choose("ownerUnitCode", "demo-housing")
        .type("workingDays", "5")
        .screenshot("instruction-form");
    browser.click("批示");
    String instruction = browser.waitForPathStartingWith("/instructions/");
    assertThat(instruction).isNotEqualTo("/instructions/new");
    assertThat(browser.text())
        .contains("批示已登记")
        .contains("请住建局本周内核实并书面报告")
        .contains("示范县住房和城乡建设局")
        .contains("待承办单位办理");
    browser.screenshot("instruction");

    browser.go(digestPath);
    String docx = browser.field("digest-docx").getAttribute("href");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(docx))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(new String(download.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PK");
  }

  private String complaintReceivedOn(LocalDate day) {
    return PhoneComplaints.register(
        port,
        day.atTime(10, 0).atZone(BUSINESS_ZONE).toOffsetDateTime(),
        "小区路灯不亮",
        "吴十一",
        "13700003333");
  }
}
