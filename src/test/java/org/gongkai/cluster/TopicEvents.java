package org.gongkai.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record of some topics, read from the beginning to the end offsets of the moment it is
 * asked, as an auditor outside the application would read them.
 */
final class TopicEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A case event as it lies on its topic; {@code step} for the ladder's events, else empty. */
  record Event(String topic, String caseId, long caseVersion, String type, String step) {}

  private TopicEvents() {}

  /** The raw records of the topics, in partition order. */
  static List<ConsumerRecord<String, String>> records(
      String bootstrapServers, List<String> topics) {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-reader-" + UUID.randomUUID());
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
      while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
      }
    }
    return records;
  }

  /** The case events of the topics; records that are no case event (poison) are left out. */
  static List<Event> caseEvents(String bootstrapServers, List<String> topics) {
    List<Event> events = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records(bootstrapServers, topics)) {
      JsonNode json;
      try {
        json = JSON.readTree(record.value());
      } catch (Exception unreadable) {
        continue;
      }
      JsonNode envelope = json.path("envelope");
      if (!envelope.path("caseId").isTextual()
          || !envelope.path("caseVersion").canConvertToLong()) {
        continue;
      }
      events.add(
          new Event(
              record.topic(),
              envelope.path("caseId").asText(),
              envelope.path("caseVersion").asLong(),
              json.path("type").asText(),
              json.path("step").asText("")));
    }
    return events;
  }
}
