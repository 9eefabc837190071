package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.gongkai.organization.Organization;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report author locks the published 2022 report on the report page; a request entered afterwards
 * for 2022 leaves the published numbers as they were and shows as a restatement there and in the
 * 2023 report.
 */
@BrowserTest
class ReportLockBrowserTests {

  @Autowired Organization organization;
  @Autowired JdbcTemplate jdbc;

  Browser browser;

  @Test
  void theAuthorLocksThePublishedYearAndLaterEntriesShowAsRestatements() throws Exception {
    String agency = TestAgencies.countyWithReportAuthor(organization, "lockpage", "锁定页面测试县人民政府");
    String author = TestAgencies.reportAuthorOf(agency);
    List<CaseTopics.Event> published = new ArrayList<>();
    disclosed(published, agency + "-a", agency, LocalDate.of(2022, 3, 7));
    disclosed(published, agency + "-b", agency, LocalDate.of(2022, 6, 13));
    publishAndAwait(published);

    browser.logIn(author).go("/reports/annual?year=2022&agencyCode=" + agency);
    assertThat(browser.text()).contains("年度报告发布后请锁定", "锁定本年度报告");
    browser.screenshot("before-lock");
    browser.type("lock-note", "2022年度报告已于2023年1月18日在门户网站发布").click("锁定本年度报告");
    // the form sends the browser back to the page it is on: wait for the new page
    browser.waitForText("已锁定2022年度报告。").waitForPath("/reports/annual");

    assertThat(browser.text()).contains("已锁定2022年度报告。", "2022年度报告已于2023年1月18日在门户网站发布");
    assertThat(browser.field("report-locked").getText()).contains("本年度报告已于", author);
    assertThat(browser.driver().findElements(By.id("lock-submit"))).isEmpty();
    browser.screenshot("locked");

    List<CaseTopics.Event> late = new ArrayList<>();
    disclosed(late, agency + "-paper", agency, LocalDate.of(2022, 12, 1));
    publishAndAwait(late);
    browser.go("/reports/annual?year=2022&agencyCode=" + agency);

    assertThat(cell("new_received", "TOTAL")).as("the published number stays").isEqualTo("2");
    assertThat(browser.text()).contains("锁定后有1次更正影响了本年度的数字");
    String restatements = browser.field("restatements").getText();
    assertThat(restatements).contains("〔2022〕第" + agency + "-paper号", "一、本年新收政府信息公开申请数量");
    browser.screenshot("restated");

    browser.go("/reports/annual?year=2023&agencyCode=" + agency);
    assertThat(browser.text()).contains("2022年度报告（已锁定）发布后的更正");
    assertThat(browser.field("previous-year-restatements").getText())
        .contains("〔2022〕第" + agency + "-paper号");
    browser.screenshot("next-year");
  }

  private String cell(String row, String column) {
    return browser
        .driver()
        .findElement(By.cssSelector("td[data-row='" + row + "'][data-column='" + column + "']"))
        .getText();
  }

  private static void disclosed(
      List<CaseTopics.Event> stream, String caseId, String agency, LocalDate received) {
    for (String event :
        CaseEvents.disclosureRequest(
            caseId, agency, "NATURAL_PERSON", received, "DISCLOSED", received.plusDays(10))) {
      stream.add(CaseTopics.Event.disclosure(caseId, event));
    }
  }

  private void publishAndAwait(List<CaseTopics.Event> events) throws Exception {
    try (CaseTopics topics = new CaseTopics()) {
      topics.publish(events);
    }
    Map<TopicPartition, Long> ends = CaseTopics.endOffsets();
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> CaseTopics.projectedUpTo(jdbc, ends));
  }
}
