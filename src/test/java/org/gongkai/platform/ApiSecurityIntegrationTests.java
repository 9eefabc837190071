package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        .as("no Basic challenge, so a browser never caches credentials for the API")
        .isEmpty();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void theErrorPathAskedForDirectlyIsNotFoundWhileRealErrorsStillRenderThroughIt() {
    for (StaffClient client : List.of(StaffClient.anonymous(port), StaffClient.as(port, "admin"))) {
      Response direct = client.get("/error");
      assertThat(direct.status()).isEqualTo(404);
      assertThat(direct.json().path("title").asText()).isEqualTo("未找到");
    }
    // an unknown API path still answers its own 404 problem (rendered through the error path)
    Response unknown = StaffClient.as(port, "admin").get("/api/no-such-thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail").asText()).contains("api/no-such-thing");
  }

  @Test
  void answersAWrongPasswordWithA401Problem() {
    Response response = StaffClient.as(port, "nobody").get("/api/calendar");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("type").asText()).isEqualTo("urn:gongkai:problem:unauthorized");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
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
  void locksALoginAfterFiveWrongPasswordsSoThatEvenTheRightOneIsRefusedForAWhile() {
    String username = "guess." + UUID.randomUUID().toString().substring(0, 8);
    Response created =
        StaffClient.as(port, "admin")
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    username,
                    "password",
                    RealInfrastructure.PASSWORD,
                    "displayName",
                    "试用账号",
                    "agencyCode",
                    "demo-county",
                    "roles",
                    List.of("FRONT_DESK")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(StaffClient.as(port, username).get("/api/calendar").status()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      Response guess = StaffClient.anonymous(port).logIn(username, "wrong-password-" + i);
      assertThat(guess.location()).endsWith("/login?error");
    }

    assertThat(StaffClient.anonymous(port).logIn(username, RealInfrastructure.PASSWORD).location())
        .endsWith("/login?error");
    assertThat(StaffClient.as(port, username).get("/api/calendar").status()).isEqualTo(401);
    assertThat(StaffClient.as(port, "frontdesk").get("/api/calendar").status())
        .as("other accounts log in as before")
        .isEqualTo(200);
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

  @Test
  void theMetricsScraperReadsTheScrapeEndpointAndNothingElse() throws Exception {
    String scraper = "metrics:" + RealInfrastructure.METRICS_PASSWORD;

    HttpResponse<String> scrape = basicGet("/actuator/prometheus", scraper);
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    assertThat(basicGet("/actuator/prometheus", "metrics:wrong").statusCode()).isEqualTo(401);
    assertThat(StaffClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(StaffClient.as(port, "frontdesk").get("/actuator/prometheus").status())
        .isEqualTo(403);
    assertThat(StaffClient.as(port, "admin").get("/actuator/prometheus").status()).isEqualTo(200);

    for (String elsewhere :
        java.util.List.of(
            "/actuator/metrics", "/api/disclosure-requests", "/api/admin/agencies", "/")) {
      assertThat(basicGet(elsewhere, scraper).statusCode()).as(elsewhere).isIn(302, 401);
    }
    Response pageLogin =
        StaffClient.anonymous(port).logIn("metrics", RealInfrastructure.METRICS_PASSWORD);
    assertThat(pageLogin.location()).as("a failed page login").contains("/login?error");
  }

  private HttpResponse<String> basicGet(String path, String credentials) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + path))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrChunked() throws Exception {
    byte[] oversized = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(oversized, (byte) ' ');
    long complaints = complaintCount();

    HttpResponse<String> declared =
        postImport(java.net.http.HttpRequest.BodyPublishers.ofByteArray(oversized));
    HttpResponse<String> chunked =
        postImport(
            java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(oversized)));
    HttpResponse<String> smallChunked =
        postImport(
            java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () ->
                    new java.io.ByteArrayInputStream(
                        "{\"agencyCode\":\"demo-county\",\"complaints\":[]}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    for (HttpResponse<String> refused : List.of(declared, chunked)) {
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.body()).contains("请求内容不能超过 10 MB");
    }
    assertThat(smallChunked.statusCode()).as("read whole, then validated").isEqualTo(400);
    assertThat(smallChunked.body()).contains("每次导入1至");
    assertThat(complaintCount()).isEqualTo(complaints);
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long complaintCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
  }

  private HttpResponse<String> postImport(java.net.http.HttpRequest.BodyPublisher body)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/complaints/imports"))
                .header("Content-Type", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                ("frontdesk:" + RealInfrastructure.PASSWORD)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
