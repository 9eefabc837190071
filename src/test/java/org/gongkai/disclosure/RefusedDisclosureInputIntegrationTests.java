package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of refused input gets its RFC 9457 problem with a Chinese title, and leaves the
 * database and the event log as they were.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedDisclosureInputIntegrationTests {

  private static final String BASE = "/api/disclosure-requests";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private String open;
  private String finished;

  @BeforeAll
  void twoRequests() {
    open = register(valid()).path("id").asText();
    command(
        open,
        "decision",
        "handler",
        Map.of("outcome", "DISCLOSED", "at", "2025-03-10T10:00:00+08:00"));
    command(
        open,
        "review",
        "reviewer",
        Map.of("approved", false, "comment", "请补充检索", "at", "2025-03-11T10:00:00+08:00"));
    finished = register(valid()).path("id").asText();
    command(finished, "withdrawal", "frontdesk", Map.of("at", "2025-03-04T10:00:00+08:00"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        registration("no applicant", 400, body -> without(body, "applicant")),
        registration(
            "ID number with a wrong check digit",
            400,
            body -> withApplicant(body, "idNumber", "110101199003071234")),
        registration("unknown channel", 400, body -> with(body, "channel", "PIGEON")),
        registration(
            "submitted in the future",
            400,
            body ->
                with(
                    with(body, "submittedAt", "2099-01-01T09:00:00+08:00"),
                    "receivedAt",
                    "2099-01-01")),
        registration(
            "organisation without its name",
            400,
            body -> withApplicant(body, "type", "COMMERCIAL_ENTERPRISE")),
        registration("no description", 400, body -> without(body, "description")),
        registration(
            "description over 4000 characters",
            400,
            body -> with(body, "description", "申".repeat(4001))),
        registration("malformed phone number", 400, body -> withApplicant(body, "phone", "12345")),
        registration("unknown agency", 400, body -> with(body, "agencyCode", "no-such-agency")),
        registration(
            "handed in but received another day",
            400,
            body -> with(body, "receivedAt", "2025-03-04")),
        registration(
            "received before it was submitted",
            400,
            body -> with(with(body, "channel", "POST"), "receivedAt", "2025-03-02")),
        registration("unknown applicant type", 400, body -> withApplicant(body, "type", "ALIEN")),
        arguments("malformed JSON", 400, "POST", BASE, "frontdesk", "{\"agencyCode\": "),
        arguments("registered by a handler (wrong role)", 403, "POST", BASE, "handler", valid()),
        arguments("no credentials", 401, "POST", BASE, null, valid()),
        onOpen("unknown outcome", 400, "decision", "handler", Map.of("outcome", "MAYBE")),
        onOpen(
            "decision dated in the future",
            400,
            "decision",
            "handler",
            Map.of("outcome", "DISCLOSED", "at", "2099-01-01T10:00:00+08:00")),
        onOpen(
            "decision dated before the last change",
            400,
            "decision",
            "handler",
            Map.of("outcome", "DISCLOSED", "at", "2025-03-10T09:00:00+08:00")),
        onOpen(
            "extension of 21 working days",
            400,
            "extension",
            "reviewer",
            Map.of("reason", "复杂", "workingDays", 21)),
        onOpen(
            "extension without a reason", 400, "extension", "reviewer", Map.of("workingDays", 5)),
        onOpen(
            "review while the request is in handling (wrong state)",
            409,
            "review",
            "reviewer",
            Map.of("approved", true)),
        onOpen(
            "reply before an approved decision (wrong state)",
            409,
            "reply",
            "handler",
            Map.of("method", "EMAIL")),
        onOpen(
            "decision by the front desk (wrong role)",
            403,
            "decision",
            "frontdesk",
            Map.of("outcome", "DISCLOSED")),
        onOpen(
            "correction notice after seven working days",
            409,
            "correction-request",
            "handler",
            Map.of(
                "items",
                "请说明",
                "correctionDeadline",
                "2025-04-30",
                "at",
                "2025-03-14T10:00:00+08:00")),
        onOpen(
            "correction deadline given as a number (read as days since 1970 it ends in year 5881580)",
            400,
            "correction-request",
            "handler",
            Map.of("items", "请说明", "correctionDeadline", 2147483647)),
        onOpen(
            "correction deadline in year 10000",
            400,
            "correction-request",
            "handler",
            Map.of("items", "请说明", "correctionDeadline", "+10000-01-01")),
        onOpen(
            "decision dated in 1899",
            400,
            "decision",
            "handler",
            Map.of("outcome", "DISCLOSED", "at", "1899-12-31T10:00:00+08:00")),
        registration(
            "received in year 20251", 400, body -> with(body, "receivedAt", "+20251-03-03")),
        onOpen(
            "fee notice for 2147483647 items (the fee would overflow)",
            400,
            "fee-notice",
            "handler",
            Map.of("basis", "PER_ITEM", "quantity", 2147483647)),
        onOpen(
            "fee notice whose amount contradicts the schedule",
            400,
            "fee-notice",
            "handler",
            Map.of("basis", "PER_PAGE", "quantity", 100, "amountYuan", 999)),
        onOpen(
            "abandonment while no period runs (wrong state)",
            409,
            "abandonment",
            "handler",
            Map.of("reason", "NO_CORRECTION")),
        onFinished(
            "decision on a finished request (wrong state)",
            409,
            "decision",
            "handler",
            Map.of("outcome", "DISCLOSED")),
        onFinished(
            "administrative review of a withdrawn request",
            409,
            "administrative-review",
            "handler",
            Map.of()),
        arguments(
            "unknown request",
            404,
            "POST",
            BASE + "/00000000-0000-0000-0000-000000000000/decision",
            "handler",
            Map.of("outcome", "DISCLOSED")),
        arguments("request id that is not a UUID", 400, "GET", BASE + "/12345", "handler", null),
        arguments("page size over the limit", 400, "GET", BASE + "?size=1000", "leader", null));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("refusals")
  void refusesWithAProblemAndChangesNothing(
      String situation, int status, String method, String path, String user, Object body) {
    String resolved = path.replace("{open}", open).replace("{finished}", finished);
    State before = state();

    Response response =
        (user == null ? StaffClient.anonymous(port) : StaffClient.as(port, user))
            .send(method, resolved, body);

    assertThat(response.status()).as(situation + ": " + response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asText()).startsWith("urn:gongkai:problem:");
    assertThat(problem.path("title").asText()).containsPattern("\\p{IsHan}");
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    if (status == 400) {
      assertThat(problem.path("errors").size()).as("fields listed").isPositive();
    }
    assertThat(state()).as("database after: " + situation).isEqualTo(before);
  }

  private State state() {
    return new State(
        count("SELECT COUNT(*) FROM disclosure_request"),
        count("SELECT COALESCE(SUM(case_version), 0) FROM disclosure_request"),
        count("SELECT COUNT(*) FROM case_timeline WHERE case_kind = 'DISCLOSURE'"),
        count("SELECT COUNT(*) FROM disclosure_request WHERE status = 'FINISHED'"));
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  record State(long requests, long versions, long timelineEntries, long finishedRequests) {}

  private JsonNode register(Map<String, Object> body) {
    Response response = StaffClient.as(port, "frontdesk").post(BASE, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private void command(String id, String command, String user, Map<String, Object> body) {
    Response response = StaffClient.as(port, user).post(BASE + "/" + id + "/" + command, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  static Map<String, Object> valid() {
    Map<String, Object> applicant =
        new HashMap<>(Map.of("type", "NATURAL_PERSON", "name", "李四", "phone", "13800001234"));
    return new HashMap<>(
        Map.of(
            "agencyCode", "demo-county",
            "channel", "IN_PERSON",
            "submittedAt", "2025-03-03T09:30:00+08:00",
            "receivedAt", "2025-03-03",
            "applicant", applicant,
            "description", "申请公开本县2024年政府采购合同"));
  }

  private static Arguments registration(
      String situation, int status, Function<Map<String, Object>, Map<String, Object>> change) {
    return arguments(situation, status, "POST", BASE, "frontdesk", change.apply(valid()));
  }

  private static Arguments onOpen(
      String situation, int status, String command, String user, Map<String, Object> body) {
    return arguments(situation, status, "POST", BASE + "/{open}/" + command, user, body);
  }

  private static Arguments onFinished(
      String situation, int status, String command, String user, Map<String, Object> body) {
    return arguments(situation, status, "POST", BASE + "/{finished}/" + command, user, body);
  }

  private static Arguments arguments(
      String situation, int status, String method, String path, String user, Object body) {
    return Arguments.of(situation, status, method, path, user, body);
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> body, String field) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.remove(field);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withApplicant(
      Map<String, Object> body, String field, Object value) {
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put(field, value);
    return with(body, "applicant", applicant);
  }
}
