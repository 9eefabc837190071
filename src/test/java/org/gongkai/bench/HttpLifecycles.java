package org.gongkai.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jspecify.annotations.Nullable;

/**
 * Disclosure request lifecycles over HTTP, as machine clients with API tokens send them: register →
 * decision → review → reply, the last three each completing one user task of the process. The
 * request bodies are those of the cluster tests' {@code CaseLoad}.
 */
final class HttpLifecycles {

  /** User tasks completed by one lifecycle (decision, review, reply). */
  static final int TASKS_PER_LIFECYCLE = 3;

  private final StaffClient frontdesk;
  private final StaffClient handler;
  private final StaffClient reviewer;
  private final String agency;
  private final AtomicInteger serials = new AtomicInteger();
  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> failures =
      new java.util.concurrent.ConcurrentHashMap<>();

  HttpLifecycles(int port, Map<String, String> tokens, String agency) {
    this.frontdesk = StaffClient.withToken(port, tokens.get("frontdesk"));
    this.handler = StaffClient.withToken(port, tokens.get("handler"));
    this.reviewer = StaffClient.withToken(port, tokens.get("reviewer"));
    this.agency = agency;
  }

  /**
   * The API tokens of the machine clients (front desk, handler of {@code unit}, reviewer, report
   * author; a token cannot be an administrator's), issued by {@code admin} with HTTP Basic: the
   * benchmark's calls then pay no BCrypt check each.
   */
  static Map<String, String> issueTokens(int port, String agency, String unit) {
    StaffClient admin = StaffClient.as(port, "admin");
    Map<String, String> tokens = new java.util.HashMap<>();
    for (String[] client :
        new String[][] {
          {"frontdesk", "FRONT_DESK"},
          {"handler", "HANDLER"},
          {"reviewer", "REVIEWER"},
          {"author", "REPORT_AUTHOR"}
        }) {
      Response issued =
          admin.post(
              "/api/admin/api-tokens",
              Map.of(
                  "name",
                  "基准测试 " + client[0],
                  "agencyCode",
                  agency,
                  "roles",
                  List.of(client[1]),
                  "unitCodes",
                  client[1].equals("HANDLER") ? List.of(unit) : List.of()));
      if (issued.status() != 201) {
        throw new IllegalStateException(
            "Could not issue an API token: HTTP " + issued.status() + " " + issued.body());
      }
      tokens.put(client[0], issued.json().path("token").asText());
    }
    return tokens;
  }

  /** Runs one lifecycle; false (and the answer kept) if a command was not answered 2xx. */
  boolean run() {
    int serial = serials.incrementAndGet();
    // an hour per step after a moment a little in the past, so that no step lies ahead of the
    // node's clock
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusHours(4);
    Response registered =
        timed(
            "register",
            frontdesk,
            "/api/disclosure-requests",
            Map.of(
                "agencyCode",
                agency,
                "channel",
                "IN_PERSON",
                "submittedAt",
                at.toString(),
                "receivedAt",
                at.toLocalDate().toString(),
                "applicant",
                Map.of("type", "NATURAL_PERSON", "name", "基准测试", "phone", "13800000000"),
                "description",
                "申请公开第" + serial + "项信息",
                "purpose",
                "基准测试",
                "deliveryMethod",
                "EMAIL"));
    if (registered == null) {
      return false;
    }
    String path = "/api/disclosure-requests/" + registered.json().path("id").asText();
    return timed(
                "decision",
                handler,
                path + "/decision",
                Map.of("outcome", "DISCLOSED", "note", "依法公开", "at", at.plusHours(1).toString()))
            != null
        && timed(
                "review",
                reviewer,
                path + "/review",
                Map.of("approved", true, "comment", "同意", "at", at.plusHours(2).toString()))
            != null
        && timed(
                "reply",
                handler,
                path + "/reply",
                Map.of("method", "EMAIL", "at", at.plusHours(3).toString()))
            != null;
  }

  /** The latency of every command answered so far, in nanoseconds; and forgets them. */
  List<Long> drainLatencies() {
    List<Long> drained = new ArrayList<>();
    for (Long latency; (latency = latencies.poll()) != null; ) {
      drained.add(latency);
    }
    Collections.sort(drained);
    return drained;
  }

  /** The wrong answers, each with how often it came, for the results page. */
  List<String> failures() {
    return failures.entrySet().stream()
        .map(failure -> failure.getValue().get() + "× " + failure.getKey())
        .sorted()
        .toList();
  }

  private @Nullable Response timed(String command, StaffClient client, String path, Object body) {
    long began = System.nanoTime();
    Response answer = client.post(path, body);
    latencies.add(System.nanoTime() - began);
    if (answer.status() / 100 != 2) {
      String answered = answer.body();
      failures
          .computeIfAbsent(
              command
                  + ": HTTP "
                  + answer.status()
                  + " "
                  + answered.substring(0, Math.min(160, answered.length())),
              key -> new AtomicInteger())
          .incrementAndGet();
      return null;
    }
    return answer;
  }

  /** The {@code q} quantile of sorted values. */
  static double quantile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
