package org.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.cluster.CaseLoad.Lifecycle;
import org.gongkai.cluster.CaseLoad.Promise;
import org.gongkai.cluster.TopicEvents.Event;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.AppNode;
import org.gongkai.support.CaseRequests;
import org.gongkai.support.KafkaServerProcess;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.ReportGroundTruth;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.gongkai.support.TcpProxy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The fault suite ({@code ./mvnw verify -Pfaults}): two application nodes from the packaged jar on
 * one MariaDB database (reached through a TCP proxy the test can cut) and a Kafka broker in its own
 * JVM, under a steady load of disclosure and complaint lifecycles from eight client threads. While
 * the load runs, the suite kills a node twenty times (SIGKILL: while the other serves, between a
 * command's commit and its event's send, during a projector batch, during start-up), stops the
 * broker for 60 seconds, cuts the database for 30 seconds and delivers a malformed and a poison
 * event to each case topic. Then, with the load stopped, nothing the cluster answered 2xx is lost,
 * the outbox drains, the statistics equal a count from the operational tables, no case is stuck and
 * every timer fired exactly once. It writes its figures to {@code target/fault-suite/figures.md}.
 */
class ClusterFaultSuite {

  private static final Path FOLDER =
      Path.of("target", "fault-suite", UUID.randomUUID().toString().substring(0, 8));
  private static final String AGENCY = "demo-county";
  private static final int KILLS = Integer.getInteger("gongkai.faults.kills", 20);
  private static final int CLIENTS = Integer.getInteger("gongkai.faults.clients", 8);
  private static final Duration BROKER_DOWN = Duration.ofSeconds(60);
  private static final Duration DATABASE_CUT = Duration.ofSeconds(30);
  private static final List<String> CASE_TOPICS =
      List.of(
          GongkaiTopics.DISCLOSURE_REQUESTS, GongkaiTopics.COMPLAINTS, GongkaiTopics.SUPERVISION);

  private final Random random = new Random(Long.getLong("gongkai.faults.seed", 20261202L));
  private final List<String> figures = new ArrayList<>();
  private final List<Recovery> recoveries = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ScheduledExecutorService watches = Executors.newSingleThreadScheduledExecutor();
  private JdbcTemplate jdbc;
  private KafkaServerProcess kafka;
  private List<AppNode> nodes;

  @Test
  void nothingAnsweredIsLostWhenNodesTheBrokerAndTheDatabaseFailUnderLoad() throws Exception {
    String database = RealInfrastructure.newDatabase("gongkai_faults_");
    jdbc = new JdbcTemplate(new DriverManagerDataSource(database, "root", ""));
    try (TcpProxy proxy = TcpProxy.to("127.0.0.1", 3306)) {
      kafka = KafkaServerProcess.start(FOLDER.resolve("kafka"));
      Map<String, String> settings = settings(database.replace(":3306/", ":" + proxy.port() + "/"));
      // two cores host both nodes, the broker, the database and the load: the nodes compile with
      // C1 only, which makes each of the twenty start-ups cheaper
      List<String> jvm = List.of("-XX:TieredStopAtLevel=1");
      nodes =
          List.of(
              AppNode.start("node-a", FOLDER, named(settings, "node-a"), jvm),
              AppNode.start("node-b", FOLDER, named(settings, "node-b"), jvm));
      nodes.forEach(AppNode::awaitReady);
      Instant began = Instant.now(ClusterClock.NODES);

      watches.scheduleWithFixedDelay(
          () -> recoveries.stream().filter(r -> !r.recovered()).forEach(Recovery::check),
          200,
          200,
          TimeUnit.MILLISECONDS);
      CaseLoad load =
          new CaseLoad(nodes, ClusterClock.NODES, AGENCY, CLIENTS, machineClientTokens());
      try {
        load.start();
        await("the load runs")
            .atMost(Duration.ofMinutes(2))
            .until(() -> load.promises().size() >= 20);

        killNodes(load);
        stopTheBroker();
        Instant cutAt = Instant.now(ClusterClock.NODES);
        cutTheDatabase(proxy);
        Instant restoredAt = Instant.now(ClusterClock.NODES);
        deliverMalformedAndPoisonEvents();
        await("the load runs on after the faults")
            .atMost(Duration.ofMinutes(2))
            .until(
                () -> load.promises().stream().anyMatch(p -> p.answeredAt().isAfter(restoredAt)));
        load.stop();
        awaitRecoveries();

        figures.add(
            ("Load: %d clients, %d lifecycles begun, %d commands answered 2xx, %d sent (retries"
                    + " included), %d attempts that reached no node or lost their answer, statuses %s, in %d s")
                .formatted(
                    CLIENTS,
                    load.lifecycles().size(),
                    load.promises().size(),
                    load.commandsSent(),
                    load.lostAnswers(),
                    load.statuses(),
                    Duration.between(began, Instant.now(ClusterClock.NODES)).toSeconds()));
        assertThat(load.wrongAnswers()).as("answers no client should get").isEmpty();
        assertThat(load.unavailableAnswers())
            .as("503s only while the database was cut (and 30 s after)")
            .allSatisfy(
                at -> assertThat(at).isBetween(cutAt, restoredAt.plus(Duration.ofSeconds(30))));

        theOutboxDrains();
        everyAnswered2xxIsStoredAndOnItsTopic(load.promises());
        noCaseIsStuck(load);
        everyTimerFiredExactlyOnce();
        theStatisticsEqualTheOperationalTables(database);
      } finally {
        load.stop();
        watches.shutdownNow();
        writeFigures();
        for (AppNode node : nodes) {
          node.close();
        }
        kafka.close();
      }
    }
  }

  private Map<String, String> settings(String database) {
    Map<String, String> settings = new HashMap<>();
    if (ClusterClock.shifted()) {
      settings.put(ClockConfiguration.START_PROPERTY, ClusterClock.START);
    }
    settings.put("spring.datasource.url", database);
    settings.put("spring.datasource.username", "root");
    settings.put("spring.datasource.password", "");
    settings.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    settings.put("gongkai.kafka.embedded.enabled", "false");
    settings.put("gongkai.kafka.topics.partitions", "4");
    settings.put("gongkai.demo.enabled", "true");
    settings.put("gongkai.demo.password", RealInfrastructure.PASSWORD);
    // shorter than production so that the suite sees a lost send resubmitted within its run
    settings.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
    settings.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
    settings.put("gongkai.events.resubmit-older-than", "PT40S");
    settings.put("gongkai.events.resubmit-interval", "PT5S");
    settings.put("gongkai.idempotency.in-progress-timeout", "PT30S");
    return settings;
  }

  private static Map<String, String> named(Map<String, String> settings, String node) {
    Map<String, String> named = new HashMap<>(settings);
    named.put("spring.kafka.consumer.client-id", node);
    return named;
  }

  /** The load's clients are machine clients: an API token each for its kind of work. */
  private Map<String, String> machineClientTokens() {
    return CaseRequests.issueTokens(nodes.get(0).port(), AGENCY, "demo-housing", "故障测试");
  }

  // --- the faults

  /** Where a kill lands. */
  private enum Moment {
    BETWEEN_COMMIT_AND_SEND,
    DURING_A_PROJECTOR_BATCH,
    WHILE_SERVING,
    DURING_START_UP
  }

  private void killNodes(CaseLoad load) {
    int kills = 0;
    for (int round = 0; kills < KILLS; round++) {
      AppNode victim = nodes.get(round % 2);
      AppNode other = nodes.get((round + 1) % 2);
      other.awaitReady();
      victim.awaitReady();
      Moment moment = Moment.values()[round % 3];
      String found = awaitMoment(moment, victim, load);
      victim.kill();
      kills++;
      figures.add("Kill %d: %s %s (%s)".formatted(kills, victim.name(), moment, found));
      long logged = victim.logSize();
      victim.restart();
      watchRecovery("kill " + kills + " (" + victim.name() + ")");
      // a node that crashes may crash again while it starts: three times a round, so that twenty
      // kills fit in the suite's time (a full start-up costs most of a minute here, and logs
      // about 14 kB until the node is ready)
      for (int again = 0; again < 3 && kills < KILLS; again++) {
        long until = logged + 1_000 + random.nextInt(11_000);
        await(victim.name() + " starting")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> victim.logSize() >= until || victim.isReady());
        boolean started = victim.isReady();
        victim.kill();
        kills++;
        figures.add(
            "Kill %d: %s %s (after %d bytes of its start-up log)"
                .formatted(
                    kills,
                    victim.name(),
                    started ? Moment.WHILE_SERVING : Moment.DURING_START_UP,
                    victim.logSize() - logged));
        logged = victim.logSize();
        victim.restart();
        watchRecovery("kill " + kills + " (" + victim.name() + ", starting)");
      }
    }
    nodes.forEach(AppNode::awaitReady);
  }

  /** Waits for the moment (up to 30 s) and tells what it found there. */
  private String awaitMoment(Moment moment, AppNode victim, CaseLoad load) {
    try {
      switch (moment) {
        case BETWEEN_COMMIT_AND_SEND -> {
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> unsentPublications() > 0);
          return unsentPublications() + " events committed and not yet acknowledged by Kafka";
        }
        case DURING_A_PROJECTOR_BATCH -> {
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(50))
              .until(() -> projectorLagOf(victim) > 0);
          return "events on its statistics partitions not yet projected";
        }
        default -> {
          long target = load.promises().size() + 1 + random.nextInt(15);
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> load.promises().size() >= target);
          return "after " + target + " answered commands";
        }
      }
    } catch (org.awaitility.core.ConditionTimeoutException notFound) {
      return "the moment did not come within 30 s; killed anyway";
    }
  }

  private void stopTheBroker() {
    kafka.stop();
    Instant stopped = Instant.now(ClusterClock.NODES);
    await("the nodes live on while the broker is down for " + BROKER_DOWN)
        .during(BROKER_DOWN)
        .atMost(BROKER_DOWN.plusSeconds(30))
        .until(() -> nodes.stream().allMatch(AppNode::isAlive));
    kafka.startAgain();
    figures.add(
        "Broker stopped for %d s"
            .formatted(Duration.between(stopped, Instant.now(ClusterClock.NODES)).toSeconds()));
    watchRecovery("broker stopped");
  }

  private void cutTheDatabase(TcpProxy proxy) {
    proxy.cut();
    await("the nodes live on while the database is cut for " + DATABASE_CUT)
        .during(DATABASE_CUT)
        .atMost(DATABASE_CUT.plusSeconds(30))
        .until(() -> nodes.stream().allMatch(AppNode::isAlive));
    proxy.restore();
    figures.add("Database cut for %d s".formatted(DATABASE_CUT.toSeconds()));
    watchRecovery("database cut");
  }

  private void deliverMalformedAndPoisonEvents() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> poison = new HashMap<>();
    for (String[] fixture :
        new String[][] {
          {GongkaiTopics.DISCLOSURE_REQUESTS, "disclosure/DisclosureRequestReceived.json"},
          {GongkaiTopics.COMPLAINTS, "complaint/ComplaintReceived.json"}
        }) {
      ObjectNode event =
          (ObjectNode) json.readTree(getClass().getResourceAsStream("/contracts/" + fixture[1]));
      ((ObjectNode) event.path("envelope")).put("caseId", UUID.randomUUID().toString());
      ((ObjectNode) event.path("envelope")).put("agencyCode", AGENCY);
      // a status longer than the read model stores: valid JSON the projector must refuse alone
      ((ObjectNode) event.path("facts")).put("status", "S".repeat(31));
      poison.put(fixture[0], json.writeValueAsString(event));
    }
    poison.put(GongkaiTopics.SUPERVISION, "{\"type\":\"InstructionRegistered\",\"envelope\":{}}");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      for (String topic : CASE_TOPICS) {
        producer.send(new ProducerRecord<>(topic, "poison", "{ this is not an event")).get();
        producer.send(new ProducerRecord<>(topic, "poison", poison.get(topic))).get();
      }
    }
    await("the six refused events reach the dead-letter topic")
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                assertThat(
                        TopicEvents.records(
                            kafka.bootstrapServers(),
                            List.of(GongkaiTopics.STATISTICS_DEAD_LETTER)))
                    .hasSize(6));
    figures.add("Malformed and poison events: 6 delivered, 6 on the dead-letter topic");
  }

  // --- what must hold afterwards

  /** Starts a recovery watch for a fault that has just ended. */
  private void watchRecovery(String fault) {
    recoveries.add(new Recovery(fault));
  }

  private void awaitRecoveries() {
    await("every fault recovered")
        .atMost(Duration.ofMinutes(2))
        .until(() -> recoveries.stream().allMatch(Recovery::recovered));
    recoveries.forEach(r -> figures.add(r.toString()));
  }

  private void theOutboxDrains() {
    Instant from = Instant.now(ClusterClock.NODES);
    await("the outbox drains")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> unsentPublications() == 0);
    figures.add(
        "Outbox drained %d ms after the load stopped"
            .formatted(Duration.between(from, Instant.now(ClusterClock.NODES)).toMillis()));
  }

  private void everyAnswered2xxIsStoredAndOnItsTopic(List<Promise> promises) {
    List<Event> events = TopicEvents.caseEvents(kafka.bootstrapServers(), CASE_TOPICS);
    Map<String, Set<Long>> versionsOnTopics = new HashMap<>();
    Map<String, Set<String>> typesOnTopics = new HashMap<>();
    for (Event event : events) {
      versionsOnTopics
          .computeIfAbsent(event.caseId(), id -> new TreeSet<>())
          .add(event.caseVersion());
      typesOnTopics.computeIfAbsent(event.caseId(), id -> new HashSet<>()).add(event.type());
    }
    Map<String, Set<Long>> versionsInTimeline = new HashMap<>();
    Map<String, Set<String>> typesInTimeline = new HashMap<>();
    jdbc.query(
        "SELECT case_id, case_version, event_type FROM case_timeline",
        row -> {
          versionsInTimeline
              .computeIfAbsent(row.getString("case_id"), id -> new TreeSet<>())
              .add(row.getLong("case_version"));
          typesInTimeline
              .computeIfAbsent(row.getString("case_id"), id -> new HashSet<>())
              .add(row.getString("event_type"));
        });
    for (Promise promise : promises) {
      assertThat(typesInTimeline.getOrDefault(promise.caseId(), Set.of()))
          .as("the timeline of %s %s", promise.kind(), promise.caseId())
          .contains(promise.eventType());
      assertThat(typesOnTopics.getOrDefault(promise.caseId(), Set.of()))
          .as("the events on Kafka of %s %s", promise.kind(), promise.caseId())
          .contains(promise.eventType());
    }
    assertThat(versionsOnTopics)
        .as("every event of every case's timeline is on its topic, none missing")
        .containsAllEntriesOf(versionsInTimeline);
    int duplicates = events.size() - versionsOnTopics.values().stream().mapToInt(Set::size).sum();
    figures.add(
        ("Events: %d commands answered 2xx all stored with their event; %d case events on Kafka"
                + " for %d cases, every one of %d timeline entries among them; %d duplicates")
            .formatted(
                promises.size(),
                events.size(),
                versionsOnTopics.size(),
                versionsInTimeline.values().stream().mapToInt(Set::size).sum(),
                duplicates));
  }

  private void noCaseIsStuck(CaseLoad load) {
    List<Lifecycle> unfinished =
        load.lifecycles().stream().filter(l -> !l.finished() && l.caseId != null).toList();
    for (Lifecycle lifecycle : unfinished) {
      load.finish(lifecycle);
    }
    List<String> open =
        jdbc.queryForList(
            "SELECT id FROM disclosure_request WHERE status <> 'FINISHED'"
                + " UNION ALL SELECT id FROM complaint WHERE status <> 'CLOSED'",
            String.class);
    Set<String> loadCases =
        load.lifecycles().stream()
            .filter(l -> l.caseId != null)
            .map(l -> l.caseId)
            .collect(Collectors.toSet());
    assertThat(open)
        .as("cases of the load still open after their lifecycles")
        .doesNotContainAnyElementsOf(loadCases);
    assertThat(open).as("cases the load did not start").isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Long.class))
        .as("Camunda incidents")
        .isZero();
    figures.add(
        "Stuck cases: none; %d unfinished lifecycles of %d taken to their end"
            .formatted(unfinished.size(), loadCases.size()));
  }

  private void everyTimerFiredExactlyOnce() {
    List<Event> events = TopicEvents.caseEvents(kafka.bootstrapServers(), CASE_TOPICS);
    Map<String, Set<Long>> firings = new HashMap<>();
    for (Event event : events) {
      if (event.type().endsWith("DueSoon")
          || event.type().endsWith("Overdue")
          || event.type().contains("Ladder")) {
        firings
            .computeIfAbsent(
                event.caseId() + " " + event.type() + " " + event.step(), k -> new TreeSet<>())
            .add(event.caseVersion());
      }
    }
    assertThat(firings.entrySet())
        .as("timers fired more than once (case, event, ladder step → case versions)")
        .filteredOn(e -> e.getValue().size() > 1)
        .isEmpty();
    assertThat(
            jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0", Long.class))
        .as("jobs that ran out of retries")
        .isZero();
    figures.add("Timers: %d fired, each once".formatted(firings.size()));
  }

  /**
   * For every agency, every year a case of the run touched, alone and with its subordinates: the
   * reports (from the statistics read model) equal the figures counted from the operational tables.
   */
  private void theStatisticsEqualTheOperationalTables(String database) {
    ReportGroundTruth truth = ReportGroundTruth.of(database, "root", "");
    StaffClient author = StaffClient.as(nodes.get(0).port(), "author");
    List<String> agencies =
        jdbc.queryForList("SELECT code FROM agency ORDER BY code", String.class);
    Set<Integer> years = new TreeSet<>();
    years.add(java.time.LocalDate.now(ClusterClock.NODES).getYear());
    years.addAll(
        jdbc.queryForList(
            "SELECT DISTINCT YEAR(received_on) FROM disclosure_request", Integer.class));
    years.addAll(
        jdbc.queryForList(
            "SELECT DISTINCT YEAR(CONVERT_TZ(received_at, '+00:00', '+08:00')) FROM complaint",
            Integer.class));
    int[] cells = new int[1];
    await("the reports equal the operational tables")
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () -> {
              cells[0] = 0;
              for (String agency : agencies) {
                for (int year : years) {
                  for (boolean withSubordinates : new boolean[] {false, true}) {
                    String query =
                        "?agencyCode=" + agency + "&includeSubordinates=" + withSubordinates;
                    String what =
                        agency + " " + year + (withSubordinates ? " with subordinates" : "");
                    Response disclosure = author.get("/api/reports/disclosure/" + year + query);
                    assertThat(disclosure.status())
                        .as(what + " " + disclosure.body())
                        .isEqualTo(200);
                    assertThat(ReportGroundTruth.sectionThreeOf(disclosure.json()))
                        .as("section three of " + what)
                        .isEqualTo(truth.sectionThree(agency, year, withSubordinates));
                    assertThat(ReportGroundTruth.sectionFourOf(disclosure.json()))
                        .as("section four of " + what)
                        .isEqualTo(truth.sectionFour(agency, year, withSubordinates));
                    Response complaints = author.get("/api/reports/complaints/" + year + query);
                    assertThat(complaints.status()).as(what).isEqualTo(200);
                    assertThat(ReportGroundTruth.complaintFiguresOf(complaints.json()))
                        .as("complaint figures of " + what)
                        .isEqualTo(truth.complaintFigures(agency, year, withSubordinates));
                    cells[0] +=
                        leaves(ReportGroundTruth.sectionThreeOf(disclosure.json()))
                            + leaves(ReportGroundTruth.sectionFourOf(disclosure.json()))
                            + leaves(ReportGroundTruth.complaintFiguresOf(complaints.json()));
                  }
                }
              }
            });
    figures.add(
        ("Statistics: %d report cells compared with the operational tables (%d agencies × years"
                + " %s, alone and with subordinates), all equal")
            .formatted(cells[0], agencies.size(), years));
  }

  /** The number of figures (leaves) in a report part. */
  private static int leaves(com.fasterxml.jackson.databind.JsonNode node) {
    if (node.isContainerNode()) {
      int count = 0;
      for (com.fasterxml.jackson.databind.JsonNode child : node) {
        count += leaves(child);
      }
      return count;
    }
    return node.isNumber() ? 1 : 0;
  }

  // --- observations

  private long unsentPublications() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
  }

  private Set<String> unsentPublicationIds() {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT id FROM event_publication WHERE completion_date IS NULL", String.class));
  }

  /** Events on the victim's statistics partitions that its projector has not applied yet. */
  private long projectorLagOf(AppNode victim) throws Exception {
    try (Admin admin = admin()) {
      List<TopicPartition> held = new ArrayList<>();
      for (StatisticsConsumers.Holder holder : StatisticsConsumers.holders(admin)) {
        if (holder.of(victim.name())) {
          held.addAll(holder.partitions());
        }
      }
      Map<TopicPartition, Long> ends = endOffsets(admin, held);
      Map<TopicPartition, Long> positions = projectedPositions();
      return ends.entrySet().stream()
          .mapToLong(e -> Math.max(0, e.getValue() - positions.getOrDefault(e.getKey(), 0L)))
          .sum();
    }
  }

  private Map<TopicPartition, Long> caseTopicEnds() throws Exception {
    try (Admin admin = admin()) {
      List<TopicPartition> partitions = new ArrayList<>();
      admin
          .describeTopics(CASE_TOPICS)
          .allTopicNames()
          .get(10, TimeUnit.SECONDS)
          .values()
          .forEach(
              d ->
                  d.partitions()
                      .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
      return endOffsets(admin, partitions);
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions)
      throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(request)
        .all()
        .get(10, TimeUnit.SECONDS)
        .forEach((p, info) -> ends.put(p, info.offset()));
    return ends;
  }

  private Map<TopicPartition, Long> projectedPositions() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    jdbc.query(
        "SELECT topic, partition_no, next_offset FROM stat_projection_offset WHERE generation ="
            + " (SELECT generation FROM stat_generation WHERE state = 'ACTIVE')",
        row -> {
          positions.put(
              new TopicPartition(row.getString("topic"), row.getInt("partition_no")),
              row.getLong("next_offset"));
        });
    return positions;
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            10_000));
  }

  private void writeFigures() {
    try {
      Files.createDirectories(FOLDER);
      Path file = FOLDER.getParent().resolve("figures.md");
      Files.writeString(
          file, figures.stream().map(f -> "- " + f).collect(Collectors.joining("\n", "", "\n")));
      figures.forEach(System.out::println);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What recovery after a fault took: from the fault's end (the kill, the broker answering again,
   * the database reachable again) until the events unsent at that moment were acknowledged by Kafka
   * (the outbox drained) and the projector had read up to the case topics' end offsets of that
   * moment. A scheduled check of the suite's own watches it while the load goes on.
   */
  private final class Recovery {
    private final String fault;
    private final Instant began = Instant.now(ClusterClock.NODES);
    private final Set<String> unsent = unsentPublicationIds();
    private @Nullable Map<TopicPartition, Long> ends;
    private volatile @Nullable Duration drained;
    private volatile @Nullable Duration caughtUp;

    Recovery(String fault) {
      this.fault = fault;
    }

    /** Notes what has recovered by now; true once everything has. */
    synchronized boolean check() {
      try {
        if (ends == null) {
          ends = caseTopicEnds();
        }
        if (drained == null) {
          Set<String> left = unsentPublicationIds();
          left.retainAll(unsent);
          if (left.isEmpty()) {
            drained = Duration.between(began, Instant.now(ClusterClock.NODES));
          }
        }
        if (caughtUp == null) {
          Map<TopicPartition, Long> positions = projectedPositions();
          if (ends.entrySet().stream()
              .allMatch(
                  e ->
                      e.getValue() == 0
                          || positions.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
            caughtUp = Duration.between(began, Instant.now(ClusterClock.NODES));
          }
        }
      } catch (Exception notYet) {
        // the broker or the database is not back yet
      }
      return drained != null && caughtUp != null;
    }

    boolean recovered() {
      return drained != null && caughtUp != null;
    }

    @Override
    public String toString() {
      return "%s: the %d events unsent then drained in %s, the projector caught up in %s"
          .formatted(fault, unsent.size(), millis(drained), millis(caughtUp));
    }

    private static String millis(@Nullable Duration duration) {
      return duration == null ? "(not within 2 minutes)" : duration.toMillis() + " ms";
    }
  }
}
