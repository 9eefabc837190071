package org.gongkai.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.gongkai.statistics.ComplaintFigures;
import org.gongkai.statistics.StatisticsQueries;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's complaint walked through the pages in Chromium by the demo staff who take each step —
 * the front desk registers it and dispatches it, the handler accepts and answers it, the front desk
 * calls the citizen back, who is satisfied — until the leader's dashboard counts it as closed.
 */
@BrowserTest
class ComplaintJourneyBrowserTests {

  @Autowired Clock clock;

  @Autowired StatisticsQueries statistics;

  Browser browser;

  @Test
  void aComplaintFromIntakeToASatisfiedFollowUpShowsOnTheLeadersDashboard() {
    browser.logIn("frontdesk");
    browser.click("登记群众诉求").waitForPath("/complaints/new");
    browser.screenshot("intake");

    browser.type("content", "某小区门口路灯损坏一周，夜间出行不便，请尽快维修。");
    browser.type("citizenPhone", "12345");
    browser.click("登记并生成回执").waitForPath("/complaints");
    assertThat(browser.text()).contains("请选择诉求渠道", "请选择诉求类别", "请填写诉求人姓名", "电话号码格式不正确");
    assertThat(browser.field("content").getAttribute("value")).startsWith("某小区门口路灯损坏一周");
    browser.screenshot("intake-refused");

    browser.choose("channel", "PHONE").choose("category", "COMPLAINT");
    browser.type("citizenName", "钱七").type("citizenPhone", "13900002222");
    browser.click("登记并生成回执");
    String receipt = browser.waitForPathStartingWith("/complaints/");
    assertThat(receipt).endsWith("/receipt");
    String id = receipt.substring("/complaints/".length(), receipt.length() - "/receipt".length());
    assertThat(browser.field("receipt-ticket").getText()).isEqualTo(id);
    assertThat(browser.field("receipt-due").getText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.text()).contains("群众诉求登记回执", "139****2222").doesNotContain("13900002222");
    browser.screenshot("receipt");

    browser.click("查看案件").waitForPath("/complaints/" + id);
    assertThat(browser.field("case-status").getText()).contains("待派单");
    browser.screenshot("case-registered");
    browser.click("派单").waitForPath("/complaints/" + id + "/dispatch");
    browser.screenshot("dispatch");
    browser.field("submit-dispatch").click();
    browser.waitForPath("/complaints/" + id);
    assertThat(browser.text()).contains("已派单。");
    assertThat(browser.field("case-status").getText()).contains("待签收");

    browser.logIn("handler").go("/complaints/" + id);
    browser.screenshot("case-dispatched");
    browser.click("签收").waitForPath("/complaints/" + id + "/acceptance");
    browser.screenshot("acceptance");
    browser.field("submit-acceptance").click();
    browser.waitForPath("/complaints/" + id);
    assertThat(browser.field("case-status").getText()).contains("办理中");
    browser.click("答复").waitForPath("/complaints/" + id + "/reply");
    browser.type("content", "已联系城管部门更换灯具，路灯已恢复照明。");
    browser.field("resolved-true").click();
    browser.screenshot("reply");
    browser.field("submit-reply").click();
    browser.waitForPath("/complaints/" + id);
    assertThat(browser.field("case-status").getText()).contains("待回访");

    int year = LocalDate.now(clock).getYear();
    long closedBefore = closed(year);
    browser.logIn("frontdesk").go("/complaints/" + id);
    browser.click("回访").waitForPath("/complaints/" + id + "/follow-up");
    browser.field("reached-true").click();
    browser.choose("rating", "SATISFIED").type("note", "群众表示路灯已亮，对办理结果满意。");
    browser.screenshot("follow-up");
    browser.field("submit-follow-up").click();
    browser.waitForPath("/complaints/" + id);
    assertThat(browser.field("case-status").getText()).contains("已办结");
    assertThat(browser.field("case-rating").getText()).isEqualTo("满意");
    browser.screenshot("case-closed");

    browser.logIn("leader");
    browser.click("收件、办结、按时率与满意度").waitForPath("/dashboard");
    String expected = (closedBefore + 1) + "件";
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              browser.go("/dashboard");
              assertThat(browser.field("kpi-closed").getText()).isEqualTo(expected);
            });
    assertThat(browser.driver().findElements(By.cssSelector("#chart-received canvas")))
        .isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#chart-rates canvas"))).isNotEmpty();
    assertThat(browser.text()).contains(year + "年领导驾驶舱", "逐月数据");
    assertThat(browser.field("chart-received").getAttribute("aria-label")).isEqualTo("每月收件数");
    browser.screenshot("dashboard");
  }

  private long closed(int year) {
    ComplaintFigures figures = statistics.complaintFigures(year, "demo-county", true);
    return figures.closed();
  }
}
