package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A request driven over HTTP through correction, extension, decision, review and reply, on MariaDB
 * and a real Kafka broker: its events arrive on the topic with case versions 1..n, in the JSON of
 * the contract fixtures.
 */
@IntegrationTest
class DisclosureRequestLifecycleIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCorrectedExtendedAndRepliedRequestPublishesItsHistoryInOrder() throws Exception {
    Response registered =
        StaffClient.as(port, "frontdesk")
            .post(
                "/api/disclosure-requests",
                Map.of(
                    "agencyCode", "demo-county",
                    "channel", "IN_PERSON",
                    "submittedAt", "2025-03-03T09:30:00+08:00",
                    "receivedAt", "2025-03-03",
                    "applicant",
                        Map.of(
                            "type",
                            "NATURAL_PERSON",
                            "name",
                            "张三",
                            "idNumber",
                            "11010519491231002X",
                            "phone",
                            "13800001234"),
                    "description", "申请公开本县2024年财政预算执行情况",
                    "purpose", "了解",
                    "deliveryMethod", "EMAIL"));
    assertThat(registered.status()).isEqualTo(201);
    String id = registered.json().path("id").asText();
    assertThat(registered.json().path("dueDate").asText()).isEqualTo("2025-03-31");
    assertThat(registered.json().path("trackingNumber").asText()).matches("〔2025〕第\\d+号");

    String path = "/api/disclosure-requests/" + id;
    command(
        path + "/correction-request",
        "handler",
        Map.of(
            "items",
            "请说明所需信息的具体名称",
            "correctionDeadline",
            "2099-12-31",
            "at",
            "2025-03-05T10:00:00+08:00"));
    JsonNode corrected =
        command(path + "/correction", "frontdesk", Map.of("at", "2025-03-20T10:00:00+08:00"));
    assertThat(corrected.path("dueDate").asText()).isEqualTo("2025-04-18");
    JsonNode extended =
        command(
            path + "/extension",
            "reviewer",
            Map.of("reason", "需会商", "workingDays", 10, "at", "2025-03-31T10:00:00+08:00"));
    assertThat(extended.path("dueDate").asText()).isEqualTo("2025-05-06");
    command(
        path + "/decision",
        "handler",
        Map.of(
            "outcome",
            "PARTIALLY_DISCLOSED",
            "note",
            "部分涉及第三方商业秘密",
            "at",
            "2025-04-01T10:00:00+08:00"));
    command(
        path + "/review",
        "reviewer",
        Map.of("approved", true, "comment", "同意", "at", "2025-04-03T10:00:00+08:00"));
    JsonNode replied =
        command(
            path + "/reply",
            "handler",
            Map.of("method", "EMAIL", "at", "2025-04-08T10:00:00+08:00"));

    assertThat(replied.path("status").asText()).isEqualTo("FINISHED");
    assertThat(replied.path("outcome").asText()).isEqualTo("PARTIALLY_DISCLOSED");
    assertThat(replied.at("/deadline/explanation").size()).isGreaterThanOrEqualTo(4);
    assertThat(replied.at("/deadline/explanation").toString())
        .contains("2025-03-20")
        .contains("延长10个工作日");

    List<ConsumerRecord<String, String>> records = eventsOf(id, "DisclosureRequestReplied");
    Map<String, JsonNode> byEventId = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      JsonNode event = JSON.readTree(record.value());
      byEventId.put(event.at("/envelope/eventId").asText(), event);
      assertThat(
              new String(
                  record.headers().lastHeader("gongkai-event-type").value(),
                  StandardCharsets.UTF_8))
          .isEqualTo(event.path("type").asText());
      assertThat(fieldPaths(event)).isEqualTo(fieldPaths(fixture(event.path("type").asText())));
    }
    List<JsonNode> events =
        byEventId.values().stream().sorted((a, b) -> Long.compare(version(a), version(b))).toList();
    assertThat(events.stream().map(DisclosureRequestLifecycleIntegrationTests::version).toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
    assertThat(events.stream().map(e -> e.path("type").asText()).toList())
        .containsSubsequence(
            "DisclosureRequestReceived",
            "CorrectionRequested",
            "CorrectionReceived",
            "DeadlineExtended",
            "DecisionProposed",
            "DecisionApproved",
            "DisclosureRequestReplied");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.at("/facts/outcome").asText()).isEqualTo("PARTIALLY_DISCLOSED");
    assertThat(last.at("/facts/finishedOn").asText()).isEqualTo("2025-04-08");
    assertThat(last.at("/facts/receivedOn").asText()).isEqualTo("2025-03-03");
    assertThat(last.at("/envelope/occurredAt").asText()).isEqualTo("2025-04-08T10:00:00+08:00");

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                            Integer.class,
                            "%" + id + "%"))
                    .as("publications acknowledged by Kafka are deleted")
                    .isZero());
  }

  private JsonNode command(String path, String user, Map<String, Object> body) {
    Response response = StaffClient.as(port, user).post(path, body);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<ConsumerRecord<String, String>> eventsOf(String caseId, String lastType) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            RealInfrastructure.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "lifecycle-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(GongkaiTopics.DISCLOSURE_REQUESTS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (ConsumerRecord<String, String> record :
                    consumer.poll(Duration.ofMillis(500))) {
                  if (caseId.equals(record.key())) {
                    records.add(record);
                  }
                }
                return records.stream()
                    .anyMatch(r -> r.value().contains("\"type\":\"" + lastType + "\""));
              });
    }
    return records;
  }

  private static long version(JsonNode event) {
    return event.at("/envelope/caseVersion").asLong();
  }

  private static JsonNode fixture(String type) throws Exception {
    return JSON.readTree(
        Files.readString(DisclosureRequestEventContractTests.FIXTURES.resolve(type + ".json")));
  }

  private static Set<String> fieldPaths(JsonNode node) {
    Set<String> paths = new TreeSet<>();
    collect("", node, paths);
    return paths;
  }

  private static void collect(String prefix, JsonNode node, Set<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = prefix + "/" + field.getKey();
        paths.add(path);
        if (!field.getValue().isArray()) {
          collect(path, field.getValue(), paths);
        }
      }
    }
  }
}
