package org.gongkai.statistics;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.platform.ProblemException;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilding the read model: both case topics and the supervised items' topic are replayed from the
 * beginning into a new generation while reports keep reading the active one; when the new
 * generation has caught up with the end of the topics it is activated in one transaction, and the
 * live projector moves over to it (see {@link StatisticsListener}). Progress is kept in {@code
 * stat_rebuild}, so any instance can answer for it. One rebuild at a time.
 */
@Service
public class StatisticsRebuilds {

  private static final Logger log = LoggerFactory.getLogger(StatisticsRebuilds.class);

  /** A job whose heartbeat is older than this is taken to have died with its instance. */
  private static final Duration STALE = Duration.ofMinutes(2);

  private static final Duration POLL = Duration.ofMillis(500);

  private final StatisticsGenerations generations;
  private final StatisticsProjections projections;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final KafkaProperties kafka;
  private final StatisticsSettings settings;
  private final StatisticsDeadLetters deadLetters;
  private final Clock clock;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "statistics-rebuild");
            thread.setDaemon(true);
            return thread;
          });

  StatisticsRebuilds(
      StatisticsGenerations generations,
      StatisticsProjections projections,
      NamedParameterJdbcTemplate jdbc,
      TransactionTemplate transactions,
      KafkaProperties kafka,
      StatisticsSettings settings,
      StatisticsDeadLetters deadLetters,
      Clock clock) {
    this.generations = generations;
    this.projections = projections;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.kafka = kafka;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /**
   * A rebuild and how far it has come.
   *
   * @param state {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
   * @param eventsApplied events read from the topics into the new generation so far
   * @param eventsTotal events on the topics (it grows while cases are being processed)
   */
  public record RebuildJob(
      String jobId,
      long generation,
      String state,
      long eventsApplied,
      long eventsTotal,
      String requestedBy,
      OffsetDateTime startedAt,
      @Nullable OffsetDateTime finishedAt,
      @Nullable String failure) {}

  /**
   * Starts a rebuild in the background.
   *
   * @throws ProblemException (409) while another rebuild runs
   */
  public RebuildJob start(String requestedBy) {
    String jobId = UUID.randomUUID().toString();
    long generation =
        transactions.execute(
            status -> {
              failStaleJobs();
              Optional<RebuildJob> running = running();
              if (running.isPresent()) {
                throw ProblemException.conflict(
                    "统计数据正在重建（任务 " + running.get().jobId() + "），请等待其完成后再试");
              }
              long building = generations.startBuilding();
              LocalDateTime now = now();
              jdbc.update(
                  """
                  INSERT INTO stat_rebuild (job_id, generation, state, events_applied, events_total,
                    requested_by, started_at, heartbeat_at)
                  VALUES (:jobId, :generation, 'RUNNING', 0, 0, :requestedBy, :now, :now)
                  """,
                  new MapSqlParameterSource("jobId", jobId)
                      .addValue("generation", building)
                      .addValue("requestedBy", requestedBy)
                      .addValue("now", now));
              return building;
            });
    log.info(
        "{} started rebuilding the statistics into generation {} (job {})",
        requestedBy,
        generation,
        jobId);
    executor.execute(() -> run(jobId, generation));
    return job(jobId).orElseThrow();
  }

  /** The job, if it exists. */
  public Optional<RebuildJob> job(String jobId) {
    return jdbc
        .query(
            "SELECT * FROM stat_rebuild WHERE job_id = :jobId",
            new MapSqlParameterSource("jobId", jobId),
            (rs, n) ->
                new RebuildJob(
                    rs.getString("job_id"),
                    rs.getLong("generation"),
                    rs.getString("state"),
                    rs.getLong("events_applied"),
                    rs.getLong("events_total"),
                    rs.getString("requested_by"),
                    moment(rs.getObject("started_at", LocalDateTime.class)),
                    moment(rs.getObject("finished_at", LocalDateTime.class)),
                    rs.getString("failure")))
        .stream()
        .findFirst();
  }

  private void run(String jobId, long generation) {
    long applied = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic :
          List.of(
              GongkaiTopics.DISCLOSURE_REQUESTS,
              GongkaiTopics.COMPLAINTS,
              GongkaiTopics.SUPERVISION)) {
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
          partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("the application is shutting down");
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long total =
            partitions.stream().mapToLong(p -> end.get(p) - beginning.getOrDefault(p, 0L)).sum();
        boolean caughtUp = partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
        if (caughtUp) {
          long events = applied;
          transactions.executeWithoutResult(
              status -> {
                generations.activate(generation);
                progress(jobId, events, total, "SUCCEEDED", null);
              });
          break;
        }
        ConsumerRecords<String, String> records = consumer.poll(POLL);
        List<EventRecord> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
          batch.add(new EventRecord(r.topic(), r.partition(), r.offset(), r.value()));
        }
        applied += batch.size();
        long events = applied;
        if (!batch.isEmpty()) {
          project(jobId, generation, batch);
        }
        transactions.executeWithoutResult(
            status -> progress(jobId, events, total, "RUNNING", null));
      }
      log.info(
          "Statistics rebuild {} switched over to generation {} after {} events",
          jobId,
          generation,
          applied);
      transactions.executeWithoutResult(status -> generations.deleteUnused());
    } catch (Exception | LinkageError e) {
      log.error("Statistics rebuild {} failed; reports keep the active generation", jobId, e);
      long events = applied;
      transactions.executeWithoutResult(
          status -> {
            generations.abandon(generation);
            progress(jobId, events, -1, "FAILED", String.valueOf(e.getMessage()));
          });
    }
  }

  /**
   * Projects a batch in one transaction; if the read model refuses it, one event at a time, and an
   * event refused on its own goes to the dead-letter topic, so that one poison event cannot make
   * every rebuild fail. A failure of the database or the broker themselves fails the rebuild.
   */
  private void project(String jobId, long generation, List<EventRecord> batch) {
    StatisticsProjector projector = projections.forGeneration(generation);
    try {
      transactions.executeWithoutResult(status -> skipUnreadable(jobId, projector.project(batch)));
    } catch (RuntimeException failure) {
      if (ProjectionFailures.isTransient(failure)) {
        throw failure;
      }
      if (batch.size() > 1) {
        log.warn(
            "Statistics rebuild {}: a batch of {} events failed ({}); projecting them one by one",
            jobId,
            batch.size(),
            failure.toString());
        batch.forEach(record -> project(jobId, generation, List.of(record)));
        return;
      }
      EventRecord poison = batch.get(0);
      String reason = "统计重建（任务 " + jobId + "）拒绝写入：" + ProjectionFailures.rootMessage(failure);
      transactions.executeWithoutResult(
          status -> deadLetters.skip(poison, reason, projections.readModel(generation)));
    }
  }

  /** The live projector sent unreadable events to the dead-letter topic when it met them. */
  private static void skipUnreadable(String jobId, StatisticsProjector.BatchResult result) {
    result
        .unreadable()
        .forEach(
            skipped ->
                log.warn(
                    "Statistics rebuild {} skips {}-{}@{}: {}",
                    jobId,
                    skipped.record().topic(),
                    skipped.record().partition(),
                    skipped.record().offset(),
                    skipped.reason()));
  }

  private void progress(
      String jobId, long applied, long total, String state, @Nullable String failure) {
    LocalDateTime now = now();
    jdbc.update(
        """
        UPDATE stat_rebuild SET events_applied = :applied,
          events_total = CASE WHEN :total < 0 THEN events_total ELSE :total END,
          state = :state, heartbeat_at = :now,
          finished_at = CASE WHEN :state = 'RUNNING' THEN NULL ELSE :now END, failure = :failure
        WHERE job_id = :jobId
        """,
        new MapSqlParameterSource("jobId", jobId)
            .addValue("applied", applied)
            .addValue("total", total)
            .addValue("state", state)
            .addValue("now", now)
            .addValue("failure", failure == null ? null : abbreviate(failure)));
  }

  private Optional<RebuildJob> running() {
    return jdbc
        .queryForList(
            "SELECT job_id FROM stat_rebuild WHERE state = 'RUNNING'",
            new MapSqlParameterSource(),
            String.class)
        .stream()
        .findFirst()
        .flatMap(this::job);
  }

  /** Jobs whose instance stopped mid-way: failed, their generation abandoned. */
  private void failStaleJobs() {
    MapSqlParameterSource params =
        new MapSqlParameterSource("stale", now().minus(STALE)).addValue("now", now());
    List<Long> stale =
        jdbc.queryForList(
            "SELECT generation FROM stat_rebuild WHERE state = 'RUNNING' AND heartbeat_at < :stale",
            params,
            Long.class);
    stale.forEach(generations::abandon);
    jdbc.update(
        "UPDATE stat_rebuild SET state = 'FAILED', finished_at = :now,"
            + " failure = '重建中断：执行重建的实例已停止' WHERE state = 'RUNNING' AND heartbeat_at < :stale",
        params);
  }

  private java.util.Properties consumerProperties() {
    java.util.Properties properties = new java.util.Properties();
    properties.putAll(kafka.buildConsumerProperties(null));
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "gongkai-statistics-rebuild");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatchSize());
    return properties;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ClockConfiguration.BUSINESS_ZONE));
  }

  private static @Nullable OffsetDateTime moment(@Nullable LocalDateTime local) {
    return local == null ? null : local.atZone(ClockConfiguration.BUSINESS_ZONE).toOffsetDateTime();
  }

  private static String abbreviate(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
