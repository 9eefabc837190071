package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.gongkai.platform.CommandTransactions;
import org.gongkai.platform.IdempotentCommands;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An {@code Idempotency-Key} runs a command once: the same request again gets the first answer, a
 * different request under the same key is refused, a key abandoned in progress expires, old keys
 * are forgotten, and nothing personal is kept with them.
 */
@IntegrationTest(properties = "gongkai.idempotency.in-progress-timeout=PT1M")
class IdempotencyIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired CommandTransactions commands;

  @Test
  void theSameKeyWithAnotherBodyIsRefusedWith422AndRegistersNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = complaints();

    HttpResponse<String> first = post(key, complaint("13811112222"));
    HttpResponse<String> other = post(key, complaint("13811113333"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(other.body()).path("detail").asText()).contains("已用于另一个请求");
    assertThat(complaints()).isEqualTo(before + 1);
  }

  @Test
  void theRecordKeepsTheStatusLocationAndIdButNoPersonalData() throws Exception {
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = post(key, complaint("13822224444"));

    assertThat(first.statusCode()).isEqualTo(201);
    Map<String, Object> row =
        jdbc.queryForMap("SELECT * FROM idempotency_record WHERE idem_key = ?", key);
    assertThat(row.get("status")).isEqualTo(201);
    assertThat(row.get("resource_id")).isEqualTo(JSON.readTree(first.body()).path("id").asText());
    assertThat(row.values().toString()).doesNotContain("13822224444").doesNotContain("测试人");
  }

  @Test
  void aKeyLeftInProgressByANodeThatDiedExpiresAndTheCommandRunsOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO idempotency_record (username, idem_key, fingerprint, request_hash, status, created_at) VALUES ('frontdesk', ?, 'POST /api/complaints', 'x', 0, ?)",
        key,
        utcNow().minusMinutes(5));
    long before = complaints();

    Map<String, Object> body = complaint("13833335555");
    HttpResponse<String> retried = post(key, body);
    HttpResponse<String> again = post(key, body);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(complaints()).isEqualTo(before + 1);
  }

  @Test
  void theCommandMarksItsKeyInItsOwnTransactionSoThatARetryAfterTheNodeDiedIsNotRunAgain()
      throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = complaint("13855557777");
    HttpResponse<String> first = post(key, body);
    assertThat(first.statusCode()).isEqualTo(201);
    String id = JSON.readTree(first.body()).path("id").asText();
    // as the command's transaction left the record when its node died before it could answer
    jdbc.update(
        "UPDATE idempotency_record SET status = 1, location = NULL, created_at = ? WHERE idem_key = ?",
        utcNow().minusMinutes(5),
        key);
    assertThat(
            jdbc.queryForObject(
                "SELECT resource_id FROM idempotency_record WHERE idem_key = ?", String.class, key))
        .as("the id the command's transaction stored with the mark")
        .isEqualTo(id);
    long before = complaints();

    HttpResponse<String> retried = post(key, body);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(retried.headers().firstValue("Location")).hasValue("/api/complaints/" + id);
    assertThat(JSON.readTree(retried.body()).path("id").asText()).isEqualTo(id);
    assertThat(complaints()).as("the command did not run again").isEqualTo(before);
  }

  @Test
  void theMarkCommitsAndRollsBackWithTheCommand() {
    String key = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO idempotency_record (username, idem_key, fingerprint, request_hash, status, created_at) VALUES ('frontdesk', ?, 'POST /api/complaints', 'x', 0, ?)",
        key,
        utcNow());
    record Made(String id) {}
    IdempotentCommands.claimed(new IdempotentCommands.Claim("frontdesk", key));
    try {
      assertThatThrownBy(
              () ->
                  commands.run(
                      "冲突",
                      () -> {
                        throw new IllegalStateException("the command failed");
                      }))
          .hasMessage("the command failed");
      assertThat(statusOf(key)).as("after a failed command").isEqualTo(0);

      commands.run("冲突", () -> new Made("case-42"));
    } finally {
      IdempotentCommands.done();
    }
    assertThat(statusOf(key)).as("after a committed command").isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT resource_id FROM idempotency_record WHERE idem_key = ?", String.class, key))
        .isEqualTo("case-42");
  }

  private int statusOf(String key) {
    return jdbc.queryForObject(
        "SELECT status FROM idempotency_record WHERE idem_key = ?", Integer.class, key);
  }

  @Test
  void aKeyStillInProgressIsAnsweredWithA409UntilItExpires() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = complaint("13844446666");
    jdbc.update(
        "INSERT INTO idempotency_record (username, idem_key, fingerprint, request_hash, status, created_at) VALUES ('frontdesk', ?, 'POST /api/complaints', ?, 0, ?)",
        key,
        requestHash("/api/complaints", body),
        utcNow());

    HttpResponse<String> meanwhile = post(key, body);

    assertThat(meanwhile.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(meanwhile.body()).path("title").asText()).isEqualTo("请求正在处理中");
  }

  private String requestHash(String path, Map<String, Object> body) throws Exception {
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    sha256.update(("POST " + path).getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    return java.util.HexFormat.of().formatHex(sha256.digest(JSON.writeValueAsBytes(body)));
  }

  /** The time as the filter stores it: UTC, without offset. */
  private java.time.LocalDateTime utcNow() {
    return java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
  }

  private long complaints() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
  }

  private Map<String, Object> complaint(String phone) {
    return Map.of(
        "agencyCode", "demo-county",
        "channel", "PHONE",
        "receivedAt", OffsetDateTime.now(clock).withNano(0).minusMinutes(5).toString(),
        "category", "HELP",
        "urgency", "NORMAL",
        "content", "幂等测试",
        "citizen", Map.of("name", "测试人", "phone", phone));
  }

  private HttpResponse<String> post(String key, Map<String, Object> body) throws Exception {
    String credentials = "frontdesk:" + RealInfrastructure.PASSWORD;
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints"))
                .timeout(Duration.ofSeconds(60))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
