package org.gongkai.platform.kafka;

import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.gongkai.platform.GongkaiTopics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topics; {@link KafkaAdmin} creates the missing ones at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
class KafkaTopicsConfiguration {

  private static final String FOREVER = "-1";

  @Bean
  KafkaAdmin.NewTopics gongkaiTopics(KafkaTopicsProperties topics) {
    return new KafkaAdmin.NewTopics(
        caseEvents(GongkaiTopics.DISCLOSURE_REQUESTS, topics),
        caseEvents(GongkaiTopics.COMPLAINTS, topics),
        caseEvents(GongkaiTopics.SUPERVISION, topics),
        kept(GongkaiTopics.INBOUND_TICKETS, topics, topics.inboundRetention()),
        kept(GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER, topics, topics.deadLetterRetention()),
        caseEvents(GongkaiTopics.STATISTICS_DEAD_LETTER, topics));
  }

  private static NewTopic caseEvents(String name, KafkaTopicsProperties topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, FOREVER)
        .config(TopicConfig.RETENTION_BYTES_CONFIG, FOREVER)
        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
        .build();
  }

  private static NewTopic kept(String name, KafkaTopicsProperties topics, Duration retention) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))
        .build();
  }
}
