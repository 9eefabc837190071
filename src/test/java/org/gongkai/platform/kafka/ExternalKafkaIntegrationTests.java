package org.gongkai.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;

@IntegrationTest
class ExternalKafkaIntegrationTests {

  @Autowired ApplicationContext context;
  @Autowired KafkaAdmin kafkaAdmin;

  @Test
  void startsNoBrokerOfItsOwnWhenKafkaIsConfigured() {
    assertThat(context.getBeanNamesForType(InProcessKafkaBroker.class)).isEmpty();
    assertThat(kafkaAdmin.getConfigurationProperties().get("bootstrap.servers").toString())
        .contains(RealInfrastructure.kafkaBootstrapServers());
  }
}
