package org.gongkai.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gongkai.platform.NodeRole;
import org.gongkai.platform.NodeRoles;
import org.gongkai.platform.RoleReadiness;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The projector's own consumer: String keys and values, batches, offsets acknowledged per batch,
 * and a failed batch (the database away, say) retried until it succeeds rather than skipped. The
 * consumers start only on nodes with the {@link NodeRole#PROJECTOR projector} role, which can run
 * as a deployment of their own and be scaled up to the topics' partitions; elsewhere the container
 * exists but stays stopped.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsSettings.class)
class StatisticsKafkaConfiguration {

  static final String CONTAINER_FACTORY = "statisticsListenerContainerFactory";

  @Bean
  CaseEventPayloads caseEventPayloads(ObjectMapper objectMapper) {
    return new CaseEventPayloads(objectMapper);
  }

  @Bean(CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, String> statisticsListenerContainerFactory(
      KafkaProperties kafka, StatisticsSettings settings, NodeRoles roles) {
    Map<String, Object> properties = kafka.buildConsumerProperties(null);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatchSize());
    ConcurrentKafkaListenerContainerFactory<String, String> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(properties));
    factory.setAutoStartup(roles.runs(NodeRole.PROJECTOR));
    factory.setBatchListener(true);
    factory.setConcurrency(settings.consumers());
    factory.getContainerProperties().setAckMode(AckMode.BATCH);
    factory.setCommonErrorHandler(
        new DefaultErrorHandler(new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
    return factory;
  }

  /**
   * A projector node is ready when its statistics consumers run. How many partitions they hold is
   * shown but does not count: with more projector consumers than partitions some rightly hold none,
   * and during a rebalance all hold none for a moment.
   */
  @Bean
  RoleReadiness statisticsConsumersReadiness(KafkaListenerEndpointRegistry listeners) {
    return new RoleReadiness(
        NodeRole.PROJECTOR,
        "statisticsConsumers",
        () -> {
          MessageListenerContainer container =
              listeners.getListenerContainer(StatisticsListener.GROUP);
          boolean running = container != null && container.isRunning();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("group", StatisticsListener.GROUP);
          detail.put("state", running ? "running" : "stopped");
          if (running) {
            var assigned = container.getAssignedPartitions();
            detail.put("assignedPartitions", assigned == null ? 0 : assigned.size());
          }
          return new RoleReadiness.State(running, detail);
        });
  }
}
