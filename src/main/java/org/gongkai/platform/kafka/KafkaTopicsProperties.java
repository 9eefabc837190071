package org.gongkai.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Partitioning and retention of the topics. Case-event topics keep their events forever: the read
 * models are rebuilt by replaying them.
 */
@ConfigurationProperties("gongkai.kafka.topics")
record KafkaTopicsProperties(
    int partitions,
    short replicationFactor,
    Duration inboundRetention,
    Duration deadLetterRetention) {

  KafkaTopicsProperties {
    if (partitions < 1) {
      partitions = 6;
    }
    if (replicationFactor < 1) {
      replicationFactor = 1;
    }
    if (inboundRetention == null) {
      inboundRetention = Duration.ofDays(7);
    }
    if (deadLetterRetention == null) {
      deadLetterRetention = Duration.ofDays(30);
    }
  }
}
