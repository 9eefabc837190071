package org.gongkai.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.RealInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The two case topics of the test broker: publishing events as the producers write them, and
 * telling whether the projector's active generation has read up to a set of end offsets.
 */
final class CaseTopics implements AutoCloseable {

  static final List<String> TOPICS =
      List.of(GongkaiTopics.DISCLOSURE_REQUESTS, GongkaiTopics.COMPLAINTS);

  /** An event for a topic, keyed by its case id. */
  record Event(String topic, String key, String value) {

    static Event disclosure(String caseId, String json) {
      return new Event(GongkaiTopics.DISCLOSURE_REQUESTS, caseId, json);
    }

    static Event complaint(String caseId, String json) {
      return new Event(GongkaiTopics.COMPLAINTS, caseId, json);
    }
  }

  private final DefaultKafkaProducerFactory<String, String> factory =
      new DefaultKafkaProducerFactory<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              RealInfrastructure.kafkaBootstrapServers(),
              ProducerConfig.ACKS_CONFIG,
              "all"),
          new StringSerializer(),
          new StringSerializer());
  private final KafkaTemplate<String, String> template = new KafkaTemplate<>(factory);

  void publish(List<Event> events) {
    for (Event event : events) {
      template.send(event.topic(), event.key(), event.value());
    }
    template.flush();
  }

  @Override
  public void close() {
    factory.destroy();
  }

  /** The end offset of every partition of both topics now. */
  static Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers()))) {
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      for (var description : admin.describeTopics(TOPICS).allTopicNames().get().values()) {
        description
            .partitions()
            .forEach(
                p ->
                    request.put(
                        new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.latest()));
      }
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
      return ends;
    }
  }

  /** Whether the active generation's stored positions have reached the offsets. */
  static boolean projectedUpTo(JdbcTemplate jdbc, Map<TopicPartition, Long> ends) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    jdbc.query(
        "SELECT topic, partition_no, next_offset FROM stat_projection_offset WHERE generation ="
            + " (SELECT generation FROM stat_generation WHERE state = 'ACTIVE')",
        rs -> {
          positions.put(
              new TopicPartition(rs.getString("topic"), rs.getInt("partition_no")),
              rs.getLong("next_offset"));
        });
    return ends.entrySet().stream()
        .allMatch(e -> e.getValue() == 0 || positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }
}
