package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiSecurityIntegrationTests {

  @LocalServerPort int port;

  @Test
  void answersTheApiWithoutCredentialsWithA401Problem() {
    Response response = StaffClient.anonymous(port).get("/api/admin/agencies");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("title").asText()).isEqualTo("未登录");
    assertThat(response.json().path("status").asInt()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void answersAWrongPasswordWithA401Problem() {
    Response response = StaffClient.as(port, "nobody").get("/api/calendar");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("type").asText()).isEqualTo("urn:gongkai:problem:unauthorized");
  }

  @Test
  void answersAFrontDeskUserOnAnAdministratorEndpointWithA403ProblemAndChangesNothing() {
    Map<String, Object> schedule =
        Map.of(
            "holidays",
            java.util.List.of("2033-01-03"),
            "workingWeekends",
            java.util.List.of(),
            "source",
            "测试");

    Response response = StaffClient.as(port, "frontdesk").put("/api/admin/calendar/2033", schedule);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("title").asText()).isEqualTo("无权执行此操作");
    assertThat(
            StaffClient.as(port, "admin")
                .get("/api/calendar/2033")
                .json()
                .path("provisional")
                .asBoolean())
        .as("2033 is still provisional")
        .isTrue();
  }

  @Test
  void letsOnlyAdministratorsUseTheEngineRestApi() {
    assertThat(StaffClient.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(StaffClient.as(port, "handler").get("/engine-rest/engine").status()).isEqualTo(403);
    assertThat(StaffClient.as(port, "admin").get("/engine-rest/engine").status()).isEqualTo(200);
  }

  @Test
  void refusesAPagePostWithoutTheCsrfTokenAndAcceptsItWithTheToken() {
    StaffClient browser = StaffClient.anonymous(port);
    Response login = browser.logIn("frontdesk", RealInfrastructure.PASSWORD);
    assertThat(login.status()).isEqualTo(302);
    assertThat(login.location()).doesNotContain("error");

    Response withoutToken = browser.submitForm("/logout", Map.of(), null);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(browser.get("/").body()).contains("前台登记");

    Response withToken = browser.submitForm("/logout", Map.of(), "/");
    assertThat(withToken.status()).isEqualTo(302);
    assertThat(withToken.location()).endsWith("/login?logout");
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void refusesALoginWithAWrongPassword() {
    Response login = StaffClient.anonymous(port).logIn("frontdesk", "wrong-password");

    assertThat(login.status()).isEqualTo(302);
    assertThat(login.location()).endsWith("/login?error");
  }

  @Test
  void showsEachRoleItsOwnHomePage() {
    StaffClient frontDesk = StaffClient.anonymous(port);
    frontDesk.logIn("frontdesk", RealInfrastructure.PASSWORD);
    StaffClient leader = StaffClient.anonymous(port);
    leader.logIn("leader", RealInfrastructure.PASSWORD);

    assertThat(frontDesk.get("/").body()).contains("登记政府信息公开申请").doesNotContain("领导驾驶舱");
    assertThat(leader.get("/").body()).contains("领导驾驶舱").doesNotContain("登记政府信息公开申请");
  }
}
