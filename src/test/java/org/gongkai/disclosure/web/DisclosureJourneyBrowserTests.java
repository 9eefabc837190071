package org.gongkai.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A disclosure request walked through the pages in Chromium as the people who handle it: the front
 * desk registers it and prints the receipt, the handler proposes to disclose, the reviewer
 * approves, the handler replies. Every page is checked and photographed on the way.
 */
@BrowserTest
class DisclosureJourneyBrowserTests {

  private static final String PHONE = "13912345678";

  @Autowired java.time.Clock clock;

  Browser browser;

  @Test
  void frontDeskRegistersHandlerDecidesReviewerApprovesAndHandlerReplies() {
    int year = java.time.Year.now(clock).getValue();
    String report = "/reports/annual?year=" + year + "&agencyCode=demo-county";
    browser.logIn("author").go(report);
    long disclosedBefore = Long.parseLong(disclosedCell().getText());

    String trackingNumber = registerDecideApproveAndReply();

    assertThat(browser.text())
        .contains(trackingNumber)
        .contains("已办结")
        .contains("予以公开")
        .contains("下载答复书（Word）");

    browser.logIn("author").go(report);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(
            () -> {
              browser.go(report);
              return Long.parseLong(disclosedCell().getText()) == disclosedBefore + 1;
            });
    browser.screenshot("annual-report");
    disclosedCell().findElement(By.tagName("a")).click();
    browser.waitForPath("/reports/annual/cells");
    assertThat(browser.text()).contains("（一）予以公开", trackingNumber);
    browser.screenshot("annual-report-cell");
  }

  /** The annual report page's cell of requests disclosed, all applicants. */
  private WebElement disclosedCell() {
    return browser
        .driver()
        .findElement(By.cssSelector("td[data-row='disclosed'][data-column='TOTAL']"));
  }

  /**
   * Walks one request from the front desk to the reply and leaves the browser, logged in as the
   * handler, on the replied case page.
   *
   * @return the request's tracking number, e.g. 〔2026〕第3号
   */
  String registerDecideApproveAndReply() {
    browser.logIn("frontdesk").screenshot("frontdesk-home");
    browser.click("登记政府信息公开申请").waitForPath("/disclosure-requests/new");
    assertThat(browser.text()).contains("以行政机关签收之日为收到申请之日");
    browser.screenshot("register-form");

    browser.type("applicantName", "李四").type("applicantPhone", "1391234");
    browser.click("登记并生成回执").waitForPath("/disclosure-requests");
    assertThat(browser.text()).contains("提交的内容有误").contains("电话号码格式不正确").contains("请填写所需政府信息的内容描述");
    assertThat(browser.field("applicantName").getAttribute("value")).isEqualTo("李四");
    browser.screenshot("register-rejected");

    browser
        .type("applicantPhone", PHONE)
        .type("description", "申请公开本县2025年度城区道路改造工程的招标文件")
        .type("purpose", "了解工程情况")
        .choose("deliveryMethod", "EMAIL");
    browser.click("登记并生成回执");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/receipt"));
    String trackingNumber = browser.field("tracking-number").getText();
    assertThat(trackingNumber).matches("〔\\d{4}〕第\\d+号");
    assertThat(browser.text()).contains("政府信息公开申请登记回执", "示范县人民政府", "李四");
    String casePath = browser.path().replace("/receipt", "");
    browser.screenshot("receipt");

    browser.go("/search?q=" + PHONE);
    assertThat(browser.text()).contains(trackingNumber).contains("139****5678");
    browser.screenshot("search-by-phone");

    browser.logIn("handler").screenshot("handler-home");
    browser.click("我的待办任务").waitForPath("/tasks");
    assertThat(browser.text()).contains(trackingNumber).contains("检索并提出答复意见");
    browser.screenshot("handler-tasks");
    browser.click("本部门待办").waitForPath("/tasks/department");
    assertThat(browser.text()).contains(trackingNumber);
    browser.screenshot("department-tasks");
    browser.click(trackingNumber).waitForPath(casePath);
    assertThat(browser.text()).contains("期限计算说明").contains("李*");
    browser.screenshot("case-in-handling");
    browser.click("提出答复意见").waitForPath(casePath + "/decision");
    browser.choose("outcome", "DISCLOSED").type("note", "所需信息已在本县政府门户网站公开");
    browser.screenshot("decision-form");
    browser.click("提交").waitForPath(casePath);
    assertThat(browser.text()).contains("答复意见审核中");
    browser.screenshot("case-under-review");

    browser.logIn("reviewer");
    browser.click("待审核的答复意见与延期申请").waitForPath("/tasks");
    assertThat(browser.text()).contains(trackingNumber).contains("审核答复意见");
    browser.screenshot("reviewer-tasks");
    browser.click(trackingNumber).waitForPath(casePath);
    browser.click("审核答复意见").waitForPath(casePath + "/review");
    browser.field("approved-yes").click();
    browser.type("comment", "同意公开");
    browser.screenshot("review-form");
    browser.click("提交").waitForPath(casePath);
    assertThat(browser.text()).contains("待答复");
    browser.screenshot("case-approved");

    browser.logIn("handler").go(casePath);
    browser.click("答复申请人").waitForPath(casePath + "/reply");
    browser.screenshot("reply-form");
    browser.click("提交").waitForPath(casePath);
    assertThat(browser.text()).contains("预览、打印答复书");
    browser.go(casePath + "/reply-letter");
    assertThat(browser.text()).contains("政府信息公开申请答复书").contains(trackingNumber);
    browser.screenshot("reply-letter");
    browser.go(casePath);
    browser.screenshot("case-replied");
    return trackingNumber;
  }
}
