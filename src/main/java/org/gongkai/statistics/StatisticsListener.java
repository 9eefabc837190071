package org.gongkai.statistics;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.statistics.StatisticsProjector.EventRecord;
import org.gongkai.statistics.StatisticsReadModel.PartitionKey;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projector's Kafka side: consumer group {@value #GROUP} on both case topics, one database
 * transaction per polled batch.
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
 * </ul>
 */
@Component
class StatisticsListener implements ConsumerSeekAware {

  /** The consumer group and listener id. */
  static final String GROUP = "gongkai-statistics";

  private final StatisticsProjector projector;
  private final StatisticsReadModel readModel;
  private final TransactionTemplate transactions;

  StatisticsListener(
      StatisticsProjector projector,
      StatisticsReadModel readModel,
      TransactionTemplate transactions) {
    this.projector = projector;
    this.readModel = readModel;
    this.transactions = transactions;
  }

  @KafkaListener(
      id = GROUP,
      topics = {GongkaiTopics.DISCLOSURE_REQUESTS, GongkaiTopics.COMPLAINTS},
      containerFactory = StatisticsKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onBatch(List<ConsumerRecord<String, String>> records) {
    List<EventRecord> batch =
        records.stream()
            .map(r -> new EventRecord(r.topic(), r.partition(), r.offset(), r.value()))
            .toList();
    transactions.executeWithoutResult(status -> projector.project(batch));
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    Map<PartitionKey, Long> positions = readModel.positions();
    for (TopicPartition partition : assignments.keySet()) {
      Long next = positions.get(new PartitionKey(partition.topic(), partition.partition()));
      if (next == null) {
        callback.seekToBeginning(List.of(partition));
      } else {
        callback.seek(partition.topic(), partition.partition(), next);
      }
    }
  }
}
