package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.junit.jupiter.api.Test;

@BrowserTest
class LoginAndHomeBrowserTests {

  Browser browser;

  @Test
  void aWrongPasswordIsRefusedInChineseAndTheUserStaysOnTheLoginPage() {
    browser.go("/login").screenshot("login");
    browser.type("username", "frontdesk").type("password", "not-the-password");
    browser.click("登录").waitForPath("/login");

    assertThat(browser.text()).contains("用户名或密码不正确");
    browser.screenshot("login-failed");
  }

  @Test
  void eachRoleSeesItsOwnWorkOnTheHomePage() {
    browser.logIn("frontdesk");
    String frontDesk = browser.text();
    browser.screenshot("home-frontdesk");
    assertThat(frontDesk).contains("前台登记", "登记政府信息公开申请").doesNotContain("领导驾驶舱");

    browser.logIn("leader");
    browser.screenshot("home-leader");
    assertThat(browser.text()).contains("领导驾驶舱").doesNotContain("登记政府信息公开申请");
  }

  @Test
  void loggingOutLeadsBackToTheLoginPage() {
    browser.logIn("handler").click("退出登录").waitForPath("/login");

    assertThat(browser.text()).contains("您已安全退出");
  }
}
