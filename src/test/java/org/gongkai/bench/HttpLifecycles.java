package org.gongkai.bench;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.support.CaseRequests;
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

  /** The node's clock: a benchmark runs on the machine's time, in Beijing time. */
  private final Clock clock = Clock.system(ZoneOffset.ofHours(8));

  HttpLifecycles(int port, Map<String, String> tokens, String agency) {
    this.frontdesk = StaffClient.withToken(port, tokens.get("frontdesk"));
    this.handler = StaffClient.withToken(port, tokens.get("handler"));
    this.reviewer = StaffClient.withToken(port, tokens.get("reviewer"));
    this.agency = agency;
  }

  /**
   * The API tokens of the machine clients (front desk, handler of {@code unit}, reviewer, report
   * author; a token cannot be an administrator's): the benchmark's calls pay no BCrypt check each.
   */
  static Map<String, String> issueTokens(int port, String agency, String unit) {
    return CaseRequests.issueTokens(port, agency, unit, "基准测试");
  }

  /** Runs one lifecycle; false (and the answer kept) if a command was not answered 2xx. */
  boolean run() {
    int serial = serials.incrementAndGet();
    // an hour per step after a moment a little in the past, so that no step lies ahead of the
    // node's clock
    OffsetDateTime at = OffsetDateTime.now(clock).withNano(0).minusHours(4);
    Response registered =
        timed(
            "register",
            frontdesk,
            "/api/disclosure-requests",
            CaseRequests.disclosureRegistration(agency, at, at.toLocalDate(), serial, "基准测试"));
    if (registered == null) {
      return false;
    }
    String path = "/api/disclosure-requests/" + registered.json().path("id").asText();
    return timed(
                "decision",
                handler,
                path + "/decision",
                CaseRequests.disclosureDecision(at.plusHours(1)))
            != null
        && timed(
                "review",
                reviewer,
                path + "/review",
                CaseRequests.disclosureReview(at.plusHours(2)))
            != null
        && timed("reply", handler, path + "/reply", CaseRequests.disclosureReply(at.plusHours(3)))
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
