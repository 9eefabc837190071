package org.gongkai.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.gongkai.platform.CaseEvent;
import org.gongkai.platform.CaseEventTopic;
import org.gongkai.platform.EventEnvelope;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.TopicRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At least once out: an event published while the broker is down stays in the event publication
 * registry and reaches Kafka once the broker is back, resubmitted on a schedule without a restart.
 * The context is closed afterwards: its broker goes away with the test.
 */
@IntegrationTest(
    properties = {
      "gongkai.events.resubmit-interval=PT2S",
      "gongkai.events.resubmit-older-than=PT5S",
      "spring.kafka.producer.properties.max.block.ms=2000",
      "spring.kafka.producer.properties.request.timeout.ms=2000",
      "spring.kafka.producer.properties.delivery.timeout.ms=4000"
    })
@DirtiesContext
class OutboxSurvivesABrokerOutageIntegrationTests {

  static final String TOPIC = "gongkai.outbox-check";
  static final InProcessKafkaBrokerProperties BROKER = brokerProperties();
  static InProcessKafkaBroker broker = start();

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void kafkaOfThisTest(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.kafka.bootstrap-servers",
        () -> InProcessKafkaBroker.bootstrapServers(BROKER.port()));
  }

  @AfterAll
  static void stopBroker() throws IOException {
    broker.destroy();
  }

  @Test
  void anEventPublishedWhileTheBrokerIsDownArrivesAfterItComesBack() throws Exception {
    String caseId = UUID.randomUUID().toString();
    broker.destroy();

    transactions.executeWithoutResult(
        status -> events.publishEvent(new OutboxCheck(envelope(caseId))));

    Awaitility.await()
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(10))
        .until(() -> incompletePublicationsOf(caseId) == 1);

    broker = start();

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(incompletePublicationsOf(caseId)).isZero());
    assertThat(recordsFor(caseId))
        .singleElement()
        .satisfies(value -> assertThat(value).contains(caseId).contains("\"envelope\""));
  }

  private int incompletePublicationsOf(String caseId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
        Integer.class,
        "%" + caseId + "%");
  }

  private static List<String> recordsFor(String caseId) {
    return TopicRecords.keyed(
        InProcessKafkaBroker.bootstrapServers(BROKER.port()), TOPIC, caseId, 1);
  }

  private static EventEnvelope envelope(String caseId) {
    OffsetDateTime at = OffsetDateTime.parse("2025-03-03T09:30:00+08:00");
    return new EventEnvelope(UUID.randomUUID(), caseId, 1, at, at, "demo-county", "test");
  }

  private static InProcessKafkaBroker start() {
    InProcessKafkaBroker started = new InProcessKafkaBroker(BROKER);
    try {
      started.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return started;
  }

  private static InProcessKafkaBrokerProperties brokerProperties() {
    try {
      Path logDir = Files.createTempDirectory("outbox-broker");
      return new InProcessKafkaBrokerProperties(true, freePort(), freePort(), logDir.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A case event of a test-only kind, on a topic of its own. */
  @CaseEventTopic(TOPIC)
  record OutboxCheck(EventEnvelope envelope) implements CaseEvent {
    @Override
    public String caseKind() {
      return "OUTBOX_CHECK";
    }

    @Override
    public String summary() {
      return "发件箱检查";
    }
  }
}
