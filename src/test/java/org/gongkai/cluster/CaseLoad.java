package org.gongkai.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.support.AppNode;
import org.gongkai.support.CaseRequests;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.jspecify.annotations.Nullable;

/**
 * A steady load of full case lifecycles from several client threads, spread over the nodes of a
 * cluster, as the clients of a busy agency would send them: disclosure requests (register →
 * decision → review → reply) and complaints (register → dispatch → acceptance → reply → follow-up),
 * half of them current, half back-dated as a clerk entering a paper backlog would (their time
 * limits long passed, so that their timers fire while their commands run).
 *
 * <p>Every command carries an {@code Idempotency-Key}. A command whose answer was lost (its node
 * was killed, the database was cut) is sent again with the same key to a node that answers, as a
 * careful client would, until it gets an answer that is not a transient failure. The load records
 * every answer: the commands answered 2xx are what the cluster promised to keep.
 */
final class CaseLoad implements AutoCloseable {

  /** The two kinds of lifecycle the load drives. */
  enum Kind {
    DISCLOSURE("/api/disclosure-requests/"),
    COMPLAINT("/api/complaints/");

    final String path;

    Kind(String path) {
      this.path = path;
    }
  }

  /** A command answered 2xx: the event it promised and when it was answered. */
  record Promise(Kind kind, String caseId, String command, String eventType, Instant answeredAt) {}

  /** An answer that no client should ever get: a 500, or a refusal of a valid lifecycle step. */
  record WrongAnswer(String command, String node, int status, String body, Instant at) {}

  /** A case the load started, and how far its lifecycle came. */
  static final class Lifecycle {
    final Kind kind;
    final boolean backDated;
    final LocalDate receivedOn;
    final int serial;
    volatile @Nullable String caseId;
    volatile boolean abandoned;
    final AtomicInteger stepsDone = new AtomicInteger();

    Lifecycle(Kind kind, boolean backDated, LocalDate receivedOn, int serial) {
      this.kind = kind;
      this.backDated = backDated;
      this.receivedOn = receivedOn;
      this.serial = serial;
    }

    int steps() {
      return kind == Kind.DISCLOSURE ? 4 : 5;
    }

    boolean finished() {
      return stepsDone.get() == steps();
    }
  }

  private final List<AppNode> nodes;
  private final Clock clock;
  private final String agency;
  private final int threads;
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicInteger serials = new AtomicInteger();
  private final Queue<Promise> promises = new Queue<>();
  private final Queue<WrongAnswer> wrong = new Queue<>();
  private final Queue<Lifecycle> lifecycles = new Queue<>();
  private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  private final Queue<Instant> unavailable = new Queue<>();
  private final AtomicLong lostAnswers = new AtomicLong();
  private final AtomicLong commandsSent = new AtomicLong();

  private final Map<String, String> tokens;
  private final Map<String, StaffClient> clients = new ConcurrentHashMap<>();

  /**
   * A load of the agency's cases from {@code threads} clients; each user's calls carry the user's
   * API token if {@code tokens} has one, else the user's password (HTTP Basic).
   */
  CaseLoad(
      List<AppNode> nodes, Clock clock, String agency, int threads, Map<String, String> tokens) {
    this.nodes = List.copyOf(nodes);
    this.clock = clock;
    this.agency = agency;
    this.threads = threads;
    this.tokens = Map.copyOf(tokens);
  }

  /** One client per node and user, shared by the threads (it keeps its connections open). */
  private StaffClient client(AppNode node, String user) {
    return clients.computeIfAbsent(
        node.name() + "/" + user,
        key ->
            tokens.containsKey(user)
                ? StaffClient.withToken(node.port(), tokens.get(user))
                : StaffClient.as(node.port(), user));
  }

  void start() {
    running.set(true);
    for (int t = 0; t < threads; t++) {
      Random random = new Random(1_000L + t);
      Thread worker = new Thread(() -> drive(random), "case-load-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Stops the load: each client ends the command it is sending, and no new one is sent. */
  void stop() {
    running.set(false);
    for (Thread worker : workers) {
      try {
        worker.join(Duration.ofMinutes(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  List<Promise> promises() {
    return promises.snapshot();
  }

  List<WrongAnswer> wrongAnswers() {
    return wrong.snapshot();
  }

  List<Lifecycle> lifecycles() {
    return lifecycles.snapshot();
  }

  /** When the load was answered 503 (service unavailable) or another 5xx than 500. */
  List<Instant> unavailableAnswers() {
    return unavailable.snapshot();
  }

  /** How many commands the load sent, retries included. */
  long commandsSent() {
    return commandsSent.get();
  }

  /** How many times a command's answer was lost (connection refused or dropped, timeout). */
  long lostAnswers() {
    return lostAnswers.get();
  }

  Map<Integer, Long> statuses() {
    Map<Integer, Long> copy = new java.util.TreeMap<>();
    statuses.forEach((status, count) -> copy.put(status, count.get()));
    return copy;
  }

  /**
   * Takes a lifecycle the load left unfinished to its end, with the same commands; fails if a step
   * is refused.
   */
  void finish(Lifecycle lifecycle) {
    Random random = new Random(lifecycle.serial);
    while (!lifecycle.finished()) {
      if (!nextStep(lifecycle, random)) {
        List<WrongAnswer> answers = wrong.snapshot();
        throw new AssertionError(
            "A step of "
                + lifecycle.kind
                + " "
                + lifecycle.caseId
                + " was refused: "
                + answers.get(answers.size() - 1));
      }
    }
  }

  private void drive(Random random) {
    while (running.get()) {
      int serial = serials.incrementAndGet();
      Kind kind = serial % 2 == 0 ? Kind.DISCLOSURE : Kind.COMPLAINT;
      boolean backDated = (serial / 2) % 2 == 0;
      LocalDate receivedOn =
          backDated
              ? LocalDate.now(clock).minusDays(30 + random.nextInt(150))
              : currentMoment().toLocalDate();
      Lifecycle lifecycle = new Lifecycle(kind, backDated, receivedOn, serial);
      lifecycles.add(lifecycle);
      try {
        while (running.get() && !lifecycle.finished() && !lifecycle.abandoned) {
          lifecycle.abandoned = !nextStep(lifecycle, random);
        }
      } catch (RuntimeException unanswered) {
        lifecycle.abandoned = true;
        wrong.add(
            new WrongAnswer(
                "lifecycle " + serial, "-", 0, String.valueOf(unanswered), clock.instant()));
      }
    }
  }

  /** Takes the lifecycle's next step; false if it was refused (recorded as a wrong answer). */
  private boolean nextStep(Lifecycle lifecycle, Random random) {
    int step = lifecycle.stepsDone.get();
    Command command =
        lifecycle.kind == Kind.DISCLOSURE
            ? disclosureStep(lifecycle, step)
            : complaintStep(lifecycle, step);
    Response answer = send(command, random);
    if (answer == null) {
      return false;
    }
    if (answer.status() / 100 == 2) {
      if (step == 0) {
        lifecycle.caseId = answer.json().path("id").asText();
      }
      promises.add(
          new Promise(
              lifecycle.kind, lifecycle.caseId, command.name, command.eventType, clock.instant()));
      lifecycle.stepsDone.incrementAndGet();
    }
    return true;
  }

  /**
   * Sends the command until it is answered with something else than a transient failure: a lost
   * answer, a 503, or the idempotency store's 409 for a request still in progress. Returns the 2xx
   * answer, or null if it was answered 500 or refused (recorded as wrong).
   */
  private @Nullable Response send(Command command, Random random) {
    String key = UUID.randomUUID().toString();
    Response[] answer = new Response[1];
    boolean[] refused = new boolean[1];
    await(command.name)
        .atMost(Duration.ofMinutes(6))
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              AppNode node = nodes.get(random.nextInt(nodes.size()));
              commandsSent.incrementAndGet();
              Response response;
              try {
                response =
                    client(node, command.user)
                        .send("POST", command.path, command.body, Map.of("Idempotency-Key", key));
              } catch (IllegalStateException lost) {
                lostAnswers.incrementAndGet();
                return false;
              }
              statuses.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
              if (response.status() / 100 == 2) {
                answer[0] = response;
                return true;
              }
              if (response.status() == 409 && response.body().contains("请求正在处理中")) {
                return false;
              }
              if (response.status() / 100 == 5 && response.status() != 500) {
                unavailable.add(clock.instant());
                return false;
              }
              wrong.add(
                  new WrongAnswer(
                      command.name,
                      node.name(),
                      response.status(),
                      response.body(),
                      clock.instant()));
              refused[0] = true;
              return true;
            });
    return refused[0] ? null : answer[0];
  }

  private record Command(
      String name, String user, String path, Map<String, Object> body, String eventType) {}

  private Command disclosureStep(Lifecycle lifecycle, int step) {
    OffsetDateTime at = moment(lifecycle);
    String path = Kind.DISCLOSURE.path + lifecycle.caseId;
    return switch (step) {
      case 0 ->
          new Command(
              "disclosure register",
              "frontdesk",
              "/api/disclosure-requests",
              CaseRequests.disclosureRegistration(
                  agency, at, lifecycle.receivedOn, lifecycle.serial, "故障测试"),
              "DisclosureRequestReceived");
      case 1 ->
          new Command(
              "disclosure decision",
              "handler",
              path + "/decision",
              CaseRequests.disclosureDecision(at.plusHours(1)),
              "DecisionProposed");
      case 2 ->
          new Command(
              "disclosure review",
              "reviewer",
              path + "/review",
              CaseRequests.disclosureReview(at.plusHours(2)),
              "DecisionApproved");
      case 3 ->
          new Command(
              "disclosure reply",
              "handler",
              path + "/reply",
              CaseRequests.disclosureReply(at.plusHours(3)),
              "DisclosureRequestReplied");
      default -> throw new IllegalArgumentException("step " + step);
    };
  }

  private Command complaintStep(Lifecycle lifecycle, int step) {
    OffsetDateTime at = moment(lifecycle);
    String path = Kind.COMPLAINT.path + lifecycle.caseId;
    return switch (step) {
      case 0 ->
          new Command(
              "complaint register",
              "frontdesk",
              "/api/complaints",
              Map.of(
                  "agencyCode",
                  agency,
                  "channel",
                  lifecycle.serial % 3 == 0 ? "ONLINE" : "PHONE",
                  "receivedAt",
                  at.toString(),
                  "category",
                  "COMPLAINT",
                  "urgency",
                  "NORMAL",
                  "content",
                  "故障测试：噪音扰民" + lifecycle.serial,
                  "citizen",
                  Map.of("name", "压力测试", "phone", "13900000000")),
              "ComplaintReceived");
      case 1 ->
          new Command(
              "complaint dispatch",
              "frontdesk",
              path + "/dispatch",
              Map.of("unitCode", "demo-housing", "at", at.plusMinutes(10).toString()),
              "ComplaintDispatched");
      case 2 ->
          new Command(
              "complaint acceptance",
              "handler",
              path + "/acceptance",
              Map.of("at", at.plusMinutes(20).toString()),
              "ComplaintAccepted");
      case 3 ->
          new Command(
              "complaint reply",
              "handler",
              path + "/reply",
              Map.of("content", "已处理", "resolved", true, "at", at.plusMinutes(30).toString()),
              "ComplaintReplied");
      case 4 ->
          new Command(
              "complaint follow-up",
              "frontdesk",
              path + "/follow-up",
              Map.of(
                  "reached",
                  true,
                  "rating",
                  // 不满意 would reopen the ticket: a lifecycle of its own, not driven here
                  (lifecycle.serial / 4) % 3 == 1 ? "BASICALLY_SATISFIED" : "SATISFIED",
                  "note",
                  "",
                  "at",
                  at.plusMinutes(40).toString()),
              "ComplaintFollowedUp");
      default -> throw new IllegalArgumentException("step " + step);
    };
  }

  /**
   * When the lifecycle's commands happen: back-dated ones at 09:00 on their receipt day (each step
   * an hour or some minutes later), current ones an hour before now, so that no step lies ahead of
   * the nodes' clocks.
   */
  private OffsetDateTime moment(Lifecycle lifecycle) {
    if (lifecycle.backDated) {
      return lifecycle.receivedOn.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8));
    }
    return currentMoment();
  }

  private OffsetDateTime currentMoment() {
    return OffsetDateTime.now(clock.withZone(java.time.ZoneOffset.ofHours(8)))
        .withNano(0)
        .minusHours(4);
  }

  /** A list that threads add to and a reader copies. */
  private static final class Queue<T> {
    private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();

    void add(T item) {
      items.add(item);
    }

    List<T> snapshot() {
      return Collections.unmodifiableList(new ArrayList<>(items));
    }
  }
}
