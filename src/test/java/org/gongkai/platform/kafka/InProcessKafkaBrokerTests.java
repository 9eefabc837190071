package org.gongkai.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default's broker keeps what it was given across a restart of the application. */
class InProcessKafkaBrokerTests {

  private static final String TOPIC = "gongkai.restart-check";

  @TempDir Path dataDir;

  @Test
  void formatsItsLogDirectoryOnceAndKeepsEventsAcrossARestart() throws Exception {
    InProcessKafkaBrokerProperties properties =
        new InProcessKafkaBrokerProperties(
            true, freePort(), freePort(), dataDir.resolve("kafka").toString());

    InProcessKafkaBroker first = new InProcessKafkaBroker(properties);
    first.afterPropertiesSet();
    String clusterId;
    try {
      send(properties, "case-1", "{\"caseVersion\":1}");
      clusterId = Files.readString(dataDir.resolve("kafka/meta.properties"));
    } finally {
      first.destroy();
    }

    InProcessKafkaBroker second = new InProcessKafkaBroker(properties);
    second.afterPropertiesSet();
    try {
      assertThat(Files.readString(dataDir.resolve("kafka/meta.properties"))).isEqualTo(clusterId);
      List<ConsumerRecord<String, String>> records = readAll(properties);
      assertThat(records).hasSize(1);
      assertThat(records.get(0).key()).isEqualTo("case-1");
      assertThat(records.get(0).value()).isEqualTo("{\"caseVersion\":1}");
    } finally {
      second.destroy();
    }
  }

  private static void send(InProcessKafkaBrokerProperties properties, String key, String value)
      throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            InProcessKafkaBroker.bootstrapServers(properties.port()),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get(60, TimeUnit.SECONDS);
    }
  }

  private static List<ConsumerRecord<String, String>> readAll(
      InProcessKafkaBrokerProperties properties) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                InProcessKafkaBroker.bootstrapServers(properties.port()),
            ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return !records.isEmpty();
              });
    }
    return records;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
