package org.gongkai.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class KafkaBootstrapServersEnvironmentTests {

  private final KafkaBootstrapServersEnvironment postProcessor =
      new KafkaBootstrapServersEnvironment();

  @Test
  void usesTheInProcessBrokerWhenNoKafkaIsConfigured() {
    MockEnvironment environment = new MockEnvironment();

    postProcessor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo("localhost:19092");
    assertThat(environment.getProperty("gongkai.kafka.embedded.active")).isEqualTo("true");
  }

  @Test
  void followsTheConfiguredPortOfTheInProcessBroker() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("gongkai.kafka.embedded.port", "29092");

    postProcessor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo("localhost:29092");
  }

  @Test
  void usesTheClusterNamedByKafkaBootstrapServersEvenOnTheDefaultPort() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092");

    postProcessor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo("localhost:19092");
    assertThat(environment.getProperty("gongkai.kafka.embedded.active")).isNull();
  }

  @Test
  void leavesAnExplicitSpringSettingAlone() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("spring.kafka.bootstrap-servers", "kafka-1:9092,kafka-2:9092");

    postProcessor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo("kafka-1:9092,kafka-2:9092");
    assertThat(environment.getProperty("gongkai.kafka.embedded.active")).isNull();
  }
}
