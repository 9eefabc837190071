package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongkai.support.CamundaWebAppsRuntime;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Machine clients' API tokens: an administrator issues one, the client acts with it as a staff
 * member of the token's agency and roles, and a revoked or expired token is refused at the next
 * call. The token is shown once and stored only as its SHA-256.
 */
@IntegrationTest
class ApiTokensIntegrationTests {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine processEngine;

  @Test
  void aFrontDeskTokenRegistersCasesOfItsAgencyButDoesNoOtherRolesWork() {
    Response issued =
        admin()
            .post(
                "/api/admin/api-tokens",
                Map.of(
                    "name", "12345 热线平台对接",
                    "agencyCode", "demo-county",
                    "roles", List.of("FRONT_DESK")));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String token = issued.json().path("token").asText();
    String id = issued.json().path("id").asText();
    assertThat(token).startsWith("gk_").hasSize(46);
    StaffClient client = StaffClient.withToken(port, token);

    Response complaint = client.post("/api/complaints", complaintOf("demo-county"));
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    String complaintId = complaint.json().path("id").asText();
    Response disclosure =
        client.post("/api/disclosure-requests", disclosureRequestOf("demo-county"));
    assertThat(disclosure.status()).as(disclosure.body()).isEqualTo(201);
    Response read = client.get("/api/complaints/" + complaintId);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).as("the token's account is the actor").contains("api-token:" + id);

    Response handlerWork = client.post("/api/complaints/" + complaintId + "/acceptance", Map.of());
    assertThat(handlerWork.status()).as(handlerWork.body()).isEqualTo(403);
    assertThat(handlerWork.json().path("title").asText()).isEqualTo("无权执行此操作");
    assertThat(client.get("/api/reports/complaints/2025").status()).isEqualTo(403);
    assertThat(client.get("/api/admin/api-tokens").status()).isEqualTo(403);
    assertThat(client.get("/api/calendar").status()).isEqualTo(200);

    Map<String, Object> row =
        jdbc.queryForMap("SELECT * FROM api_token WHERE id = ?", UUID.fromString(id).toString());
    assertThat(row.get("token_hash")).isEqualTo(sha256(token));
    assertThat(row.values())
        .allSatisfy(value -> assertThat(String.valueOf(value)).isNotEqualTo(token));
    assertThat(row.get("last_used_at")).as("its use is recorded").isNotNull();
  }

  @Test
  void aTokenOfAnotherAgencyIsRefusedTheCasesOfTheDemoCounty() {
    String agency = "token-" + UUID.randomUUID().toString().substring(0, 8);
    Response created =
        admin()
            .post(
                "/api/admin/agencies",
                Map.of("code", agency, "name", "令牌县人民政府", "kind", "GOVERNMENT"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String demoComplaint = PhoneComplaints.register(port, clock, "楼道堆物", "孙令牌", "13912345678");
    StaffClient stranger =
        StaffClient.withToken(port, issue(agency, List.of("FRONT_DESK", "HANDLER")));
    long complaints = count("complaint");

    assertThat(stranger.get("/api/complaints/" + demoComplaint).status()).isEqualTo(403);
    Response accepted = stranger.post("/api/complaints/" + demoComplaint + "/acceptance", Map.of());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(403);
    Response registered = stranger.post("/api/complaints", complaintOf("demo-county"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(403);
    assertThat(count("complaint")).isEqualTo(complaints);
    Response own = stranger.post("/api/complaints", complaintOf(agency));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
  }

  @Test
  void theListShowsEveryTokenWithoutItsSecret() {
    String token = issue("demo-county", List.of("LEADER"));
    String hash = sha256(token);

    Response list = admin().get("/api/admin/api-tokens");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(token).doesNotContain(hash).doesNotContain("gk_");
    JsonNode listed = null;
    for (JsonNode entry : list.json()) {
      if (entry.path("account").asText().equals(accountOf(token))) {
        listed = entry;
      }
    }
    assertThat(listed).as(list.body()).isNotNull();
    assertThat(listed.path("name").asText()).isEqualTo("测试令牌");
    assertThat(listed.path("agencyCode").asText()).isEqualTo("demo-county");
    assertThat(listed.path("roles").toString()).contains("LEADER");
    assertThat(listed.path("createdBy").asText()).isEqualTo("admin");
    assertThat(listed.has("token")).isFalse();
    assertThat(listed.path("revokedAt").isNull()).isTrue();
  }

  @Test
  void aRevokedTokenIsRefusedAtTheNextCall() {
    String token = issue("demo-county", List.of("FRONT_DESK"));
    StaffClient client = StaffClient.withToken(port, token);
    assertThat(client.get("/api/calendar").status()).isEqualTo(200);
    String id = idOf(token);

    Response revoked = admin().send("DELETE", "/api/admin/api-tokens/" + id, null);
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

    Response refused = client.get("/api/calendar");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("title").asText()).isEqualTo("API 令牌无效");
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer").doesNotContain("Basic"));
    assertThat(client.post("/api/complaints", complaintOf("demo-county")).status()).isEqualTo(401);
    assertThat(admin().send("DELETE", "/api/admin/api-tokens/" + id, null).status())
        .as("revoking again changes nothing")
        .isEqualTo(204);
    assertThat(
            jdbc.queryForObject("SELECT revoked_by FROM api_token WHERE id = ?", String.class, id))
        .isEqualTo("admin");
    Response missing = admin().send("DELETE", "/api/admin/api-tokens/" + UUID.randomUUID(), null);
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void aTokenIsRefusedOnceItHasExpired() {
    OffsetDateTime expiresAt =
        OffsetDateTime.now(clock.withZone(BUSINESS_ZONE))
            .truncatedTo(ChronoUnit.SECONDS)
            .plusSeconds(3);
    Map<String, Object> body = tokenBody("demo-county", List.of("FRONT_DESK"));
    body.put("expiresAt", expiresAt.toString());
    Response issued = admin().post("/api/admin/api-tokens", body);
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(OffsetDateTime.parse(issued.json().path("expiresAt").asText())).isEqualTo(expiresAt);
    StaffClient client = StaffClient.withToken(port, issued.json().path("token").asText());
    assertThat(client.get("/api/calendar").status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(client.get("/api/calendar").status()).isEqualTo(401));
    assertThat(clock.instant()).isAfterOrEqualTo(expiresAt.toInstant());
  }

  @Test
  void anUnknownOrMalformedTokenIsA401ProblemWithoutABasicChallenge() {
    for (String token : List.of("gk_" + "A".repeat(43), "not-a-token", "gk_' OR 1=1 --", "")) {
      Response refused = StaffClient.withToken(port, token).get("/api/calendar");
      assertThat(refused.status()).as(token).isEqualTo(401);
      assertThat(refused.json().path("type").asText())
          .isEqualTo("urn:gongkai:problem:unauthorized");
      assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
          .doesNotContain("Basic");
    }
  }

  @Test
  void aTokenOpensTheApiOnlyNotThePagesTheActuatorOrTheProcessEngine() {
    CamundaWebAppsRuntime.of(processEngine);
    StaffClient client = StaffClient.withToken(port, issue("demo-county", List.of("LEADER")));
    assertThat(client.get("/api/reports/complaints/2025").status()).isEqualTo(200);

    Response page = client.get("/");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).contains("/login");
    assertThat(client.get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(client.get("/engine-rest/deployment").status()).isEqualTo(401);
    assertThat(client.get("/camunda/api/engine/engine/default/task/count").status()).isIn(401, 403);
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheFieldAndIssuesNoToken() {
    String otherAgency = "token-unit-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            admin()
                .post(
                    "/api/admin/agencies",
                    Map.of("code", otherAgency, "name", "别县人民政府", "kind", "GOVERNMENT"))
                .status())
        .isEqualTo(201);
    String past = OffsetDateTime.now(clock.withZone(BUSINESS_ZONE)).minusMinutes(1).toString();
    Map<String, Map<String, Object>> refusals = new java.util.LinkedHashMap<>();
    refusals.put("name", with("name", "   "));
    refusals.put("agencyCode", with("agencyCode", "no-such-agency"));
    refusals.put("roles", with("roles", List.of("BOSS")));
    refusals.put("roles ", with("roles", List.of()));
    refusals.put("roles  ", with("roles", List.of("ADMIN")));
    refusals.put("unitCodes", with("unitCodes", List.of(otherAgency)));
    refusals.put("expiresAt", with("expiresAt", past));
    refusals.put("expiresAt ", with("expiresAt", "next tuesday"));
    long tokens = count("api_token");

    for (Map.Entry<String, Map<String, Object>> refusal : refusals.entrySet()) {
      Response refused = admin().post("/api/admin/api-tokens", refusal.getValue());
      String field = refusal.getKey().strip();
      assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().path("errors").findValuesAsText("field"))
          .as(refused.body())
          .anySatisfy(named -> assertThat(named).startsWith(field));
      assertThat(refused.json().path("detail").asText())
          .as(refused.body())
          .containsPattern("\\p{IsHan}");
    }
    assertThat(count("api_token")).isEqualTo(tokens);

    Response ofTheAgency =
        admin().post("/api/admin/api-tokens", with("unitCodes", List.of("demo-housing")));
    assertThat(ofTheAgency.status()).as(ofTheAgency.body()).isEqualTo(201);
    assertThat(ofTheAgency.json().path("unitCodes").toString()).contains("demo-housing");
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = tokenBody("demo-county", List.of("HANDLER"));
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> tokenBody(String agency, List<String> roles) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "测试令牌");
    body.put("agencyCode", agency);
    body.put("roles", roles);
    return body;
  }

  /** Issues a token and answers it. */
  private String issue(String agency, List<String> roles) {
    Response issued = admin().post("/api/admin/api-tokens", tokenBody(agency, roles));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json().path("token").asText();
  }

  private String idOf(String token) {
    return jdbc.queryForObject(
        "SELECT id FROM api_token WHERE token_hash = ?", String.class, sha256(token));
  }

  private String accountOf(String token) {
    return "api-token:" + idOf(token);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private StaffClient admin() {
    return StaffClient.as(port, "admin");
  }

  private Map<String, Object> complaintOf(String agency) {
    return Map.of(
        "agencyCode", agency,
        "channel", "PHONE",
        "receivedAt",
            OffsetDateTime.now(clock.withZone(BUSINESS_ZONE))
                .withNano(0)
                .minusMinutes(2)
                .toString(),
        "category", "HELP",
        "urgency", "NORMAL",
        "content", "小区门口路灯不亮",
        "citizen", Map.of("name", "周令牌", "phone", "13700001111"));
  }

  private Map<String, Object> disclosureRequestOf(String agency) {
    OffsetDateTime now =
        OffsetDateTime.now(clock.withZone(BUSINESS_ZONE)).withNano(0).minusMinutes(2);
    return Map.of(
        "agencyCode",
        agency,
        "channel",
        "IN_PERSON",
        "submittedAt",
        now.toString(),
        "receivedAt",
        now.toLocalDate().toString(),
        "applicant",
        Map.of("type", "NATURAL_PERSON", "name", "郑令牌", "phone", "13600005678"),
        "description",
        "申请公开本县公交线路补贴发放情况",
        "purpose",
        "了解情况",
        "deliveryMethod",
        "EMAIL");
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
