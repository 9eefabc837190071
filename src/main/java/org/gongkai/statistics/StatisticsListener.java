package org.gongkai.statistics;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.statistics.StatisticsReadModel.PartitionKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projector's Kafka side: consumer group {@value #GROUP} on both case topics and the supervised
 * items' topic, one database transaction per polled batch.
 *
 * <p>Why a crash at any point neither loses nor double-counts:
 *
 * <ul>
 *   <li>The read model holds per-case facts, never counters: a report counts rows. Applying an
 *       event twice, or an older one after a newer one, leaves the row as it was (the higher case
 *       version wins), so a redelivered batch cannot count anything twice.
 *   <li>The batch's facts and the next offset of each of its partitions ({@code
 *       stat_projection_offset}) are written in the same transaction. A crash before the commit
 *       leaves neither; a crash after it leaves both.
 *   <li>On every partition assignment the consumer seeks to the position stored in the database (or
 *       to the beginning of a partition it has never seen), so the database, not Kafka's committed
 *       offset, decides where reading resumes: nothing after the last committed batch is skipped,
 *       and whatever is read again is absorbed by the version rule. Kafka's offsets are committed
 *       after each batch too (ack mode {@code BATCH}), for lag monitoring only.
 *   <li>Dropping the read model's tables therefore replays both topics from the beginning.
 *   <li>A rebuild ({@link StatisticsRebuilds}) fills a new generation from the beginning of the
 *       topics and activates it; each consumer notices at its next batch and moves to the new
 *       generation's positions, so events that arrived during the switch are read into it too.
 * </ul>
 */
@Component
class StatisticsListener implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(StatisticsListener.class);

  /** The consumer group and listener id. */
  static final String GROUP = "gongkai-statistics";

  private final StatisticsProjections projections;
  private final StatisticsGenerations generations;
  private final YearLocks yearLocks;
  private final TransactionTemplate transactions;
  private final StatisticsDeadLetters deadLetters;

  /** How often an event of a failed batch is tried on its own before it is a poison event. */
  static final int ATTEMPTS = 3;

  /** The generation each consumer thread's positions belong to. */
  private final ThreadLocal<Long> generationOfThisConsumer = new ThreadLocal<>();

  /** Each consumer thread's seek callback, to move it when a rebuild has switched generations. */
  private final ThreadLocal<ConsumerSeekCallback> seeks = new ThreadLocal<>();

  private final ThreadLocal<Collection<TopicPartition>> assigned = new ThreadLocal<>();

  StatisticsListener(
      StatisticsProjections projections,
      StatisticsGenerations generations,
      YearLocks yearLocks,
      TransactionTemplate transactions,
      StatisticsDeadLetters deadLetters) {
    this.projections = projections;
    this.deadLetters = deadLetters;
    this.generations = generations;
    this.yearLocks = yearLocks;
    this.transactions = transactions;
  }

  /**
   * Applies the batch to the active generation, with its positions and any restatement of a locked
   * year, in one transaction. If a rebuild has activated another generation since this consumer was
   * positioned, the batch is not applied: the consumer moves to the new generation's positions and
   * reads on from there.
   */
  @KafkaListener(
      id = GROUP,
      topics = {
        GongkaiTopics.DISCLOSURE_REQUESTS,
        GongkaiTopics.COMPLAINTS,
        GongkaiTopics.SUPERVISION
      },
      containerFactory = StatisticsKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onBatch(List<ConsumerRecord<String, String>> records) {
    List<EventRecord> batch =
        records.stream()
            .map(r -> new EventRecord(r.topic(), r.partition(), r.offset(), r.value()))
            .toList();
    try {
      apply(batch);
    } catch (RuntimeException failure) {
      if (ProjectionFailures.isTransient(failure)) {
        throw failure;
      }
      log.warn(
          "A batch of {} case events failed ({}); applying them one at a time",
          batch.size(),
          failure.toString());
      for (EventRecord record : batch) {
        applyAlone(record);
      }
    }
  }

  /**
   * Applies one batch in one transaction; unreadable events go to the dead-letter topic inside it.
   */
  private void apply(List<EventRecord> batch) {
    transactions.executeWithoutResult(
        status -> {
          long active = generations.active();
          Long positioned = generationOfThisConsumer.get();
          if (positioned != null && positioned != active) {
            log.info(
                "The statistics read model switched to generation {}; moving to its positions",
                active);
            seekTo(active, assigned.get(), seeks.get());
            return;
          }
          StatisticsProjector.BatchResult result = projections.forGeneration(active).project(batch);
          result.unreadable().forEach(u -> deadLetters.send(u.record(), u.reason()));
          yearLocks.restate(result.changed());
        });
  }

  /**
   * Applies one event of a failed batch, tried {@value #ATTEMPTS} times; an event that the read
   * model still refuses on its own is a poison event: it goes to the dead-letter topic and the
   * position moves past it, so that the events after it are counted. A failure of the database or
   * the broker themselves is thrown, and the container reads the batch again until they are back.
   */
  private void applyAlone(EventRecord record) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        apply(List.of(record));
        return;
      } catch (RuntimeException failure) {
        if (ProjectionFailures.isTransient(failure)) {
          throw failure;
        }
        last = failure;
      }
    }
    String reason = "统计读模型拒绝写入：" + ProjectionFailures.rootMessage(last);
    transactions.executeWithoutResult(
        status -> deadLetters.skip(record, reason, projections.readModel(generations.active())));
  }

  @Override
  public void registerSeekCallback(ConsumerSeekCallback callback) {
    seeks.set(callback);
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    Set<TopicPartition> partitions = new HashSet<>(assignments.keySet());
    Collection<TopicPartition> before = assigned.get();
    if (before != null) {
      partitions.addAll(before);
    }
    assigned.set(partitions);
    seekTo(generations.active(), assignments.keySet(), callback);
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    Collection<TopicPartition> current = assigned.get();
    if (current != null) {
      Set<TopicPartition> remaining = new HashSet<>(current);
      remaining.removeAll(partitions);
      assigned.set(remaining);
    }
  }

  private void seekTo(
      long generation,
      @Nullable Collection<TopicPartition> partitions,
      @Nullable ConsumerSeekCallback callback) {
    generationOfThisConsumer.set(generation);
    if (partitions == null || callback == null) {
      return;
    }
    Map<PartitionKey, Long> positions = projections.readModel(generation).positions();
    for (TopicPartition partition : partitions) {
      Long next = positions.get(new PartitionKey(partition.topic(), partition.partition()));
      if (next == null) {
        callback.seekToBeginning(List.of(partition));
      } else {
        callback.seek(partition.topic(), partition.partition(), next);
      }
    }
  }
}
