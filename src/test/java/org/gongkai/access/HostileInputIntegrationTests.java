package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import org.gongkai.access.AccessMatrixIntegrationTests.Access;
import org.gongkai.organization.Role;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile input over every command of the API, sent by staff allowed to send it: wrong
 * types, missing and unknown fields, huge strings, control characters, script and SQL text, unknown
 * enum values, times far out of order, commands in the wrong state, bodies that are not objects,
 * replays with the same {@code Idempotency-Key} and the same key with another body. None may answer
 * 5xx; every refusal is a problem document and leaves the case as it was (version, timeline,
 * outbox), or creates no case. Stored text is shown escaped on the pages.
 */
@IntegrationTest
class HostileInputIntegrationTests {

  private static final long SEED = 20261202L;
  private static final int PER_COMMAND = 32;

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void noGeneratedRequestAnswers5xxAndEveryRefusalChangesNothing() {
    String request = DisclosureRequestsForTests.register(port, clock);
    String complaint = PhoneComplaints.register(port, clock, "噪音扰民", "钱敌意", "13811112222");
    Iterator<Object> values = hostileValues().sampleStream().iterator();
    Random random = new Random(SEED);
    // page sessions, not Basic: a password check per request would make this test a BCrypt
    // benchmark; the API takes a page session with its CSRF token as well
    Map<Role, StaffClient> sessions = new java.util.EnumMap<>(Role.class);
    Map<StaffClient, String> csrfTokens = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    int refused = 0;
    for (Map.Entry<String, Access> line : AccessMatrixIntegrationTests.MATRIX.entrySet()) {
      String method = line.getKey().substring(0, line.getKey().indexOf(' '));
      String pattern = line.getKey().substring(line.getKey().indexOf(' ') + 1);
      Access access = line.getValue();
      if (method.equals("GET")
          || method.equals("ANY")
          || AccessMatrixIntegrationTests.isPage(pattern)
          || access.open()
          || !access.callWhenAllowed()) {
        continue;
      }
      Role role = access.roles().iterator().next();
      StaffClient client =
          sessions.computeIfAbsent(
              role, r -> logIn(AccessMatrixIntegrationTests.OWN.get(r), csrfTokens));
      String path = AccessMatrixIntegrationTests.path(pattern, method, request, complaint, false);
      Map<String, Object> valid = AccessMatrixIntegrationTests.bodyFor(path);
      for (int i = 0; i < PER_COMMAND; i++) {
        Object body = hostileBody(valid, values, random);
        Map<String, String> headers = new HashMap<>();
        headers.put("X-CSRF-TOKEN", csrfTokens.get(client));
        if (random.nextInt(4) == 0) {
          headers.put("Idempotency-Key", "hostile-" + random.nextInt(8));
        }
        // what earlier accepted commands set off after answering (a transfer opens the other
        // kind of case) has happened before the snapshot
        settle();
        Snapshot before = snapshot(request, complaint);
        Response response = client.send(method, path, body, headers);
        sent++;
        String what = line.getKey() + " " + abbreviate(String.valueOf(body));
        if (response.status() >= 500) {
          wrong.add(what + " → " + response.status() + " " + abbreviate(response.body()));
          continue;
        }
        if (response.status() >= 400) {
          refused++;
          if (!isProblem(response)) {
            wrong.add(what + " → " + response.status() + " without a problem document");
          }
          Snapshot after = snapshot(request, complaint);
          if (!after.equals(before)) {
            wrong.add(what + " → " + response.status() + " yet changed " + before + " → " + after);
          }
        }
      }
    }
    LoggerFactory.getLogger(HostileInputIntegrationTests.class)
        .info("Hostile input: {} requests, {} refused, {} wrong", sent, refused, wrong.size());
    assertThat(wrong).as("%d generated requests; these went wrong", sent).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(1000);
    assertThat(refused).isGreaterThan(sent / 2);
  }

  @Test
  void storedScriptAndMarkupAreShownAsTextOnThePages() {
    String script = "<script>alert('公开')</script><img src=x onerror=alert(1)>";
    String complaint = PhoneComplaints.register(port, clock, script, "<b>粗体</b>", "13811113333");
    StaffClient handler = StaffClient.anonymous(port);
    handler.logIn("handler", org.gongkai.support.RealInfrastructure.PASSWORD);
    StaffClient frontDesk = StaffClient.anonymous(port);
    frontDesk.logIn("frontdesk", org.gongkai.support.RealInfrastructure.PASSWORD);

    for (var page :
        List.of(
            handler.get("/complaints/" + complaint),
            frontDesk.get("/complaints/" + complaint + "/receipt"),
            frontDesk.get("/complaints"))) {
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).doesNotContain("<script>alert", "<img src=x", "<b>粗");
      assertThat(Jsoup.parse(page.body()).select("script:containsData(alert)")).isEmpty();
    }
    assertThat(handler.get("/complaints/" + complaint).body())
        .contains("&lt;script&gt;alert(&#39;公开&#39;)&lt;/script&gt;");
  }

  /** Anything a careless or hostile client may put where a value belongs. */
  private static Arbitrary<Object> hostileValues() {
    Arbitrary<Object> texts =
        Arbitraries.oneOf(
                Arbitraries.of(
                    "<script>alert(1)</script>",
                    "'; DROP TABLE complaint; --",
                    "\" OR 1=1 --",
                    "\u0000\u0001\u0007\u001b[31m",
                    "\uD83D\uDE00\uD842\uDFB7",
                    "NOT_AN_ENUM",
                    "",
                    "   ",
                    "9999-99-99",
                    "2026-02-30",
                    "1900-01-01T00:00:00+08:00",
                    "2999-12-31T23:59:59+08:00",
                    "-1",
                    "null"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings()
                    .withCharRange('一', '龥')
                    .ofMinLength(1001)
                    .ofMaxLength(6000)
                    .withLengthDistribution(RandomDistribution.uniform()))
            .map(Object.class::cast);
    Arbitrary<Object> numbers =
        Arbitraries.oneOf(
            Arbitraries.integers().map(Object.class::cast),
            Arbitraries.longs().map(Object.class::cast),
            Arbitraries.of(0, -1, 21, Integer.MAX_VALUE, Long.MIN_VALUE, 1.5e300)
                .map(Object.class::cast));
    Arbitrary<Object> shapes =
        Arbitraries.of(List.of(), List.of(1, "二"), Map.of(), Map.of("x", Map.of("y", 1)), true)
            .map(Object.class::cast);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, texts),
            net.jqwik.api.Tuple.of(3, numbers),
            net.jqwik.api.Tuple.of(2, shapes))
        .withoutEdgeCases();
  }

  /**
   * The command's valid body with a field replaced, removed or added, a body that is not an object,
   * or broken JSON.
   */
  private static Object hostileBody(
      Map<String, Object> valid, Iterator<Object> values, Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return List.of("[1,2]", "\"text\"", "{", "{\"at\":", "42", "null", "{}}{")
          .get(random.nextInt(7));
    }
    Map<String, Object> body = new HashMap<>(valid);
    List<String> fields = new ArrayList<>(valid.keySet());
    fields.addAll(List.of("at", "unknownField", "agencyCode"));
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      String field = fields.get(random.nextInt(fields.size()));
      if (kind == 1 && body.containsKey(field)) {
        body.remove(field);
      } else {
        body.put(field, values.next());
      }
    }
    return body;
  }

  /**
   * What a refused command must leave as it was; events are written with their timeline line, in
   * the command's transaction.
   */
  record Snapshot(
      Long requestVersion,
      Long complaintVersion,
      Long timelineRows,
      Long requests,
      Long complaints) {}

  private StaffClient logIn(String username, Map<StaffClient, String> csrfTokens) {
    StaffClient session = StaffClient.anonymous(port);
    session.logIn(username, org.gongkai.support.RealInfrastructure.PASSWORD);
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
            .matcher(session.get("/").body());
    assertThat(token.find()).as("a CSRF token on the home page of " + username).isTrue();
    csrfTokens.put(session, token.group(1));
    return session;
  }

  private void settle() {
    org.awaitility.Awaitility.await()
        .pollDelay(java.time.Duration.ZERO)
        .pollInterval(java.time.Duration.ofMillis(20))
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                        Integer.class)
                    == 0);
  }

  private Snapshot snapshot(String request, String complaint) {
    return new Snapshot(
        jdbc.queryForObject(
            "SELECT case_version FROM disclosure_request WHERE id = ?", Long.class, request),
        jdbc.queryForObject(
            "SELECT case_version FROM complaint WHERE id = ?", Long.class, complaint),
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM case_timeline WHERE case_id IN (?, ?)",
            Long.class,
            request,
            complaint),
        jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class));
  }

  private static boolean isProblem(Response response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return false;
    }
    JsonNode problem = response.json();
    return problem.path("status").asInt() == response.status()
        && !problem.path("title").asText().isBlank();
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}
