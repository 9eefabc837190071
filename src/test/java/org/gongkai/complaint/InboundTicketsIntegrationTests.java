package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Tickets of an upstream 110 / 12345 platform arrive on Kafka, some twice, some over HTTP as well,
 * some unreadable: each ticket makes exactly one case, unreadable ones end on the dead-letter topic
 * with their reason, and every case's events reach {@code gongkai.complaints} numbered 1..n.
 */
@IntegrationTest
class InboundTicketsIntegrationTests {

  @Autowired Clock clock;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TICKETS = 200;
  private static final int DUPLICATED = 50;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private String receivedAt;
  private final String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

  /** The tickets were received an hour ago, by the application's clock. */
  @BeforeEach
  void receivedAnHourAgo() {
    receivedAt = OffsetDateTime.now(clock).withNano(0).minusHours(1).toString();
  }

  @Test
  void eachUpstreamTicketMakesOneCaseAndUnreadableOnesBecomeDeadLetters() throws Exception {
    List<String> messages = new ArrayList<>();
    for (int n = 1; n <= TICKETS; n++) {
      messages.add(ticket(n));
    }
    for (int n = 1; n <= DUPLICATED; n++) {
      messages.add(n * 4, ticket(n));
    }
    List<String> malformed =
        List.of(
            "这不是JSON " + run,
            "{\"upstreamTicketId\":\"" + upstream(9001) + "\"}",
            ticket(9002).replace("\"PHONE\"", "\"CARRIER_PIGEON\""),
            ticket(9003)
                .replace("\"upstreamTicketId\":\"" + upstream(9003) + "\",", "")
                .replace("小区", "小区" + run),
            ticket(9004).replace("\"demo-county\"", "\"no-such-agency\""));
    for (int i = 0; i < malformed.size(); i++) {
      messages.add(40 * (i + 1), malformed.get(i));
    }

    StaffClient frontDesk = StaffClient.as(port, "frontdesk");
    var overHttp = frontDesk.post("/api/complaints", JSON.readTree(ticket(7)));
    assertThat(overHttp.status()).isIn(200, 201);

    DefaultKafkaProducerFactory<String, String> producers = producers();
    try {
      KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
      for (String message : messages) {
        template.send(GongkaiTopics.INBOUND_TICKETS, message);
      }
      template.flush();
    } finally {
      producers.destroy();
    }

    await()
        .atMost(Duration.ofMinutes(3))
        .untilAsserted(() -> assertThat(caseCount()).isEqualTo(TICKETS));
    var again = frontDesk.post("/api/complaints", JSON.readTree(ticket(7)));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id").asText()).isEqualTo(overHttp.json().get("id").asText());

    List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
    try (var consumer = consumer(GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER)) {
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(
                        r -> {
                          if (r.value() != null && r.value().contains(run)) {
                            deadLetters.add(r);
                          }
                        });
                assertThat(deadLetters).hasSize(malformed.size());
              });
    }
    assertThat(deadLetters)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(malformed);
    assertThat(deadLetters)
        .allSatisfy(
            r -> {
              Header reason = r.headers().lastHeader("gongkai-dead-letter-reason");
              assertThat(reason).isNotNull();
              assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
            });
    assertThat(caseCount()).isEqualTo(TICKETS);

    Map<String, Long> versions = new HashMap<>(caseVersions());
    Map<String, Set<Long>> seen = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    try (var consumer = consumer(GongkaiTopics.COMPLAINTS)) {
      await()
          .atMost(Duration.ofMinutes(2))
          .untilAsserted(
              () -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                  JsonNode event = JSON.readTree(record.value());
                  String caseId = event.path("envelope").path("caseId").asText();
                  if (versions.containsKey(caseId)) {
                    keys.put(caseId, record.key());
                    seen.computeIfAbsent(caseId, k -> new TreeSet<>())
                        .add(event.path("envelope").path("caseVersion").asLong());
                  }
                }
                versions.putAll(caseVersions());
                assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(versions.keySet());
                versions.forEach(
                    (caseId, last) ->
                        assertThat(seen.get(caseId)).hasSizeGreaterThanOrEqualTo(last.intValue()));
              });
    }
    keys.forEach(
        (caseId, key) -> assertThat(key).as("the key of case %s", caseId).isEqualTo(caseId));
    versions.forEach(
        (caseId, last) ->
            assertThat(seen.get(caseId))
                .as("versions of case %s", caseId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList()));
    assertThat(versions.values()).as("registered, and answered on the spot").contains(1L, 2L);
  }

  private int caseCount() {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM complaint WHERE upstream_ticket_id LIKE ?",
            Integer.class,
            "12345-" + run + "-%");
    return count == null ? 0 : count;
  }

  private Map<String, Long> caseVersions() {
    return jdbc
        .queryForList(
            "SELECT id, case_version FROM complaint WHERE upstream_ticket_id LIKE ?",
            "12345-" + run + "-%")
        .stream()
        .collect(
            Collectors.toMap(
                row -> row.get("id").toString(),
                row -> ((Number) row.get("case_version")).longValue(),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private String upstream(int n) {
    return "12345-" + run + "-" + String.format("%06d", n);
  }

  private String ticket(int n) {
    return "{\"agencyCode\":\"demo-county\",\"channel\":\"PHONE\","
        + "\"receivedAt\":\""
        + receivedAt
        + "\",\"category\":\"COMPLAINT\","
        + "\"urgency\":\"NORMAL\",\"content\":\"小区夜间施工噪音扰民\","
        + "\"citizen\":{\"name\":\"赵六\",\"phone\":\"13900000000\"},"
        + "\"upstreamTicketId\":\""
        + upstream(n)
        + "\",\"directAnswer\":"
        + (n % 4 == 0)
        + "}";
  }

  private static DefaultKafkaProducerFactory<String, String> producers() {
    return new DefaultKafkaProducerFactory<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()),
        new StringSerializer(),
        new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(String topic) {
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }
}
