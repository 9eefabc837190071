package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.junit.jupiter.api.Test;

@IntegrationTest
class KafkaTopicsIntegrationTests {

  @Test
  void declaresTheTopicsWithCaseEventsKeptForever() throws Exception {
    try (AdminClient admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers()))) {
      List<String> names =
          List.of(
              GongkaiTopics.DISCLOSURE_REQUESTS,
              GongkaiTopics.COMPLAINTS,
              GongkaiTopics.INBOUND_TICKETS,
              GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER);
      Map<String, TopicDescription> topics =
          admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
      assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));

      Map<ConfigResource, Config> configs =
          admin
              .describeConfigs(
                  names.stream()
                      .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                      .toList())
              .all()
              .get(30, TimeUnit.SECONDS);
      assertThat(retention(configs, GongkaiTopics.DISCLOSURE_REQUESTS)).isEqualTo("-1");
      assertThat(retention(configs, GongkaiTopics.COMPLAINTS)).isEqualTo("-1");
      assertThat(retention(configs, GongkaiTopics.INBOUND_TICKETS))
          .isEqualTo(Long.toString(TimeUnit.DAYS.toMillis(7)));
    }
  }

  private static String retention(Map<ConfigResource, Config> configs, String topic) {
    return configs
        .get(new ConfigResource(ConfigResource.Type.TOPIC, topic))
        .get("retention.ms")
        .value();
  }
}
