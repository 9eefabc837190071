package org.gongkai.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** An administrator rebuilds the statistics from the home page and watches it finish. */
@BrowserTest
class StatisticsRebuildBrowserTests {

  Browser browser;

  @Test
  void anAdministratorStartsARebuildAndThePageShowsItsProgressUntilItIsDone() {
    browser.logIn("admin").click("重建统计数据（从事件重新计算年报数字）").waitForPath("/admin/statistics");
    browser.screenshot("rebuild-start");

    browser.click("开始重建");
    String progress = browser.waitForPathStartingWith("/admin/statistics/rebuild/");
    assertThat(browser.text()).contains("重建任务", "已处理");
    browser.screenshot("rebuild-progress");

    // the page reloads itself every two seconds: an element read during a reload is stale
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .ignoreExceptions()
        .until(() -> browser.text().contains("重建完成，已切换到新的统计数据。"));
    assertThat(browser.path()).isEqualTo(progress);
    assertThat(browser.field("rebuild-progress").getAttribute("value")).isEqualTo("100");
    browser.screenshot("rebuild-done");
  }

  @Test
  void otherRolesGetTheFriendlyForbiddenPage() {
    browser.logIn("leader").go("/admin/statistics");

    assertThat(browser.text()).contains("您没有访问此页面的权限");
    browser.screenshot("forbidden");
  }
}
